import { describe, expect, it } from 'vitest';
import { ACTIVITY_COUNTED_FIELDS, sameCounted } from '@shared/stats/daily-totals';

const held = {
  id: 'a1',
  start: 100,
  participants: 20,
  beneficiaries: 30,
  title: '读书会',
  volunteerCount: 0,
};
const fields = ['id', 'start', 'participants', 'beneficiaries'] as const;

describe('an activity write the totals need not recount', () => {
  it('leaves the totals alone when only the title or the volunteer count changed', () => {
    expect(sameCounted(fields, [held], [{ ...held, title: '读书分享会', volunteerCount: 40 }])).toBe(true);
  });

  it('recounts when a counted figure changed', () => {
    expect(sameCounted(fields, [held], [{ ...held, participants: 21 }])).toBe(false);
    expect(sameCounted(fields, [held], [{ ...held, start: 200 }])).toBe(false);
  });

  it('recounts a new activity and a deleted one', () => {
    expect(sameCounted(fields, [], [held])).toBe(false);
    expect(sameCounted(fields, [held], [])).toBe(false);
    expect(sameCounted(fields, [held], [{ ...held, id: 'a2' }])).toBe(false);
  });

  it('counts every field a day of totals is computed from', () => {
    expect([...ACTIVITY_COUNTED_FIELDS].sort()).toEqual(
      [
        'beneficiaries',
        'bookingId',
        'category',
        'deletedAt',
        'id',
        'participants',
        'projectId',
        'start',
        'stationId',
      ].sort(),
    );
  });
});
