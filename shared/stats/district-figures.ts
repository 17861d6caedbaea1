/*
 * The district's figures by 所/站 (issue 15, part 3): each desk publishes its site's figures month by
 * month as `figures:<site db>:<yyyy-mm>` documents in its site database; the server replicates them into
 * the district database, where a 中心 desk sums them per site for a report period.
 */
import { addDays } from '../time/center-time';
import type { PeriodSummary } from './period-summary';

/**
 * A site's figures for one month, as 统计报表 shows them (活动场次, 服务人次, 志愿服务人次 and 时长, 参与志愿者,
 * 预约总数) and its rooms' open and used minutes (场地使用); every one adds up across months and sites
 * (参与志愿者, distinct within a month, adds up as 人·月).
 *
 * @example
 * const f: SiteMonthFigures = { ...zeroFigures(), sessions: 12, volunteerMinutes: 5400 };
 */
export type SiteMonthFigures = Pick<
  PeriodSummary,
  'sessions' | 'peopleReached' | 'volunteerServices' | 'volunteerMinutes' | 'distinctVolunteers' | 'bookings'
> & { roomOpenMinutes: number; roomUsedMinutes: number };

/**
 * The body of a `figures:` document.
 *
 * @example
 * const d: SiteFiguresDoc = { site: 'suo-dongjie', siteName: '东街所', level: '所', month: '2026-11', figures: zeroFigures(), publishedAt: 0, publishedBy: '前台' };
 */
export interface SiteFiguresDoc {
  site: string;
  siteName: string;
  level: '中心' | '所' | '站';
  /** `yyyy-mm` */
  month: string;
  figures: SiteMonthFigures;
  publishedAt: number;
  /** The desk's name (设置 → 同步 → 本机名称). */
  publishedBy: string;
}

/**
 * A site of the district as district:info lists it.
 *
 * @example
 * const s: DistrictSiteRef = { db: 'suo-dongjie', name: '东街所', level: '所' };
 */
export interface DistrictSiteRef {
  db: string;
  name: string;
  level: '中心' | '所' | '站';
}

/**
 * One row of 各所站汇总: the site, its summed figures (null when it never published any month asked).
 *
 * @example
 * const r: DistrictRow = { site, figures: null, months: 0, lastPublishedAt: null }; // 尚未上报
 */
export interface DistrictRow {
  site: DistrictSiteRef;
  figures: SiteMonthFigures | null;
  /** How many of the period's months it published. */
  months: number;
  /** When it last published any of them, or null. */
  lastPublishedAt: number | null;
}

const KEYS: readonly (keyof SiteMonthFigures)[] = [
  'sessions',
  'peopleReached',
  'volunteerServices',
  'volunteerMinutes',
  'distinctVolunteers',
  'bookings',
  'roomOpenMinutes',
  'roomUsedMinutes',
];

/**
 * Figures of nothing: the start of every sum.
 *
 * @example
 * zeroFigures().sessions // => 0
 */
export function zeroFigures(): SiteMonthFigures {
  return {
    sessions: 0,
    peopleReached: 0,
    volunteerServices: 0,
    volunteerMinutes: 0,
    distinctVolunteers: 0,
    bookings: 0,
    roomOpenMinutes: 0,
    roomUsedMinutes: 0,
  };
}

/**
 * The id of a site's figures of a month.
 *
 * @example
 * figuresDocId('suo-dongjie', '2026-11') // => 'figures:suo-dongjie:2026-11'
 */
export function figuresDocId(siteDb: string, month: string): string {
  return `figures:${siteDb}:${month}`;
}

/**
 * Whether two months' figures are the same (a month already published as it stands is not sent again).
 *
 * @example
 * sameFigures(zeroFigures(), { ...zeroFigures(), sessions: 1 }) // => false
 */
export function sameFigures(a: SiteMonthFigures | null | undefined, b: SiteMonthFigures): boolean {
  return !!a && KEYS.every((k) => a[k] === b[k]);
}

/**
 * The months (`yyyy-mm`) the days firstDay–lastDay touch, in order.
 *
 * @example
 * monthsOfPeriod('2026-11-25', '2027-01-03') // => ['2026-11', '2026-12', '2027-01']
 */
export function monthsOfPeriod(firstDay: string, lastDay: string): string[] {
  const months: string[] = [];
  for (let day = `${firstDay.slice(0, 7)}-01`; day <= lastDay; day = addDays(day, 32).slice(0, 8) + '01')
    months.push(day.slice(0, 7));
  return months;
}

/**
 * The months a desk publishes on `today`: the current and previous month, or, on the day's first
 * publish, every month of the current year up to now (and December before, in January).
 *
 * @example
 * monthsToPublish('2026-03-15', false) // => ['2026-02', '2026-03']
 * monthsToPublish('2026-03-15', true) // => ['2026-01', '2026-02', '2026-03']
 */
export function monthsToPublish(today: string, firstOfDay: boolean): string[] {
  const previous = addDays(`${today.slice(0, 7)}-01`, -1);
  const from =
    firstOfDay && previous.slice(0, 4) === today.slice(0, 4) ? `${today.slice(0, 4)}-01-01` : previous;
  return monthsOfPeriod(from, today);
}

const add = (into: SiteMonthFigures, figures: SiteMonthFigures) => {
  for (const k of KEYS) into[k] += figures[k] ?? 0;
};

/**
 * 各所站汇总: one row per site of the district (in its order, the center included) with the figures of
 * the given months summed, and the 合计 of all of them. Documents of other months or of sites the
 * district no longer lists are left out.
 *
 * @example
 * const { rows, total } = districtSummary(info.sites, docs, ['2026-11']);
 * rows[1].figures === null // => true when that site never published November
 */
export function districtSummary(
  sites: readonly DistrictSiteRef[],
  docs: readonly SiteFiguresDoc[],
  months: readonly string[],
): { rows: DistrictRow[]; total: SiteMonthFigures } {
  const wanted = new Set(months);
  const total = zeroFigures();
  const rows = sites.map((site) => {
    const mine = docs.filter((d) => d.site === site.db && wanted.has(d.month));
    if (mine.length === 0) return { site, figures: null, months: 0, lastPublishedAt: null };
    const figures = zeroFigures();
    for (const doc of mine) add(figures, doc.figures);
    add(total, figures);
    const lastPublishedAt = Math.max(...mine.map((d) => d.publishedAt));
    return { site, figures, months: mine.length, lastPublishedAt };
  });
  return { rows, total };
}
