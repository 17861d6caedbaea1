import { markupProblem } from '../text/plain-text';

/**
 * A 新时代文明实践所 (town/street level) or 站 (village/community level) that belongs to this center,
 * so activities and orders can say where they happened. A 站 hangs under one of the listed 所, or
 * directly under the center (`parentId` null); a 所 always hangs under the center.
 *
 * @example
 * const s: Station = { id: 'st-1', name: '东街街道新时代文明实践所', level: '所', parentId: null };
 */
export interface Station {
  id: string;
  name: string;
  level: '所' | '站';
  parentId: string | null;
}

/**
 * The longest 所/站 name, in characters.
 *
 * @example
 * '东街街道新时代文明实践所'.length <= STATION_NAME_MAX // => true
 */
export const STATION_NAME_MAX = 40;

/**
 * What is wrong with an edited 所/站 list, per row (by index) and field, in Chinese; null when it can be
 * saved. Names are compared trimmed; a 站's parent must be a 所 of the same list.
 *
 * @example
 * stationListProblems([{ id: 'a', name: '三坊七巷社区站', level: '站', parentId: 'gone' }])
 * // => { 0: { parentId: '所属的“所”不在列表中，请重新选择' } }
 */
export function stationListProblems(
  stations: readonly Station[],
): Record<number, Partial<Record<'name' | 'parentId', string>>> | null {
  const problems: Record<number, Partial<Record<'name' | 'parentId', string>>> = {};
  const byId = new Map(stations.map((s) => [s.id, s]));
  const seen = new Set<string>();
  stations.forEach((s, i) => {
    const name = s.name.trim();
    const length = Array.from(name).length;
    const row: Partial<Record<'name' | 'parentId', string>> = {};
    if (name === '') row.name = '请填写名称';
    else if (length > STATION_NAME_MAX)
      row.name = `名称最多${STATION_NAME_MAX}字，已超${length - STATION_NAME_MAX}字`;
    else if (markupProblem('名称', name)) row.name = markupProblem('名称', name) ?? '';
    else if (seen.has(name)) row.name = `“${name}”重复了`;
    seen.add(name);
    if (s.level === '所' && s.parentId !== null) row.parentId = '“所”直接隶属于本中心';
    if (s.level === '站' && s.parentId !== null && byId.get(s.parentId)?.level !== '所') {
      row.parentId = '所属的“所”不在列表中，请重新选择';
    }
    if (row.name || row.parentId) problems[i] = row;
  });
  return Object.keys(problems).length === 0 ? null : problems;
}

/**
 * Why a 所/站 cannot be removed from the list now, or null: a 所 that still has 站 under it must have
 * them moved or removed first, so no 站 is left pointing nowhere.
 *
 * @example
 * stationRemovalProblem([{ id: 's', name: '东街所', level: '所', parentId: null }, { id: 't', name: '三坊七巷站', level: '站', parentId: 's' }], 's')
 * // => '“东街所”下还有 1 个站，请先调整或删除这些站'
 */
export function stationRemovalProblem(stations: readonly Station[], id: string): string | null {
  const target = stations.find((s) => s.id === id);
  if (!target || target.level !== '所') return null;
  const children = stations.filter((s) => s.parentId === id).length;
  return children > 0 ? `“${target.name.trim()}”下还有 ${children} 个站，请先调整或删除这些站` : null;
}

/**
 * The list in the order people read it: each 所 followed by its 站, then the 站 directly under the
 * center; names trimmed. Call after {@link stationListProblems} returned null.
 *
 * @example
 * orderStations([{ id: 't', name: '三坊七巷站', level: '站', parentId: 's' }, { id: 's', name: '东街所', level: '所', parentId: null }]).map((s) => s.name)
 * // => ['东街所', '三坊七巷站']
 */
export function orderStations(stations: readonly Station[]): Station[] {
  const clean = stations.map((s) => ({ ...s, name: s.name.trim() }));
  const offices = clean.filter((s) => s.level === '所');
  const under = (parentId: string | null) => clean.filter((s) => s.level === '站' && s.parentId === parentId);
  return [...offices.flatMap((o) => [o, ...under(o.id)]), ...under(null)];
}
