import { describe, expect, it } from 'vitest';
import { describeMissingTail } from '@shared/audit/tail';

const at = (h: number) => Date.UTC(2026, 10, 22, h, 0);

describe('the end of the audit log', () => {
  it('warns when the log now ends before the newest write the sentinel saw', () => {
    expect(describeMissingTail({ sentinelLastWriteAt: at(2), logLatestAt: at(1) })).toBe(
      '本机在 2026-11-22 10:00 记录到过操作，但操作记录最新的一条停在 2026-11-22 09:00：最新的若干条记录可能已被删除。',
    );
    expect(describeMissingTail({ sentinelLastWriteAt: at(2), logLatestAt: null })).toContain(
      '操作记录是空的',
    );
  });

  it('says nothing when the log reaches as far as the sentinel saw, or there is no sentinel', () => {
    expect(describeMissingTail({ sentinelLastWriteAt: at(2), logLatestAt: at(2) })).toBeNull();
    expect(describeMissingTail({ sentinelLastWriteAt: at(2), logLatestAt: at(3) })).toBeNull();
    expect(describeMissingTail({ sentinelLastWriteAt: null, logLatestAt: at(1) })).toBeNull();
  });
});
