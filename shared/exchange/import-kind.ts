import { stripBidiControls } from '../text/plain-text';
import { cellText, type RawCell } from './import-cells';
import type { ImportHeaders } from './import-headers';
import type { ImportOutcome } from './import-plan';

/**
 * What the import pipeline needs to know about one kind of record (场地, 单位, …): its columns
 * ({@link ImportHeaders}: fields, Chinese labels, header synonyms, required fields), how a row's cells
 * become values (with a Chinese message per bad cell), and the key that makes two rows the same record.
 *
 * @example
 * const kind: ImportKind<'name', { name: string }> = {
 *   noun: '场地', measure: '个', fields: ['name'], labels: { name: '名称' },
 *   aliases: { name: ['名称'] }, required: ['name'],
 *   readValues: (cell) => ({ values: { name: String(cell('name')) }, problems: [] }),
 *   keyOf: (v) => v.name,
 * };
 */
export interface ImportKind<F extends string, V> extends ImportHeaders<F> {
  /** What one record is called on screen: 场地, 单位. */
  noun: string;
  /** The measure word counting them: 个, 家. */
  measure: string;
  /** The row's values, or null with the Chinese reasons when a cell makes it unusable. */
  readValues(cell: (field: F) => RawCell): { values: V | null; problems: string[] };
  /** Rows with the same key are the same record (within the file and against the database). */
  keyOf(values: V): string;
}

/**
 * A kind's row as read: its spreadsheet row number, values (null when unusable) and problems.
 *
 * @example
 * const r: KindReadRow<{ name: string }> = { rowNumber: 3, values: null, problems: ['名称为空'] };
 */
export interface KindReadRow<V> {
  rowNumber: number;
  values: V | null;
  problems: string[];
}

/**
 * One row of a kind's plan, shown before anything is written.
 *
 * @example
 * const p: KindPlannedRow<{ name: string }> = { rowNumber: 2, outcome: 'new', values: { name: '讲堂' }, reasons: [], existingId: null };
 */
export interface KindPlannedRow<V> extends KindReadRow<V> {
  outcome: ImportOutcome;
  reasons: string[];
  /** The live record with the same key, for `existing`. */
  existingId: string | null;
}

/**
 * A kind's per-row plan and its counts per outcome.
 *
 * @example
 * planKindImport(kind, rows, new Map()).counts // => { new: 2, existing: 0, duplicate: 0, invalid: 1 }
 */
export interface KindPlan<V> {
  rows: KindPlannedRow<V>[];
  counts: Record<ImportOutcome, number>;
}

/**
 * Reads one data row through the mapping; null for a blank row (skipped silently).
 *
 * @example
 * readKindRow(ROOM_IMPORT, ['讲堂', '讲堂', 80], ['name', 'kind', 'capacity'], 2)?.problems // => []
 */
export function readKindRow<F extends string, V>(
  kind: ImportKind<F, V>,
  cells: readonly RawCell[],
  columns: readonly (F | null)[],
  rowNumber: number,
): KindReadRow<V> | null {
  if (cells.every((c) => cellText(c ?? null) === '')) return null;
  const cell = (f: F): RawCell => {
    const i = columns.indexOf(f);
    return i < 0 ? null : (cells[i] ?? null);
  };
  const { values, problems } = kind.readValues(cell);
  return { rowNumber, values: problems.length > 0 ? null : values, problems };
}

/**
 * Sorts read rows into outcomes. `existing` maps keys to the live records holding them. Rows with
 * errors never hold back valid ones; the first row with a key wins.
 *
 * @example
 * planKindImport(ROOM_IMPORT, rows, new Map([['大讲堂', { id: 'r1' }]])).counts.existing // => 1
 */
export function planKindImport<F extends string, V>(
  kind: ImportKind<F, V>,
  rows: readonly KindReadRow<V>[],
  existing: ReadonlyMap<string, { id: string }>,
): KindPlan<V> {
  const firstRowOf = new Map<string, number>();
  const counts: Record<ImportOutcome, number> = { new: 0, existing: 0, duplicate: 0, invalid: 0 };
  const planned = rows.map((r): KindPlannedRow<V> => {
    const base = { rowNumber: r.rowNumber, values: r.values, problems: r.problems, existingId: null };
    let row: KindPlannedRow<V>;
    if (!r.values) row = { ...base, outcome: 'invalid', reasons: r.problems };
    else {
      const key = kind.keyOf(r.values);
      const first = firstRowOf.get(key);
      const holder = existing.get(key);
      if (first !== undefined)
        row = { ...base, outcome: 'duplicate', reasons: [`与第 ${first} 行${kind.noun}重名`] };
      else if (holder)
        row = {
          ...base,
          outcome: 'existing',
          reasons: [`已有名为「${key}」的${kind.noun}`],
          existingId: holder.id,
        };
      else row = { ...base, outcome: 'new', reasons: [] };
      if (first === undefined) firstRowOf.set(key, r.rowNumber);
    }
    counts[row.outcome] += 1;
    return row;
  });
  return { rows: planned, counts };
}

/**
 * The first Chinese message per field of a failed zod parse (the forms' own schemas check imported
 * rows), in field order.
 *
 * @example
 * issueMessages([{ path: ['name'], message: '请填写单位名称' }, { path: ['name'], message: '…' }]) // => ['请填写单位名称']
 */
export function issueMessages(issues: readonly { path: PropertyKey[]; message: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const i of issues) {
    const field = String(i.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push(i.message);
  }
  return out;
}

/**
 * A name cell as the repositories compare names: no direction controls, trimmed.
 *
 * @example
 * nameCellText(' 大讲堂 ') // => '大讲堂'
 */
export function nameCellText(cell: RawCell): string {
  return stripBidiControls(cellText(cell)).trim();
}
