import { DOCUMENT_PREFIX, type DocumentKind } from '../model/documents';

const NUMBER_PATTERN = /^([A-Z]{2})-(\d{4})-[A-Z]?(\d{5,})$/;

/**
 * The counter key of one kind and year; one counter row per key holds the last number used.
 *
 * A syncing desk numbers under its desk code, in a counter of its own.
 *
 * @example
 * counterKey('志愿服务记录证明', 2026) // => 'ZM-2026'
 * counterKey('志愿服务记录证明', 2026, 'B') // => 'ZM-2026-B'
 */
export function counterKey(kind: DocumentKind, year: number, mark = ''): string {
  return `${DOCUMENT_PREFIX[kind]}-${year}${mark ? `-${mark}` : ''}`;
}

/**
 * A document number: prefix of the kind, year and a five-digit sequence that restarts every year; a
 * syncing desk's code stands before the sequence, so two desks never issue the same number.
 *
 * @example
 * formatDocumentNumber('志愿服务记录证明', 2026, 42) // => 'ZM-2026-00042'
 * formatDocumentNumber('志愿服务记录证明', 2026, 42, 'B') // => 'ZM-2026-B00042'
 */
export function formatDocumentNumber(kind: DocumentKind, year: number, sequence: number, mark = ''): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`编号序号无效：${sequence}`);
  return `${DOCUMENT_PREFIX[kind]}-${year}-${mark}${String(sequence).padStart(5, '0')}`;
}

/**
 * Splits a number typed or scanned at the desk into kind, year and sequence; tolerant of case, spaces
 * and full-width dashes, null when it is not a document number.
 *
 * @example
 * parseDocumentNumber(' zm-2026-00042 ') // => { kind: '志愿服务记录证明', year: 2026, sequence: 42, number: 'ZM-2026-00042' }
 * parseDocumentNumber('ZM-2026-B00042')?.number // => 'ZM-2026-B00042'
 */
export function parseDocumentNumber(
  input: string,
): { kind: DocumentKind; year: number; sequence: number; number: string } | null {
  const cleaned = input
    .trim()
    .toUpperCase()
    .replace(/[－—–‐]/g, '-')
    .replace(/\s+/g, '');
  const m = NUMBER_PATTERN.exec(cleaned);
  if (!m) return null;
  const kind = (Object.keys(DOCUMENT_PREFIX) as DocumentKind[]).find((k) => DOCUMENT_PREFIX[k] === m[1]);
  if (!kind) return null;
  return { kind, year: Number(m[2]), sequence: Number(m[3]), number: cleaned };
}

/**
 * Allocates `count` consecutive numbers after the counter's last value. The caller stores `last` back
 * in the same transaction, so no two issues can ever share a number.
 *
 * @example
 * allocateNumbers('荣誉证书', 2026, 41, 2) // => { numbers: ['RY-2026-00042', 'RY-2026-00043'], last: 43 }
 */
export function allocateNumbers(
  kind: DocumentKind,
  year: number,
  last: number,
  count: number,
  mark = '',
): { numbers: string[]; last: number } {
  const numbers = Array.from({ length: count }, (_, i) =>
    formatDocumentNumber(kind, year, last + i + 1, mark),
  );
  return { numbers, last: last + count };
}
