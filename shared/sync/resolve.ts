import type { ConflictVersion } from './model';

/**
 * What staff chose for a conflict: one whole version (by its revision), or, for a volunteer's clashing
 * fields, a version per field (field name to revision).
 *
 * @example
 * const whole: ConflictChoice = { rev: '3-b2' };
 * const perField: ConflictChoice = { fields: { name: '3-b2', phone: '' } };
 */
export type ConflictChoice = { rev: string } | { fields: Readonly<Record<string, string>> };

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A version holds a whole row when it carries the row's id; a volunteer's field-merge conflict keeps
 * only the clashing fields, which go onto the row as the desk holds it.
 *
 * @example
 * isWholeRow({ id: 'v1', name: '张三' }) // => true
 * isWholeRow({ name: '张三' }) // => false
 */
export function isWholeRow(value: unknown): boolean {
  return isRow(value) && typeof value['id'] === 'string';
}

function versionAt(versions: readonly ConflictVersion[], rev: string): ConflictVersion {
  const found = versions.find((v) => v.rev === rev);
  if (!found) throw new Error('所选版本不在这条冲突中，请刷新后重新选择');
  return found;
}

/**
 * The row a choice leaves (null: the row is deleted), given the row as the desk holds it now (null when
 * absent). A whole version replaces the row; a field version, or a per-field choice, changes only those
 * fields of the current row.
 *
 * @example
 * resolvedRow({ id: 'v1', name: '张三', phone: '1' }, versions, { fields: { name: '2-b' } })
 * // => { id: 'v1', name: <version 2-b's name>, phone: '1' }
 * resolvedRow(row, [{ rev: '2-b', deleted: true, value: null, … }], { rev: '2-b' }) // => null
 */
export function resolvedRow(
  current: Row | null,
  versions: readonly ConflictVersion[],
  choice: ConflictChoice,
): Row | null {
  if ('rev' in choice) {
    const chosen = versionAt(versions, choice.rev);
    if (chosen.deleted) return null;
    if (isWholeRow(chosen.value)) return { ...(chosen.value as Row) };
    if (!current || !isRow(chosen.value)) throw new Error('本机没有这条记录，无法只采用部分字段');
    return { ...current, ...chosen.value };
  }
  if (!current) throw new Error('本机没有这条记录，无法逐项选择');
  const row: Row = { ...current };
  for (const [field, rev] of Object.entries(choice.fields)) {
    const value = versionAt(versions, rev).value;
    if (!isRow(value) || !(field in value)) throw new Error('所选版本没有这一项，请刷新后重新选择');
    row[field] = value[field];
  }
  return row;
}

const generation = (rev: string) => Number.parseInt(rev.split('-')[0] ?? '', 10) || 0;

/**
 * Where a resolution goes in the mirror: on top of the newest revision among the versions (`base`; null
 * when none reached the mirror), with every other live revision staff decided over deleted (`retire`).
 * Written on the newest, the resolved revision outranks every retired one, so it wins everywhere even
 * before the deletions replicate. The desk's unsent version (rev '') has no revision to retire.
 *
 * @example
 * resolutionRevs([{ rev: '2-a', deleted: false, … }, { rev: '3-b', deleted: false, … }, { rev: '', … }])
 * // => { base: '3-b', retire: ['2-a'] }
 */
export function resolutionRevs(versions: readonly ConflictVersion[]): {
  base: string | null;
  retire: string[];
} {
  const sent = versions.filter((v) => v.rev !== '');
  const newest = sent.reduce<ConflictVersion | null>(
    (best, v) => (best === null || generation(v.rev) > generation(best.rev) ? v : best),
    null,
  );
  const base = newest?.rev ?? null;
  const retire = [...new Set(sent.filter((v) => !v.deleted && v.rev !== base).map((v) => v.rev))];
  return { base, retire };
}
