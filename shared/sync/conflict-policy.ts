import type { SyncedTable } from './tables';

/**
 * How a table's conflicts are settled. `manual`: kept for staff to choose a version, never settled by
 * the program. `owning-desk`: the version written by the desk that owns the row is taken by default
 * (staff can still pick another). `field-merge`: fields changed on one side only merge; a field changed
 * on both sides is offered as a choice.
 *
 * @example
 * const p: ConflictPolicy = 'manual';
 */
export type ConflictPolicy = 'manual' | 'owning-desk' | 'field-merge';

/**
 * Each synced table's policy. Service-record hours and issued documents are records of what happened
 * and what was handed out: never settled automatically. Tables the issue names no rule for are manual
 * too, so nothing is ever silently overwritten.
 *
 * @example
 * CONFLICT_POLICY.bookings // => 'owning-desk'
 */
export const CONFLICT_POLICY: Readonly<Record<SyncedTable, ConflictPolicy>> = {
  rooms: 'manual',
  closures: 'manual',
  organisations: 'manual',
  bookingSeries: 'manual',
  bookings: 'owning-desk',
  volunteers: 'field-merge',
  teams: 'manual',
  serviceRecords: 'manual',
  activities: 'manual',
  serviceOrders: 'manual',
  documents: 'manual',
  templates: 'manual',
  assets: 'manual',
  projects: 'manual',
  photos: 'manual',
  honours: 'manual',
  dutyPosts: 'manual',
  schoolTerms: 'manual',
  rosterPatterns: 'manual',
  rosterEntries: 'manual',
};

/**
 * The version a booking conflict defaults to: the one written by the desk that owns the booking, or
 * null (staff choose) when that desk wrote none of them or more than one.
 *
 * @example
 * owningDeskVersion([{ deskId: 'a', v: 1 }, { deskId: 'b', v: 2 }], 'b') // => { deskId: 'b', v: 2 }
 * owningDeskVersion([{ deskId: 'a', v: 1 }], 'c') // => null
 */
export function owningDeskVersion<T extends { deskId: string }>(
  versions: readonly T[],
  ownerDeskId: string,
): T | null {
  const own = versions.filter((v) => v.deskId === ownerDeskId);
  return own.length === 1 ? (own[0] ?? null) : null;
}
