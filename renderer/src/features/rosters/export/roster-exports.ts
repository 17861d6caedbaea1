import {
  dateKeyCell,
  EXCEL_FORMATS,
  numberCell,
  phoneCell,
  textCell,
  type ExportCell,
} from '@shared/exchange/export-cells';
import type { ExportColumn } from '@shared/exchange/export-columns';
import { addDays } from '@shared/time/center-time';
import type { Repos } from '../../../db';
import type { RosterLine } from '../../../db/repos/rosters';
import type { ListExport } from '../../exchange/export/run-export';

const MINUTES_PER_DAY = 1440;

/**
 * Minutes after midnight as a real Excel time (a fraction of a day under hh:mm), so the sheet sorts and
 * subtracts shift times; what Excel itself stores for a typed 07:20.
 */
export function minuteCell(minutes: number): ExportCell {
  return numberCell(minutes / MINUTES_PER_DAY, EXCEL_FORMATS.time);
}

type Column = ExportColumn<RosterLine, null>;

const DATE: Column = { header: '日期', width: 12, cell: (l) => dateKeyCell(l.date) };
const SHIFT: Column[] = [
  { header: '班次', width: 10, cell: (l) => textCell(l.shiftLabel) },
  { header: '开始', width: 8, cell: (l) => minuteCell(l.startMinute) },
  { header: '结束', width: 8, cell: (l) => minuteCell(l.endMinute) },
];
const WHERE: Column[] = [
  { header: '岗位', width: 16, cell: (l) => textCell(l.postName) },
  { header: '上岗地点', width: 22, cell: (l) => textCell(l.place) },
];
const NAME: Column = { header: '志愿者', width: 10, cell: (l) => textCell(l.name) };
// 手机号 is one of the headers that make ExportButton offer the admin's logged full-number choice.
const PHONE: Column = { header: '手机号', width: 14, cell: (l, _, p) => phoneCell(l.phone, p) };
const STATUS: Column[] = [
  { header: '状态', width: 8, cell: (l) => textCell(l.status) },
  { header: '顶替', width: 10, cell: (l) => textCell(l.substituteFor) },
];

/** The week roster's sheet: one row per entry, no phones. */
export const WEEK_COLUMNS: readonly Column[] = [DATE, ...SHIFT, ...WHERE, NAME, ...STATUS];
/** The date-range sheet: every post's entries, phones masked unless an admin exports them in full. */
export const RANGE_COLUMNS: readonly Column[] = [DATE, ...SHIFT, ...WHERE, NAME, PHONE, ...STATUS];
/** The call list's sheet, with an empty 已通知 column to tick. */
export const CALL_COLUMNS: readonly Column[] = [
  DATE,
  ...SHIFT,
  ...WHERE,
  NAME,
  PHONE,
  { header: '已通知', width: 8, cell: () => textCell('') },
];

const onePage = (rows: RosterLine[]) => ({ rows, next: null });

/** One post's week (7 days from `firstDay`), one row per entry with its status and whom it stands in for. */
export function weekRosterExport(
  repos: Repos,
  post: { id: string; name: string; place: string },
  firstDay: string,
): ListExport<RosterLine, never, null> {
  return {
    list: '岗位周排班',
    fileName: `岗位周排班_${post.name}-${post.place}_${firstDay}至${addDays(firstDay, 6)}`,
    columns: WEEK_COLUMNS,
    read: async () => onePage(await repos.rosters.weekLines(post.id, firstDay)),
    lookups: () => Promise.resolve(null),
  };
}

/** A date's call list (everyone rostered 排班), a few hundred rows at most: one page. */
export function callListExport(repos: Repos, date: string): ListExport<RosterLine, never, null> {
  return {
    list: '通话名单',
    fileName: `通话名单_${date}`,
    columns: CALL_COLUMNS,
    read: async () => onePage(await repos.rosters.callListForExport(date)),
    lookups: () => Promise.resolve(null),
  };
}

/** Every post's entries over a date range, read a page of whole days at a time. */
export function rosterRangeExport(
  repos: Repos,
  range: { from: string; to: string },
): ListExport<RosterLine, string, null> {
  return {
    list: '排班明细',
    fileName: `排班明细_${range.from}至${range.to}`,
    columns: RANGE_COLUMNS,
    read: (after, size) => repos.rosters.rosterLinesPage(range, after, size),
    lookups: () => Promise.resolve(null),
  };
}
