import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planActivityHours, sharedMinutes, type TimedRecord } from '@shared/activities/activity-hours';

const H = 3_600_000;
const START = Date.UTC(2026, 11, 1, 1); // 09:00 in 福州
const activity = { id: 'a-1', start: START, end: START + 2 * H };
const NOW = START + 5 * H;

function record(over: Partial<TimedRecord>): TimedRecord {
  return { id: 'sr-1', signInAt: START, signOutAt: START + H, status: '待确认', activityId: null, ...over };
}

describe('hours entered for an activity', () => {
  it('makes a new record when the volunteer has none at that time', () => {
    const before = record({ signInAt: START - 3 * H, signOutAt: START - 2 * H });
    expect(planActivityHours(activity, 90, [before], NOW)).toEqual({ kind: 'create', minutes: 90 });
  });

  it('treats a sign-out exactly at the activity start as not overlapping', () => {
    const touching = record({ signInAt: START - H, signOutAt: START });
    expect(planActivityHours(activity, 60, [touching], NOW)).toEqual({ kind: 'create', minutes: 60 });
  });

  it('ties a desk sign-in during the activity to it instead of counting the time twice', () => {
    const signedIn = record({ id: 'sr-desk', signInAt: START + 10 * 60_000, signOutAt: START + H });
    expect(planActivityHours(activity, 120, [signedIn], NOW)).toEqual({ kind: 'link', recordId: 'sr-desk' });
  });

  it('counts a volunteer still signed in as overlapping up to now', () => {
    const open = record({ id: 'sr-open', signInAt: START + H, signOutAt: null, status: '服务中' });
    expect(planActivityHours(activity, 60, [open], START + H + 30 * 60_000)).toEqual({
      kind: 'link',
      recordId: 'sr-open',
    });
  });

  it('ignores voided records', () => {
    expect(planActivityHours(activity, 60, [record({ status: '作废' })], NOW)).toEqual({
      kind: 'create',
      minutes: 60,
    });
  });

  it('refuses hours longer than the activity, or none', () => {
    expect(planActivityHours(activity, 121, [], NOW)).toEqual({
      kind: 'refuse',
      reason: '服务时长不能超过活动时长（120分钟）',
    });
    expect(planActivityHours(activity, 0, [], NOW)).toEqual({
      kind: 'refuse',
      reason: '请填写服务时长（分钟）',
    });
  });

  it('refuses time already credited to another activity or to this one', () => {
    expect(planActivityHours(activity, 60, [record({ activityId: 'a-2' })], NOW)).toEqual({
      kind: 'refuse',
      reason: '该志愿者这段时间的服务时长已计入其他活动',
    });
    expect(planActivityHours(activity, 60, [record({ activityId: 'a-1' })], NOW)).toEqual({
      kind: 'refuse',
      reason: '该志愿者已在本活动中登记了服务时长',
    });
  });

  it('never plans a new record over time a counted record already covers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ from: fc.integer({ min: -240, max: 300 }), length: fc.integer({ min: 1, max: 240 }) }),
          {
            maxLength: 5,
          },
        ),
        fc.integer({ min: 1, max: 120 }),
        (spans, minutes) => {
          const records = spans.map((s, i) =>
            record({
              id: `sr-${i}`,
              signInAt: START + s.from * 60_000,
              signOutAt: START + (s.from + s.length) * 60_000,
            }),
          );
          const plan = planActivityHours(activity, minutes, records, NOW);
          const covered = records.some(
            (r) => sharedMinutes(activity, { start: r.signInAt, end: r.signOutAt ?? NOW }) > 0,
          );
          expect(plan.kind).toBe(covered ? 'link' : 'create');
        },
      ),
    );
  });
});
