import { describeChange } from '@shared/stats/report';
import { attendanceRate, fillRate, percentOf, type PeriodCounts } from '@shared/rosters/period-figures';
import type { RosterReport } from '../../db/repos/roster-figures-read';
import type { ReportTable } from './report-tables';

/** The roster tables' titles (also their sheet names): the screen shows them in their own section. */
export const ROSTER_TABLE_TITLES: readonly string[] = ['排班概况', '各岗位排班', '缺勤较多的志愿者'];

const hours = (m: number) => Math.round((m / 60) * 10) / 10;

/** A rate's change as percentage points: a relative change of a rate reads wrongly (50% → 60% is not ↑ 20%). */
function pointsChange(current: number | null, earlier: number | null): string {
  if (current === null || earlier === null) return '—';
  const diff = Math.round((current - earlier) * 10) / 10;
  if (diff === 0) return '持平';
  return `${diff > 0 ? '↑' : '↓'} ${Math.abs(diff)} 个百分点`;
}

type Figure = [label: string, unit: string, value: (c: PeriodCounts) => number | null, rate?: boolean];

const FIGURES: readonly Figure[] = [
  ['上岗班次', '班', (c) => c.shifts],
  ['应排人次', '人次', (c) => c.needed],
  ['已排人次', '人次', (c) => c.filled],
  ['排班完成率', '%', fillRate, true],
  ['到岗', '人次', (c) => c.arrived],
  ['缺勤', '人次', (c) => c.absent],
  ['请假', '人次', (c) => c.leave],
  ['到岗率', '%', attendanceRate, true],
  ['服务时长', '小时', (c) => hours(c.servedMinutes)],
];

/**
 * The roster tables of the 统计报表, in print order: the period's figures against the previous period,
 * each post with a 合计 line, and the volunteers with most absences. None when the center has no post
 * at all (the screen then says how to make one; print and workbook leave them out).
 */
export function rosterTables(now: RosterReport, before: RosterReport): ReportTable[] {
  if (!now.centerHasPosts) return [];
  const total = now.figures.total;
  const names = new Map(now.posts.map((p) => [p.id, p]));
  const line = (name: string, place: string, c: PeriodCounts) => [
    name,
    place,
    c.shifts,
    c.needed,
    c.filled,
    fillRate(c),
    c.arrived,
    c.absent,
    c.leave,
    attendanceRate(c),
    hours(c.servedMinutes),
  ];
  return [
    {
      title: '排班概况',
      header: ['指标', '单位', '本期', '上期', '环比'],
      numeric: [false, false, true, true, false],
      rows: FIGURES.map(([label, unit, value, rate]) => {
        const [current, previous] = [value(total), value(before.figures.total)];
        const change = rate ? pointsChange(current, previous) : describeChange(current, previous);
        return [label, unit, current, previous, change];
      }),
      empty: '',
    },
    {
      title: '各岗位排班',
      header: [
        '岗位',
        '地点',
        '上岗班次',
        '应排人次',
        '已排人次',
        '完成率（%）',
        '到岗',
        '缺勤',
        '请假',
        '到岗率（%）',
        '服务时长（小时）',
      ],
      numeric: [false, false, true, true, true, true, true, true, true, true, true],
      rows:
        now.posts.length === 0
          ? []
          : [
              ...now.figures.byPost.map((c) => {
                const post = names.get(c.postId);
                return line(post?.name ?? '', post?.place ?? '', c);
              }),
              line('合计', '', total),
            ],
      empty: '该所/站还没有排班岗位。新建岗位时选择所属所/站，这里按所/站统计。',
    },
    {
      title: '缺勤较多的志愿者',
      header: ['姓名', '志愿者编号', '缺勤', '请假', '到岗', '到岗率（%）'],
      numeric: [false, false, true, true, true, true],
      rows: now.figures.absences.map((v) => {
        const who = now.people.get(v.volunteerId);
        return [
          who?.name ?? '已删除的志愿者',
          who?.volunteerNo ?? '',
          v.absent,
          v.leave,
          v.arrived,
          percentOf(v.arrived, v.arrived + v.absent),
        ];
      }),
      empty: '本期没有缺勤记录。',
    },
  ];
}
