import {
  createChainVerifier,
  entryHash,
  isChained,
  type ChainBreak,
  type ChainFields,
  type ChainReport,
} from './chain';
import { isVouchedRedaction } from './redaction';

type Row = ChainFields & { id?: unknown; redactedBy?: unknown };

/**
 * Checks an audit log fed a chunk at a time in `seq` order (older rows without a chain may come in any
 * order), holding only what it must: the previous entry and the few erased entries whose voucher (the
 * later entry their `redactedBy` names) has not arrived yet. Used on backup files too big to hold.
 *
 * @example
 * const v = createStreamingChainVerifier();
 * v.push(chainEntry({ action: '新建场地' }, null));
 * v.finish() // => { checked: 1, older: 0, broken: null }
 */
export function createStreamingChainVerifier<T extends Row>() {
  const inner = createChainVerifier<T>();
  const awaiting = new Map<unknown, T>();
  let older = 0;
  let broken: ChainBreak<T> | null = null;
  return {
    push(row: object): void {
      if (broken) return;
      if (!isChained(row)) {
        older += 1;
        return;
      }
      const entry = row as T;
      const waiting = awaiting.get(entry.id);
      if (waiting) {
        awaiting.delete(entry.id);
        if (!isVouchedRedaction(waiting, entry)) {
          broken = { kind: 'changed', entry: waiting };
          return;
        }
      }
      const later =
        entry.redactedBy !== undefined && entry.redactedBy !== null && entryHash(entry) !== entry.hash;
      if (later) awaiting.set(entry.redactedBy, entry);
      broken = inner.push(entry, null, later);
    },
    /** The report once every row was pushed: an erasure whose voucher never came is a change. */
    finish(): ChainReport<T> {
      const unvouched = awaiting.values().next();
      if (!broken && !unvouched.done) broken = { kind: 'changed', entry: unvouched.value };
      return {
        checked: inner.checked - (broken?.kind === 'changed' && unvouched.value ? 1 : 0),
        older,
        broken,
      };
    },
  };
}
