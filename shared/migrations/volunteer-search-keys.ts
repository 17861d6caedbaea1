import type { Volunteer } from '../model/people';
import { volunteerSearchKeys } from '../search/search-keys';

/**
 * A volunteer row as stored under schema version 1, before search keys existed.
 *
 * @example
 * const rows: VolunteerRowV1[] = await tx.table('volunteers').toArray();
 */
export type VolunteerRowV1 = Omit<Volunteer, 'searchKeys'> & { searchKeys?: string[] };

/**
 * Row migration for schema version 2: fills `searchKeys` from the row's own fields (name, pinyin of
 * the name, tails of phone and ID number, volunteer number). Pure and
 * idempotent, so a re-run (or a row already written by newer code) yields the same keys. Bookkeeping
 * fields, `updatedAt` included, are left alone: the keys are derived data, not a user's change, and
 * must not make every row look freshly edited to a later sync.
 *
 * @example
 * migrateVolunteerToV2({ ...v1Row, name: '张三', phone: '13812345678', idNumber: '11010519491231002X', volunteerNo: 'ZYZ000001' }).searchKeys
 * // => ['张三', '5678', '002x', 'zyz000001', 'zhangsan', 'zs']
 */
export function migrateVolunteerToV2(row: VolunteerRowV1): Volunteer {
  return {
    ...row,
    searchKeys: volunteerSearchKeys(row),
  };
}
