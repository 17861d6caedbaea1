import { describe, expect, it } from 'vitest';
import {
  changedScopeLabel,
  EXPORT_MARK_CHUNK,
  exportKindLabel,
  exportMarksOf,
  exportRunTime,
  scopeCountText,
} from '../../shared/exchange/export-runs';

describe('export runs', () => {
  it('splits 126,000 ids into 126 mark rows that keep every id once, in export order', () => {
    const ids = Array.from({ length: 126_000 }, (_, i) => `v${i}`);
    const marks = exportMarksOf('r1', ids);
    expect(marks).toHaveLength(126);
    expect(marks.every((m) => m.ids.length === EXPORT_MARK_CHUNK && m.exportId === 'r1')).toBe(true);
    expect(marks.flatMap((m) => m.ids)).toEqual(ids);
    // Zero-padded chunk numbers sort as exported, so reading the keys in order rebuilds the file order.
    const keys = marks.map((m) => m.id);
    expect([...keys].sort()).toEqual(keys);
    expect(keys[0]).toBe('r1|0000');
  });

  it('writes a last short chunk and no mark at all for an empty run', () => {
    expect(exportMarksOf('r', ['a', 'b', 'c'], 2).map((m) => m.ids)).toEqual([['a', 'b'], ['c']]);
    expect(exportMarksOf('r', [])).toEqual([]);
  });

  it('names the last run in center time with its row count', () => {
    const at = Date.UTC(2026, 10, 30, 6, 20);
    expect(exportRunTime(at)).toBe('2026-11-30 14:20');
    expect(changedScopeLabel({ at, rows: 1234 })).toBe(
      '仅导出新增或变更的（上次导出：2026-11-30 14:20，共 1,234 条）',
    );
  });

  it('says plainly when nothing is new, and how many rows the choice takes otherwise', () => {
    expect(scopeCountText('changed', 0, false)).toBe('上次导出后没有新增或变更的记录');
    expect(scopeCountText('changed', 12, false)).toBe('本次将导出 12 条');
    expect(scopeCountText('changed', 5000, true)).toBe('本次将导出 5,000 条以上');
    expect(scopeCountText('all', null, false)).toBe('');
    expect(exportKindLabel('volunteers')).toBe('志愿者信息');
  });
});
