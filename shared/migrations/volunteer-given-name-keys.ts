import type { Volunteer } from '../model/people';
import { volunteerSearchKeys } from '../search/search-keys';

/**
 * Row migration for schema version 5: recomputes `searchKeys` so rows stored before it gain the given
 * name and its pinyin (晓峰 finds 张晓峰). An anonymised row keeps the keys anonymisation left it (its
 * volunteer number only): its name is no longer the person's. Pure and idempotent; bookkeeping fields,
 * `updatedAt` included, are left alone, as the keys are derived data and not a user's change.
 *
 * @example
 * migrateVolunteerToV5({ ...v4Row, name: '李晓峰', phone: '', idNumber: '', volunteerNo: '' }).searchKeys
 * // => ['李晓峰', 'lixiaofeng', 'lxf', '晓峰', 'xiaofeng']
 */
export function migrateVolunteerToV5(row: Volunteer): Volunteer {
  if (row.anonymisedAt) return row;
  return {
    ...row,
    searchKeys: volunteerSearchKeys(row),
  };
}
