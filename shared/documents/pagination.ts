import type { FrameElement, RecordsTable, TemplateElement, TemplateLayout } from './template';

type Placed = Exclude<TemplateElement, FrameElement>;

/**
 * How the detail table of a 志愿服务记录证明 flows over pages of the same paper. The first page keeps
 * the template as laid out; continuation pages carry a small header and the repeated table header;
 * the closing block (note, issuer, seal, date, QR: every element placed below the table's top) prints
 * once, after the last row, where the template puts it. All sizes are millimetres.
 */

/** Share of the table width per column: date, project, post/content, hours. */
export const RECORD_COLUMNS: readonly number[] = [0.2, 0.38, 0.27, 0.15];

/** Header cells of the detail table, repeated on every page. */
export const RECORD_HEADERS: readonly string[] = [
  '服务日期',
  '活动（项目）名称',
  '服务岗位 / 内容',
  '时长（小时）',
];

const PT_TO_MM = 25.4 / 72;
/** A little above the CSS line height (1.35), so rounding in the browser never overflows a page. */
const LINE_FACTOR = 1.42;
/** Cell padding (1 mm top and bottom) and the border. */
const CELL_EXTRA_MM = 2.4;
const CELL_PADDING_X_MM = 3;
/** Gap kept between the last row and the closing block. */
const CLOSING_GAP_MM = 4;

/**
 * Where things go on a page: the page footer (第 X 页 共 N 页 and the number), the continuation header
 * and where the table starts on a continuation page.
 *
 * @example
 * pageFrame({ widthMm: 210, heightMm: 297, orientation: 'portrait' }).footerTopMm // => 284
 */
export function pageFrame(paper: TemplateLayout['paper']): {
  footerTopMm: number;
  tableBottomMm: number;
  headerTopMm: number;
  continuationTableTopMm: number;
} {
  const footerTopMm = paper.heightMm - 13;
  return {
    footerTopMm,
    tableBottomMm: footerTopMm - 4,
    headerTopMm: 14,
    continuationTableTopMm: 32,
  };
}

/** Width of a text in em: CJK and full-width characters are 1, the rest about half. */
function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.56;
  return em;
}

/**
 * Estimated height of one table row: the tallest cell, wrapping each at its column width.
 *
 * @example
 * rowHeightMm(['2026-11-08', '文明交通劝导', '路口劝导', '1.5'], { widthMm: 170, sizePt: 9.5 }) // => about 7
 */
export function rowHeightMm(
  cells: readonly string[],
  table: Pick<RecordsTable, 'widthMm' | 'sizePt'>,
): number {
  const emMm = table.sizePt * PT_TO_MM;
  let lines = 1;
  cells.forEach((cell, i) => {
    const inner = table.widthMm * (RECORD_COLUMNS[i] ?? 0.25) - CELL_PADDING_X_MM;
    const perLine = Math.max(1, Math.floor(inner / emMm));
    const wrapped = cell
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(textEm(part) / perLine)), 0);
    lines = Math.max(lines, wrapped);
  });
  return lines * emMm * LINE_FACTOR + CELL_EXTRA_MM;
}

/**
 * The records table of a layout and the layout's split into first-page elements (above the table)
 * and the closing block (below the table's top), or null when the layout has no table.
 *
 * @example
 * splitLayout(builtinTemplate('builtin:proof')!.layout)?.closingTopMm // => 200
 */
export function splitLayout(layout: TemplateLayout): {
  table: RecordsTable;
  closing: Placed[];
  closingTopMm: number;
} | null {
  const table = layout.elements.find((e): e is RecordsTable => e.type === 'records');
  if (!table) return null;
  const closing = layout.elements.filter(
    (e): e is Placed => e !== table && e.type !== 'frame' && e.yMm > table.yMm,
  );
  const closingTopMm = closing.length
    ? Math.min(...closing.map((e) => e.yMm))
    : pageFrame(layout.paper).tableBottomMm + CLOSING_GAP_MM;
  return { table, closing, closingTopMm };
}

/**
 * Rows (of single-line height) that fit: on the first page when more pages follow, on the first page
 * when it is the only one, on a continuation page, and on a last continuation page (which also holds
 * the 合计 row and the closing block).
 *
 * @example
 * recordsCapacity(builtinTemplate('builtin:proof')!.layout) // => { first: 26, only: 13, continuation: 34, last: 21 }
 */
export function recordsCapacity(layout: TemplateLayout): {
  first: number;
  only: number;
  continuation: number;
  last: number;
} | null {
  const split = splitLayout(layout);
  if (!split) return null;
  const row = rowHeightMm(['0000-00-00', '', '', '0'], split.table);
  const header = rowHeightMm(RECORD_HEADERS, split.table);
  const frame = pageFrame(layout.paper);
  const fit = (top: number, bottom: number, extraRows: number) =>
    Math.max(0, Math.floor((bottom - top - header) / row) - extraRows);
  const closingBottom = split.closingTopMm - CLOSING_GAP_MM;
  return {
    first: fit(split.table.yMm, frame.tableBottomMm, 0),
    only: fit(split.table.yMm, closingBottom, 1),
    continuation: fit(frame.continuationTableTopMm, frame.tableBottomMm, 0),
    last: fit(frame.continuationTableTopMm, closingBottom, 1),
  };
}

/**
 * One printed page of a document with a records table: which rows it shows (`start` inclusive, `end`
 * exclusive), whether it carries the first-page layout and the closing block, and how far (mm, zero or
 * negative) the closing block moves up so it follows a short table on the last page.
 *
 * @example
 * const page: RecordsPage = { index: 0, start: 0, end: 14, first: true, last: true, closingShiftMm: 0 };
 */
export interface RecordsPage {
  index: number;
  start: number;
  end: number;
  first: boolean;
  last: boolean;
  closingShiftMm: number;
}

/**
 * Splits detail rows over pages of the layout's paper. Every row lands on exactly one page, in order;
 * the last page also holds the 合计 row and the closing block; a page that continues always shows at
 * least one row, so a long certificate never has an empty page. Without a records table: one page.
 *
 * @example
 * paginateRecords(builtinTemplate('builtin:proof')!.layout, rows40).map((p) => p.end - p.start) // => [26, 14]
 */
export function paginateRecords(layout: TemplateLayout, rows: readonly (readonly string[])[]): RecordsPage[] {
  const split = splitLayout(layout);
  if (!split) return [{ index: 0, start: 0, end: rows.length, first: true, last: true, closingShiftMm: 0 }];
  const { table } = split;
  const frame = pageFrame(layout.paper);
  const header = rowHeightMm(RECORD_HEADERS, table);
  const total = rowHeightMm(['合计', '', '', '0'], table);
  const heights = rows.map((r) => rowHeightMm(r, table));
  const closingBottom = split.closingTopMm - CLOSING_GAP_MM;
  const pages: RecordsPage[] = [];
  let start = 0;
  // A pathological template could leave no room at all; cap the pages so printing still ends.
  while (pages.length < 10_000) {
    const first = pages.length === 0;
    const top = (first ? table.yMm : frame.continuationTableTopMm) + header;
    const rest = heights.slice(start).reduce((sum, h) => sum + h, 0);
    if (top + rest + total <= closingBottom || start >= rows.length) {
      // The closing block follows the table instead of leaving a gap: a short record fills the top
      // of one page rather than leaving the middle of it empty, and a last continuation page alike.
      const shift = Math.min(0, top + rest + total + CLOSING_GAP_MM * 2 - split.closingTopMm);
      pages.push({ index: pages.length, start, end: rows.length, first, last: true, closingShiftMm: shift });
      break;
    }
    let end = start;
    let y = top;
    while (end < rows.length && y + (heights[end] ?? 0) <= frame.tableBottomMm) y += heights[end++] ?? 0;
    // Keep the last row for the closing page, and always move on by at least one row.
    if (end === rows.length) end -= 1;
    if (end <= start) end = start + 1;
    pages.push({ index: pages.length, start, end, first, last: false, closingShiftMm: 0 });
    start = end;
  }
  return pages;
}
