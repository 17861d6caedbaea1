import { describe, expect, it } from 'vitest';
import { zeroFigures } from '@shared/stats/district-figures';
import { fromDateAndMinutes } from '@shared/time/center-time';
import { districtLines, monthsNote } from '../../renderer/src/features/reports/district-table';

const site = (db: string, name: string, level: '中心' | '所' | '站') => ({ db, name, level });

describe('各所站汇总 table', () => {
  it('lists every site, says which never published, and ends with 合计', () => {
    const lines = districtLines(
      [
        {
          site: site('center-gulou', '鼓楼区中心', '中心'),
          figures: { ...zeroFigures(), sessions: 3 },
          months: 1,
          lastPublishedAt: fromDateAndMinutes('2026-11-22', 9 * 60 + 5),
        },
        { site: site('suo-dongjie', '东街所', '所'), figures: null, months: 0, lastPublishedAt: null },
      ],
      { ...zeroFigures(), sessions: 3 },
    );
    expect(lines.map((l) => [l.name, l.figures?.sessions ?? null, l.published])).toEqual([
      ['鼓楼区中心（中心）', 3, '11月22日 09:05'],
      ['东街所（所）', null, '尚未上报'],
      ['合计', 3, ''],
    ]);
  });

  it('says when a period that is not whole months is summed by its months', () => {
    expect(monthsNote(['2026-11'], '2026-11-01', '2026-11-30')).not.toContain('不是整月');
    expect(monthsNote(['2026-11', '2026-12'], '2026-11-30', '2026-12-06')).toContain(
      '按2026年11月至2026年12月汇总。所选周期不是整月',
    );
  });
});
