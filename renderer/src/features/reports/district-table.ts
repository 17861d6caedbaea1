import type { DistrictRow, SiteMonthFigures } from '@shared/stats/district-figures';
import { formatHours } from '@shared/stats/period-summary';
import { addDays, dateKey, formatTime } from '@shared/time/center-time';

/** One line of 各所站汇总: a site, or 合计 last. */
export interface DistrictLine {
  key: string;
  name: string;
  figures: SiteMonthFigures | null;
  /** 上报时间, 尚未上报, or empty for 合计. */
  published: string;
}

/** The columns after the site's name: title, and the cell from the line's figures. */
export const DISTRICT_COLUMNS: readonly { title: string; cell: (f: SiteMonthFigures) => string }[] = [
  { title: '活动场次', cell: (f) => String(f.sessions) },
  { title: '服务人次', cell: (f) => String(f.peopleReached) },
  { title: '志愿服务人次', cell: (f) => String(f.volunteerServices) },
  { title: '志愿服务时长（小时）', cell: (f) => formatHours(f.volunteerMinutes) },
  { title: '参与志愿者', cell: (f) => String(f.distinctVolunteers) },
  { title: '预约总数', cell: (f) => String(f.bookings) },
  {
    title: '场地使用率',
    cell: (f) =>
      f.roomOpenMinutes > 0 ? `${Math.round((f.roomUsedMinutes / f.roomOpenMinutes) * 1000) / 10}%` : '—',
  },
];

const when = (at: number) => {
  const day = dateKey(at);
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8))}日 ${formatTime(at)}`;
};

/**
 * The table's lines: every site of the district in the setup's order (one that never published the
 * period's months says 尚未上报), then 合计.
 */
export function districtLines(rows: readonly DistrictRow[], total: SiteMonthFigures): DistrictLine[] {
  return [
    ...rows.map((r) => ({
      key: r.site.db,
      name: `${r.site.name}（${r.site.level}）`,
      figures: r.figures,
      published: r.lastPublishedAt === null ? '尚未上报' : when(r.lastPublishedAt),
    })),
    { key: '合计', name: '合计', figures: total, published: '' },
  ];
}

/**
 * What the sums are made of, said under the table: sites report whole months, so a week or a range
 * counts the whole months it touches.
 */
export function monthsNote(months: readonly string[], firstDay: string, lastDay: string): string {
  const label = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;
  const span =
    months.length === 1 ? label(months[0] ?? '') : `${label(months[0] ?? '')}至${label(months.at(-1) ?? '')}`;
  const whole = firstDay.endsWith('-01') && addDays(lastDay, 1).endsWith('-01');
  const note = whole ? '' : '所选周期不是整月，按它所在的整月汇总。';
  return `各所站的前台连上中心时自动上报本所站每月的数字，这里按${span}汇总。${note}参与志愿者按月相加。`;
}
