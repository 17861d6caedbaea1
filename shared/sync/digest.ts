import { sha256Hex } from '../audit/sha256';

/**
 * One table's fingerprint for reconciling Dexie with the mirror: how many rows, and the SHA-256 of
 * their (key, revision) pairs in key order. Equal on both sides means the same rows at the same
 * revisions; a difference is drift to report.
 *
 * @example
 * const d: TableDigest = { count: 2, digest: '5e8…' };
 */
export interface TableDigest {
  count: number;
  digest: string;
}

/**
 * The digest of a table's (row key, revision) pairs, in any order: sorted first, so both sides agree
 * however they read them. Keys are row keys (not document ids); a row without a revision passes ''.
 *
 * @example
 * tableDigest([{ id: 'b', rev: '1-x' }, { id: 'a', rev: '2-y' }]).count // => 2
 * tableDigest([{ id: 'b', rev: '1-x' }, { id: 'a', rev: '2-y' }]).digest ===
 *   tableDigest([{ id: 'a', rev: '2-y' }, { id: 'b', rev: '1-x' }]).digest // => true
 */
export function tableDigest(pairs: readonly { id: string; rev: string }[]): TableDigest {
  const sorted = [...pairs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.rev < b.rev ? -1 : 1));
  // Tab and newline never occur in UUIDs or revisions: no two lists give the same text.
  return { count: sorted.length, digest: sha256Hex(sorted.map((p) => `${p.id}\t${p.rev}\n`).join('')) };
}

/**
 * The tables whose digests differ between Dexie and the mirror (a table missing on one side counts
 * as empty there), in name order.
 *
 * @example
 * driftedTables({ rooms: a, bookings: b }, { rooms: a, bookings: c }) // => ['bookings']
 */
export function driftedTables(
  local: Readonly<Record<string, TableDigest>>,
  mirror: Readonly<Record<string, TableDigest>>,
): string[] {
  const empty = tableDigest([]);
  return [...new Set([...Object.keys(local), ...Object.keys(mirror)])]
    .filter((t) => (local[t] ?? empty).digest !== (mirror[t] ?? empty).digest)
    .sort();
}
