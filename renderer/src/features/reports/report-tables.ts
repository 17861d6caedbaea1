import type { ReportBundle } from './load-report';
import { rosterTables } from './roster-tables';

/** A cell of a report table: numbers stay numbers (for the workbook), null prints as —. */
export type ReportCell = string | number | null;

/** One table of the report, the same on screen, in the A4 print and as a workbook sheet. */
export interface ReportTable {
  /** Also the sheet name. */
  title: string;
  header: string[];
  /** Which columns hold numbers (aligned right). */
  numeric: boolean[];
  rows: ReportCell[][];
  /** What to say when there are no rows. */
  empty: string;
}

/** The tables of a report, in print order; center-only ones are left out for a 所/站. */
export function reportTables(b: ReportBundle): ReportTable[] {
  const center = b.stationId === null;
  const lines = (key: (k: string) => string, list: typeof b.report.byCategory) =>
    list.map((l) => [key(l.key), l.sessions, l.participants, l.beneficiaries]);
  const tables: ReportTable[] = [
    {
      title: '主要指标',
      header: ['指标', '单位', '本期', '上期', '环比', '去年同期', '同比'],
      numeric: [false, false, true, true, false, true, false],
      rows: [
        ...b.compared.map((f) => [
          f.label,
          f.unit,
          f.current,
          f.previous,
          f.vsPrevious,
          f.lastYear,
          f.vsLastYear,
        ]),
        // A count of now, not of the period: nothing to compare it with.
        ['待回访（当前）', '单', b.report.openFollowUps, null, '—', null, '—'],
      ],
      empty: '',
    },
    {
      title: '按类别',
      header: ['类别', '场次', '参与人次', '受益人次'],
      numeric: [false, true, true, true],
      rows: lines((k) => k, b.report.byCategory),
      empty: '本期没有活动记录。在「活动记录」中登记活动后，这里按类别统计。',
    },
    {
      title: '按项目',
      header: ['服务项目', '场次', '参与人次', '受益人次'],
      numeric: [false, true, true, true],
      rows: lines(
        (k) => (k === '' ? '未关联项目' : (b.projectNames.get(k) ?? '已删除的项目')),
        b.report.byProject,
      ),
      empty: '本期没有活动记录。活动关联服务项目后，这里按项目统计。',
    },
    {
      title: '场地使用',
      header: ['场地', '开放小时', '使用小时', '闲置率（%）'],
      numeric: [false, true, true, true],
      rows: b.rooms.map((r) => [r.name, r.openHours, r.usedHours, r.idleRate]),
      empty: '还没有可预约的场地。请在「场地预约 → 场地」中新建场地。',
    },
  ];
  if (center) {
    tables.push(
      {
        title: '证书与证明',
        header: ['类别', '开具份数'],
        numeric: [false, true],
        rows: b.report.documentsByKind.map((d) => [d.kind, d.count]),
        empty: '',
      },
      {
        title: '时尚达人',
        header: ['周期', '称号', '姓名', '积分'],
        numeric: [false, false, false, true],
        rows: b.report.honours.map((h) => [h.periodLabel, h.title, h.winnerName, h.points]),
        empty: '本期还没有确认的时尚达人。在「评选表彰」中评选并确认。',
      },
    );
  }
  // 岗位排班 last, for a 所/站 too (its posts only).
  if (b.rosters && b.rostersBefore) tables.push(...rosterTables(b.rosters, b.rostersBefore));
  return tables;
}

/** A cell as text: — for missing values. */
export function cellText(cell: ReportCell): string {
  return cell === null ? '—' : String(cell);
}
