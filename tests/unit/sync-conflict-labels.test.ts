import { describe, expect, it } from 'vitest';
import { SYNCED_TABLES } from '@shared/sync/tables';
import {
  SYNCED_TABLE_NAMES,
  differingFields,
  fieldLabel,
  fieldValue,
  recordName,
} from '@shared/sync/conflict-labels';
import { resolutionRevs, resolvedRow } from '@shared/sync/resolve';
import type { ConflictVersion } from '@shared/sync/model';

const version = (rev: string, value: unknown, deleted = false): ConflictVersion => ({
  rev,
  deskId: 'd',
  actor: '王芳',
  at: 1,
  deleted,
  value,
});

describe('what 同步冲突 shows', () => {
  it('names every synced table in Chinese', () => {
    for (const t of SYNCED_TABLES) expect(SYNCED_TABLE_NAMES[t]).toMatch(/^[\u4e00-\u9fff/]+$/);
  });

  it('lists only the fields that differ, never bookkeeping, with Chinese labels', () => {
    const fields = differingFields([
      { id: 's1', creditedMinutes: 150, updatedAt: 2, place: '大厅' },
      { id: 's1', creditedMinutes: 90, updatedAt: 3, place: '大厅' },
    ]);
    expect(fields).toEqual(['creditedMinutes']);
    expect(fieldLabel('serviceRecords', 'creditedMinutes')).toBe('计入时长');
    expect(fieldLabel('volunteers', 'phone')).toBe('手机号码');
    expect(fieldLabel('rooms', 'capacity')).toBe('其他项');
  });

  it('shows values as staff read them, with no English keys', () => {
    expect(fieldValue('creditedMinutes', 90)).toBe('1 小时 30 分');
    expect(fieldValue('signInAt', Date.UTC(2026, 10, 20, 1))).toBe('2026-11-20 09:00');
    expect(fieldValue('flaggedForReview', false)).toBe('否');
    expect(fieldValue('guardian', { name: '李四', phone: '139' })).toBe('李四，139');
    expect(fieldValue('notes', '')).toBe('空');
    expect(recordName({ title: '读书会' })).toBe('读书会');
  });
});

describe('a resolution', () => {
  it('goes on the newest revision staff saw and retires the other live ones', () => {
    const versions = [version('', { id: 'r' }), version('2-a', { id: 'r' }), version('3-b', { id: 'r' })];
    expect(resolutionRevs(versions)).toEqual({ base: '3-b', retire: ['2-a'] });
  });

  it('replaces the row with a whole version, merges a field version, and deletes for a deletion', () => {
    const current = { id: 'v1', name: '张三', phone: '1' };
    expect(resolvedRow(current, [version('2-a', { id: 'v1', name: '甲' })], { rev: '2-a' })).toEqual({
      id: 'v1',
      name: '甲',
    });
    expect(resolvedRow(current, [version('2-a', { name: '乙' })], { fields: { name: '2-a' } })).toEqual({
      ...current,
      name: '乙',
    });
    expect(resolvedRow(current, [version('2-a', null, true)], { rev: '2-a' })).toBeNull();
    expect(() => resolvedRow(current, [], { rev: '9-z' })).toThrow('所选版本不在这条冲突中');
  });
});
