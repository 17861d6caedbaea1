import type { ServiceRecord } from '../model/people';

const MINUTE = 60_000;

/**
 * What the desk should do with the hours it enters for one volunteer of an activity, so that a
 * sign-in at the desk and the activity's hours for the same time are never counted twice:
 * - `create`: no record of this volunteer touches the activity's time, make a new 待确认 record;
 * - `link`: the volunteer signed in during the activity and that record is not yet tied to any
 *   activity: tie it to this one (its measured time stands) instead of adding hours on top;
 * - `refuse`: the hours cannot be right (longer than the activity, or the time is already credited to
 *   another activity); `reason` is shown at the hours field.
 *
 * @example
 * const plan: ActivityHoursPlan = { kind: 'link', recordId: 'sr-1' };
 */
export type ActivityHoursPlan =
  | { kind: 'create'; minutes: number }
  | { kind: 'link'; recordId: string }
  | { kind: 'refuse'; reason: string };

/**
 * The part of a service record that decides overlap: its time and whether it counts.
 *
 * @example
 * const r: TimedRecord = { id: 'sr-1', signInAt: 0, signOutAt: 3_600_000, status: '待确认', activityId: null };
 */
export type TimedRecord = Pick<ServiceRecord, 'id' | 'signInAt' | 'signOutAt' | 'status' | 'activityId'>;

/**
 * Minutes two half-open spans [start, end) share; 0 when they only touch.
 *
 * @example
 * sharedMinutes({ start: 0, end: 3_600_000 }, { start: 1_800_000, end: 7_200_000 }) // => 30
 * sharedMinutes({ start: 0, end: 3_600_000 }, { start: 3_600_000, end: 7_200_000 }) // => 0
 */
export function sharedMinutes(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.floor((Math.min(a.end, b.end) - Math.max(a.start, b.start)) / MINUTE));
}

/**
 * Decides how to record `minutes` for one volunteer of `activity`, given that volunteer's service
 * records around the activity's time (`records`; voided ones are ignored, an open sign-in counts up to
 * `now`). Minutes must be a whole positive number no longer than the activity.
 *
 * @example
 * const activity = { id: 'a-1', start: Date.UTC(2026, 11, 1, 1), end: Date.UTC(2026, 11, 1, 3) };
 * planActivityHours(activity, 90, [], Date.UTC(2026, 11, 1, 4)) // => { kind: 'create', minutes: 90 }
 * planActivityHours(activity, 180, [], Date.UTC(2026, 11, 1, 4)) // => { kind: 'refuse', reason: '服务时长不能超过活动时长（120分钟）' }
 */
export function planActivityHours(
  activity: { id: string; start: number; end: number },
  minutes: number,
  records: readonly TimedRecord[],
  now: number,
): ActivityHoursPlan {
  const length = Math.floor((activity.end - activity.start) / MINUTE);
  if (!Number.isInteger(minutes) || minutes <= 0) return { kind: 'refuse', reason: '请填写服务时长（分钟）' };
  if (minutes > length) return { kind: 'refuse', reason: `服务时长不能超过活动时长（${length}分钟）` };
  const overlapping = records.filter(
    (r) => r.status !== '作废' && sharedMinutes(activity, { start: r.signInAt, end: r.signOutAt ?? now }) > 0,
  );
  const elsewhere = overlapping.find((r) => r.activityId !== null && r.activityId !== activity.id);
  if (elsewhere) return { kind: 'refuse', reason: '该志愿者这段时间的服务时长已计入其他活动' };
  const own = overlapping.find((r) => r.activityId === activity.id);
  if (own) return { kind: 'refuse', reason: '该志愿者已在本活动中登记了服务时长' };
  const signIn = overlapping[0];
  return signIn ? { kind: 'link', recordId: signIn.id } : { kind: 'create', minutes };
}
