import type { Activity } from '../model/practice';

/**
 * Row migration for schema version 6: activities written before it (demo data; the desk had no way to
 * create one) gain the fields of a full 活动记录 with empty values, so every screen can read any row.
 * Pure and idempotent; a value a row already has is kept, and bookkeeping fields are left alone.
 *
 * @example
 * migrateActivityToV6({ id: 'a-1', title: '读书会', start: 0, end: 1 } as never).photoIds // => []
 */
export function migrateActivityToV6(row: Partial<Activity> & Pick<Activity, 'id'>): Activity {
  return {
    projectId: null,
    stationId: null,
    orderId: null,
    organisationId: null,
    serviceObject: '',
    content: '',
    evaluation: '',
    leader: '',
    photoIds: [],
    place: '',
    organiser: '',
    summary: '',
    participants: 0,
    beneficiaries: 0,
    volunteerCount: 0,
    roomId: null,
    bookingId: null,
    ...row,
  } as Activity;
}
