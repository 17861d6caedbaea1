import { canonicalJson } from '../audit/canonical';
import type { Volunteer } from '../model';

/** Bookkeeping of the merged row itself, not a field either side edited. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'deskId']);
/** Derived from other fields (name, phone, ID number): recomputed by the caller, never a conflict. */
const DERIVED = new Set(['searchKeys']);

/**
 * A field both desks changed, to different values, from the same base.
 *
 * @example
 * const c: FieldConflict = { field: 'phone', base: '138…', local: '139…', remote: '137…' };
 */
export interface FieldConflict {
  field: string;
  base: unknown;
  local: unknown;
  remote: unknown;
}

/**
 * The result of a merge: the row to keep (a conflicting field holds the local value until staff choose)
 * and the fields staff must choose for.
 *
 * @example
 * const r: VolunteerMerge = { merged: volunteer, conflicts: [] };
 */
export interface VolunteerMerge {
  merged: Volunteer;
  conflicts: FieldConflict[];
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Merges two desks' versions of a volunteer field by field against the version both started from
 * (`base`; null when both created the row independently, so every differing field conflicts). A field
 * changed on one side takes that side's value; one changed alike on both is kept; one changed
 * differently is a conflict. The merged row keeps the earliest createdAt, the latest updatedAt and that
 * side's deskId (so both desks merge to the same row); its searchKeys are both sides' together (the
 * caller recomputes them from the merged fields).
 *
 * @example
 * const { merged, conflicts } = mergeVolunteer(base, { ...base, phone: '13900000000' },
 *   { ...base, address: '鼓楼区' });
 * // merged has both the new phone and the new address; conflicts => []
 * mergeVolunteer(base, { ...base, name: '张三' }, { ...base, name: '张叁' }).conflicts
 * // => [{ field: 'name', base: base.name, local: '张三', remote: '张叁' }]
 */
export function mergeVolunteer(base: Volunteer | null, local: Volunteer, remote: Volunteer): VolunteerMerge {
  const from = (base ?? {}) as Partial<Record<string, unknown>>;
  const mine = local as unknown as Record<string, unknown>;
  const theirs = remote as unknown as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...mine };
  const conflicts: FieldConflict[] = [];
  const fields = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].sort();
  for (const field of fields) {
    if (BOOKKEEPING.has(field) || DERIVED.has(field)) continue;
    const [was, l, r] = [from[field], mine[field], theirs[field]];
    if (same(l, r)) continue;
    if (same(l, was)) merged[field] = r;
    else if (!same(r, was)) conflicts.push({ field, base: was, local: l, remote: r });
  }
  merged.createdAt = Math.min(local.createdAt, remote.createdAt);
  merged.updatedAt = Math.max(local.updatedAt, remote.updatedAt);
  // Whichever desk merges, the row names the same last writer: the later update, a tie by desk id.
  const later =
    remote.updatedAt > local.updatedAt ||
    (remote.updatedAt === local.updatedAt && remote.deskId < local.deskId);
  merged.deskId = later ? remote.deskId : local.deskId;
  merged.searchKeys = [...new Set([...local.searchKeys, ...remote.searchKeys])];
  return { merged: merged as unknown as Volunteer, conflicts };
}

/**
 * The merged row after staff chose, for each conflicting field, the local or the remote value (a
 * field not chosen keeps the local value).
 *
 * @example
 * const r = mergeVolunteer(base, local, remote);
 * chooseFields(r, { name: 'remote' }).name // => remote.name
 */
export function chooseFields(
  result: VolunteerMerge,
  choices: Readonly<Record<string, 'local' | 'remote'>>,
): Volunteer {
  const row: Record<string, unknown> = { ...result.merged };
  for (const c of result.conflicts) row[c.field] = choices[c.field] === 'remote' ? c.remote : c.local;
  return row as unknown as Volunteer;
}
