import type { Volunteer } from '../model/people';

/**
 * A possible duplicate found at registration.
 *
 * @example
 * const w: DuplicateWarning = { volunteer, reason: '手机号码相同' };
 */
export interface DuplicateWarning {
  volunteer: Pick<Volunteer, 'id' | 'name' | 'volunteerNo'>;
  reason: '手机号码相同' | '姓名和出生日期相同';
}

/**
 * The duplicate verdict for a candidate against the (live) volunteers that share its ID number, phone
 * or name: the same normalised ID number of the same type blocks registration; the same phone, or the
 * same name and birth date, only warns. `candidate.idNumber` must already be normalised.
 *
 * @example
 * duplicateVerdict({ idType: '居民身份证', idNumber: 'X', phone: '1', name: '张三', birthDate: null }, found)
 * // => { blocking: null, warnings: [] }
 */
export function duplicateVerdict(
  candidate: Pick<Volunteer, 'idType' | 'idNumber' | 'phone' | 'name' | 'birthDate'>,
  others: readonly Volunteer[],
  selfId: string | null = null,
): { blocking: Volunteer | null; warnings: DuplicateWarning[] } {
  const live = others.filter((o) => o.deletedAt === null && o.id !== selfId);
  const blocking = live.find((o) => o.idNumber !== '' && o.idNumber === candidate.idNumber) ?? null;
  const warnings: DuplicateWarning[] = [];
  const seen = new Set<string>();
  for (const o of live) {
    if (o === blocking || seen.has(o.id)) continue;
    const brief = { id: o.id, name: o.name, volunteerNo: o.volunteerNo };
    if (candidate.phone !== '' && o.phone === candidate.phone) {
      warnings.push({ volunteer: brief, reason: '手机号码相同' });
      seen.add(o.id);
    } else if (
      o.name === candidate.name &&
      candidate.birthDate !== null &&
      o.birthDate === candidate.birthDate
    ) {
      warnings.push({ volunteer: brief, reason: '姓名和出生日期相同' });
      seen.add(o.id);
    }
  }
  return { blocking, warnings };
}
