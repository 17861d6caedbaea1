/**
 * The few PouchDB calls the desk makes, typed by hand (see pouchdb-modules.d.ts for why not the
 * DefinitelyTyped package). Shapes follow PouchDB 9's documented API.
 */

/** Metadata PouchDB keeps beside a document's body. */
export interface PouchMeta {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  /** The losing leaves' revisions, with `conflicts: true`. */
  _conflicts?: string[];
  /** The revision's history, newest first, with `revs: true`. */
  _revisions?: { start: number; ids: string[] };
}

/** A document: its body and PouchDB's metadata. */
export type PouchDoc<B> = B & PouchMeta;

/** A stored document, which always has a revision. */
export type StoredDoc<B> = PouchDoc<B> & { _rev: string };

/** One accepted write. */
export interface WriteOk {
  ok: true;
  id: string;
  rev: string;
}

/** One refused write of a bulk call (status 409: the revision given is not the current leaf). */
export interface WriteError {
  error: boolean | string;
  status?: number;
  name?: string;
  id?: string;
  message?: string;
}

/** One row of allDocs({ keys }): found (deleted or not), or an error row for an unknown id. */
export type AllDocsRow =
  { id: string; key: string; value: { rev: string; deleted?: boolean } } | { key: string; error: string };

/** One page of the changes feed. */
export interface ChangesPage<B> {
  results: { id: string; seq: number | string; deleted?: boolean; doc?: StoredDoc<B> }[];
  last_seq: number | string;
}

/** A PouchDB database holding bodies of type B. */
export interface PouchDatabase<B> {
  put(doc: PouchDoc<B>): Promise<WriteOk>;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<StoredDoc<B>>;
  bulkDocs(docs: PouchDoc<B>[]): Promise<(WriteOk | WriteError)[]>;
  allDocs(options?: { keys?: string[] }): Promise<{ rows: AllDocsRow[] }>;
  changes(options: {
    since: number | string;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<ChangesPage<B>>;
  destroy(): Promise<unknown>;
  /** One-off replication (pouchdb-replication): resolves when caught up. */
  replicate: {
    to(target: PouchDatabase<B> | string): Promise<unknown>;
    from(source: PouchDatabase<B> | string): Promise<unknown>;
  };
}

/** A plugin (an adapter, replication): opaque to the desk. */
export type PouchPlugin = object;

/** The PouchDB constructor with its plugins. */
export interface PouchStatic {
  new <B>(name: string, options?: { adapter?: string }): PouchDatabase<B>;
  plugin(plugin: PouchPlugin): PouchStatic;
}
