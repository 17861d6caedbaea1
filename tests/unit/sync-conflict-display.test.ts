import { describe, expect, it } from 'vitest';
import type { ConflictVersion } from '@shared/sync/model';
import { whoWrote } from '../../renderer/src/features/sync/conflict-display';

const version = (over: Partial<ConflictVersion>): ConflictVersion => ({
  rev: '2-a',
  deskId: 'b8c1f0e2-77aa',
  actor: '李明',
  at: 1,
  deleted: false,
  value: {},
  ...over,
});

describe('who wrote a conflict version', () => {
  it('says 本机 for this desk, the name staff gave another desk, and a short id for an unnamed one', () => {
    expect(whoWrote(version({ deskId: 'mine' }), 'mine')).toBe('本机 李明');
    expect(whoWrote(version({ deskName: '二楼办公室' }), 'mine')).toBe('二楼办公室 李明');
    expect(whoWrote(version({}), 'mine')).toBe('另一台前台（b8c1f0） 李明');
  });
});
