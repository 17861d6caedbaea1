import { describe, expect, it } from 'vitest';
import {
  districtSummary,
  figuresDocId,
  monthsOfPeriod,
  monthsToPublish,
  sameFigures,
  zeroFigures,
  type SiteFiguresDoc,
} from '@shared/stats/district-figures';

const SITES = [
  { db: 'center-gulou', name: '鼓楼区中心', level: '中心' as const },
  { db: 'suo-dongjie', name: '东街所', level: '所' as const },
  { db: 'zhan-nanmen', name: '南门站', level: '站' as const },
];

const doc = (site: string, month: string, sessions: number, minutes: number, at: number): SiteFiguresDoc => ({
  site,
  siteName: site,
  level: '所',
  month,
  figures: {
    ...zeroFigures(),
    sessions,
    volunteerMinutes: minutes,
    roomOpenMinutes: 600,
    roomUsedMinutes: 60,
  },
  publishedAt: at,
  publishedBy: '前台',
});

describe('district figures by 所/站', () => {
  it('sums each site’s months of the period, and the 合计 of all sites', () => {
    const docs = [
      doc('center-gulou', '2026-10', 3, 120, 10),
      doc('center-gulou', '2026-11', 5, 60, 20),
      doc('suo-dongjie', '2026-11', 2, 30, 15),
      doc('suo-dongjie', '2026-12', 9, 999, 30),
    ];
    const { rows, total } = districtSummary(SITES, docs, ['2026-10', '2026-11']);
    expect(rows.map((r) => [r.site.db, r.figures?.sessions ?? null, r.months, r.lastPublishedAt])).toEqual([
      ['center-gulou', 8, 2, 20],
      ['suo-dongjie', 2, 1, 15],
      ['zhan-nanmen', null, 0, null],
    ]);
    expect(total).toMatchObject({ sessions: 10, volunteerMinutes: 210, roomOpenMinutes: 1800 });
  });

  it('leaves out documents of sites the district does not list', () => {
    const { rows, total } = districtSummary(
      SITES.slice(0, 1),
      [doc('gone', '2026-11', 4, 0, 1)],
      ['2026-11'],
    );
    expect(rows[0]?.figures).toBeNull();
    expect(total.sessions).toBe(0);
  });

  it('names a site’s month and tells figures already published from changed ones', () => {
    expect(figuresDocId('suo-dongjie', '2026-11')).toBe('figures:suo-dongjie:2026-11');
    expect(sameFigures(zeroFigures(), zeroFigures())).toBe(true);
    expect(sameFigures(undefined, zeroFigures())).toBe(false);
    expect(sameFigures(zeroFigures(), { ...zeroFigures(), roomUsedMinutes: 1 })).toBe(false);
  });

  it('lists the months a period touches, across years', () => {
    expect(monthsOfPeriod('2026-11-25', '2027-01-03')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsOfPeriod('2026-01-31', '2026-03-01')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOfPeriod('2026-11-01', '2026-11-30')).toEqual(['2026-11']);
  });

  it('publishes this month and the last, or the whole year so far on the day’s first publish', () => {
    expect(monthsToPublish('2026-03-15', false)).toEqual(['2026-02', '2026-03']);
    expect(monthsToPublish('2026-03-15', true)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsToPublish('2026-01-02', true)).toEqual(['2025-12', '2026-01']);
  });
});
