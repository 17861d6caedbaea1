import { canonicalJson } from './canonical';
import { isVouchedRedaction } from './redaction';
import { sha256Hex } from './sha256';

/** What each chained audit entry adds to its row: its place, its predecessor's hash and its own. */
export interface ChainFields {
  seq: number;
  prevHash: string;
  hash: string;
}

/** The newest chained entry: what the next append links to. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The predecessor of the first chained entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of an entry: SHA-256 of the canonical form of every field except `hash` itself, so it
 * covers the entry's content, its sequence number and the previous entry's hash.
 *
 * @example
 * entryHash({ seq: 1, prevHash: GENESIS_HASH, action: '新建场地' }).length // => 64
 */
export function entryHash(entry: object): string {
  const rest: Record<string, unknown> = { ...entry };
  delete rest.hash;
  return sha256Hex(canonicalJson(rest));
}

/**
 * Links a new entry after the head (or starts the chain when there is none).
 *
 * @example
 * chainEntry({ action: '新建场地' }, null).seq // => 1
 */
export function chainEntry<T extends object>(draft: T, head: ChainHead | null): T & ChainFields {
  const linked = { ...draft, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? GENESIS_HASH };
  return { ...linked, hash: entryHash(linked) };
}

/**
 * Whether a stored row belongs to the chain (rows written before the chain existed have no `seq`).
 *
 * @example
 * isChained({ seq: 3, prevHash: 'a', hash: 'b' }) // => true
 */
export function isChained<T extends object>(row: T): row is T & ChainFields {
  const r = row as Partial<ChainFields>;
  return typeof r.seq === 'number' && typeof r.prevHash === 'string' && typeof r.hash === 'string';
}

/**
 * The first place the chain does not hold:
 * - `changed`: the entry's content no longer matches its hash;
 * - `missing`: entries between `after` (null: at the start) and `entry` are gone (`count` of them);
 * - `unlinked`: the entry does not follow from `after` (one was replaced);
 * - `out-of-order`: the entry's number is not after `after`'s (duplicated or moved).
 */
export type ChainBreak<T extends ChainFields = ChainFields> =
  | { kind: 'changed'; entry: T }
  | { kind: 'missing'; after: T | null; entry: T; count: number }
  | { kind: 'unlinked'; after: T; entry: T }
  | { kind: 'out-of-order'; after: T; entry: T };

/**
 * Checks chained entries fed in `seq` order, a chunk at a time, and stops at the first break.
 *
 * @example
 * const v = createChainVerifier();
 * v.push(chainEntry({ action: '新建场地' }, null)); // => null
 * v.checked // => 1
 */
export function createChainVerifier<T extends ChainFields>() {
  let prev: T | null = null;
  let checked = 0;
  return {
    /**
     * Checks the next entry; returns the break it shows, if any. `voucher` is the entry named by the
     * entry's `redactedBy`, when it has one: a vouched erasure of personal values is not a change.
     * `contentCheckedLater`: the voucher comes later in a stream; only the links are checked now.
     */
    push(entry: T, voucher?: object | null, contentCheckedLater = false): ChainBreak<T> | null {
      if (!contentCheckedLater && entryHash(entry) !== entry.hash && !isVouchedRedaction(entry, voucher))
        return { kind: 'changed', entry };
      const after = prev;
      if (after === null) {
        if (entry.seq !== 1 || entry.prevHash !== GENESIS_HASH) {
          return { kind: 'missing', after: null, entry, count: Math.max(1, entry.seq - 1) };
        }
      } else if (entry.seq <= after.seq) {
        return { kind: 'out-of-order', after, entry };
      } else if (entry.seq > after.seq + 1) {
        return { kind: 'missing', after, entry, count: entry.seq - after.seq - 1 };
      } else if (entry.prevHash !== after.hash) {
        return { kind: 'unlinked', after, entry };
      }
      prev = entry;
      checked += 1;
      return null;
    },
    /** How many entries passed. */
    get checked(): number {
      return checked;
    },
  };
}

/** The outcome of checking a whole log. */
export interface ChainReport<T extends ChainFields = ChainFields> {
  /** Chained entries that passed, up to the first break. */
  checked: number;
  /** Entries written before the chain existed: not covered by it. */
  older: number;
  broken: ChainBreak<T> | null;
}

/**
 * Checks the rows of a log held in memory (a backup file's), in any order: chained rows are sorted by
 * `seq`, rows without one are counted as older than the chain.
 *
 * @example
 * verifyChainRows([chainEntry({ action: '新建场地' }, null)]) // => { checked: 1, older: 0, broken: null }
 */
export function verifyChainRows<T extends object>(rows: readonly T[]): ChainReport<T & ChainFields> {
  const chained = rows.filter((row): row is T & ChainFields => isChained(row));
  chained.sort((a, b) => a.seq - b.seq);
  const byId = new Map(chained.map((row) => [(row as { id?: unknown }).id, row]));
  const verifier = createChainVerifier<T & ChainFields>();
  let broken: ChainBreak<T & ChainFields> | null = null;
  for (const row of chained) {
    broken = verifier.push(row, byId.get((row as { redactedBy?: unknown }).redactedBy));
    if (broken) break;
  }
  return { checked: verifier.checked, older: rows.length - chained.length, broken };
}
