import { entryHash, isChained } from './chain';

/**
 * A log entry whose personal values were erased on request (注销) keeps its original `hash`, so the
 * next entry still links to it, and names the later entry that vouches for the erasure. That entry
 * (itself chained, so covered by the hash chain) lists, per redacted entry id, the hash of the entry as
 * it reads after the erasure. A content change is then a lawful redaction only when the voucher comes
 * later in the chain and holds exactly that hash; any other change still breaks the chain.
 *
 * @example
 * const row: Redactable = { id: 'a1', redactedBy: 'z9' };
 */
export interface Redactable {
  id: string;
  redactedBy?: string | null;
}

/**
 * What a vouching entry records in `after`: the hash of each redacted entry as it now reads.
 *
 * @example
 * const after: RedactionVoucher = { redacted: { a1: 'ab12…' } };
 */
export interface RedactionVoucher {
  redacted: Record<string, string>;
}

/**
 * True when `entry`'s content differs from its hash only because `voucher` erased personal values
 * from it (see {@link Redactable}).
 *
 * @example
 * isVouchedRedaction(scrubbedRow, voucherRow) // => true
 */
export function isVouchedRedaction(entry: object, voucher: object | null | undefined): boolean {
  const e = entry as Partial<Redactable> & { seq?: number };
  if (!voucher || !e.redactedBy || !isChained(voucher) || !isChained(entry)) return false;
  const v = voucher as { id?: string; seq: number; after?: unknown };
  if (v.id !== e.redactedBy || v.seq <= entry.seq) return false;
  const redacted = (v.after as Partial<RedactionVoucher> | null)?.redacted;
  return typeof e.id === 'string' && redacted?.[e.id] === entryHash(entry);
}
