import type { ComponentType } from 'react';

/** What every print kind receives: its URL parameters and the two signals the print route waits for. */
export interface PrintKindProps {
  params: URLSearchParams;
  /** Call once the data is on the page; the route then waits for fonts and images. */
  onReady(): void;
  /** Call when the job cannot print (e.g. a document is missing); the job fails with this message. */
  onError(message: string): void;
}

/** One kind of printout: how it renders. Pages are `<PrintPage>`s of one paper size. */
export interface PrintKindDef {
  title: string;
  component: ComponentType<PrintKindProps>;
}

const kinds = new Map<string, PrintKindDef>();

/**
 * Registers a kind of printout under `#/print/<kind>`. Features register theirs at module load (e.g. the
 * volunteer card); print jobs then name the kind and carry only ids and options.
 */
export function registerPrintKind(kind: string, def: PrintKindDef): void {
  if (!/^[a-z][a-z0-9-]{0,40}$/.test(kind)) throw new Error(`打印类别名称不合法：${kind}`);
  kinds.set(kind, def);
}

export function printKind(kind: string): PrintKindDef | undefined {
  return kinds.get(kind);
}
