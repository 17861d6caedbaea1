import { describe, expect, it } from 'vitest';
import { chainEntry, entryHash, verifyChainRows } from '@shared/audit/chain';
import { isVouchedRedaction } from '@shared/audit/redaction';

/** A log of three entries where the third erased a personal value from the first. */
function redactedLog() {
  const first = chainEntry({ id: 'a', action: '登记志愿者', after: { name: '张三丰' } }, null);
  const second = chainEntry({ id: 'b', action: '新建场地', after: { name: '报告厅' } }, first);
  const scrubbed = { ...first, after: { name: '（已注销清除）' }, redactedBy: 'c' };
  const voucher = chainEntry(
    { id: 'c', action: '注销并匿名化志愿者', after: { redacted: { a: entryHash(scrubbed) } } },
    second,
  );
  return { first, second, scrubbed, voucher };
}

describe('erasing personal values from a hash-chained log', () => {
  it('verifies when a later entry vouches for the rewritten entry', () => {
    const { second, scrubbed, voucher } = redactedLog();
    expect(verifyChainRows([scrubbed, second, voucher])).toEqual({ checked: 3, older: 0, broken: null });
    expect(isVouchedRedaction(scrubbed, voucher)).toBe(true);
  });

  it('still reports a change made after the erasure, or one nobody vouches for', () => {
    const { first, second, scrubbed, voucher } = redactedLog();
    const edited = { ...scrubbed, reason: '改过' };
    expect(verifyChainRows([edited, second, voucher]).broken).toMatchObject({
      kind: 'changed',
      entry: { id: 'a' },
    });
    const unvouched = { ...first, after: { name: '李四' } };
    expect(verifyChainRows([unvouched, second, voucher]).broken).toMatchObject({ kind: 'changed' });
    const selfVouched = { ...second, redactedBy: 'b', after: { name: '会议室' } };
    expect(isVouchedRedaction(selfVouched, second)).toBe(false);
  });

  it('reports a voucher whose list was altered', () => {
    const { second, scrubbed, voucher } = redactedLog();
    const forged = { ...voucher, after: { redacted: { a: entryHash(scrubbed), b: 'x' } } };
    expect(verifyChainRows([scrubbed, second, forged]).broken).toMatchObject({
      kind: 'changed',
      entry: { id: 'c' },
    });
  });
});
