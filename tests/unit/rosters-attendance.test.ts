import { describe, expect, it } from 'vitest';
import { matchAttendance, type SignInLike } from '@shared/rosters/attendance';
import { shiftIndex, type RosterEntry } from '@shared/rosters/model';
import { fromDateAndMinutes } from '@shared/time/center-time';
import { DESK, GATE, entry } from './rosters-fixture';

const shifts = shiftIndex([GATE, DESK]);
const at = (hhmm: string, date = '2026-12-07') => {
  const [h, m] = hhmm.split(':').map(Number);
  return fromDateAndMinutes(date, (h ?? 0) * 60 + (m ?? 0));
};
/** A sign-in scanned at the gate post by default; `null` = at the desk; any other text = a 岗位 name only. */
const signIn = (
  id: string,
  volunteerId: string,
  time: string,
  post: string | null = GATE.id,
): SignInLike => ({
  id,
  volunteerId,
  signInAt: at(time),
  signOutAt: null,
  post: post === GATE.id ? GATE.name : post,
  dutyPostId: post === GATE.id ? GATE.id : null,
});
const match = (entries: RosterEntry[], records: SignInLike[], now: number, earlyMinutes?: number) =>
  matchAttendance({ entries, records, shifts, now, earlyMinutes });
const DURING = at('07:40');
const AFTER = at('08:01');

describe('matching sign-ins to the roster', () => {
  it('marks a rostered volunteer who signs in at the post as arrived, linked to the record', () => {
    const r = match([entry({ volunteerId: 'v-1' })], [signIn('sr-1', 'v-1', '07:15')], DURING);
    expect(r.changes).toEqual([
      { kind: 'arrived', entryId: 'e-v-1-s-am-2026-12-07', serviceRecordId: 'sr-1' },
    ]);
    expect(r.unmatched).toEqual([]);
  });

  it('accepts a desk sign-in up to the shift end but not one too early or at another post', () => {
    const e = [entry({ volunteerId: 'v-1' })];
    const kinds = (rec: SignInLike) => match(e, [rec], DURING).changes;
    expect(kinds(signIn('a', 'v-1', '08:00', null))).toHaveLength(1);
    expect(kinds(signIn('b', 'v-1', '06:49'))).toEqual([]);
    expect(kinds(signIn('c', 'v-1', '07:30', '公益服务模范'))).toEqual([]);
  });

  it('tells posts sharing one 岗位 name apart by the post scanned at', () => {
    const mine = [entry({ volunteerId: 'v-1' })];
    const elsewhere = { ...signIn('x', 'v-1', '07:30'), dutyPostId: 'p-other-school' };
    expect(match(mine, [elsewhere], DURING).changes).toEqual([]);
    expect(match(mine, [signIn('n', 'v-1', '07:30', GATE.name)], DURING).changes).toHaveLength(1);
    const nameOnly = signIn('n9', 'v-9', '07:30', GATE.name);
    expect(match(mine, [nameOnly], AFTER).changes.map((c) => c.kind)).toEqual(['absent']);
  });

  it('honours a wider early window when asked', () => {
    const r = match([entry({ volunteerId: 'v-1' })], [signIn('b', 'v-1', '06:49')], DURING, 45);
    expect(r.changes.map((c) => c.kind)).toEqual(['arrived']);
  });

  it('uses one sign-in for one shift only, so back-to-back shifts need their own', () => {
    const entries = [entry({ volunteerId: 'v-1' }), entry({ volunteerId: 'v-1', shiftId: 's-am2' })];
    const r = match(entries, [signIn('sr-1', 'v-1', '07:55')], DURING);
    expect(r.changes).toEqual([
      { kind: 'arrived', entryId: 'e-v-1-s-am-2026-12-07', serviceRecordId: 'sr-1' },
    ]);
  });

  it('marks a no-show absent only after the shift ends, and leaves leave as leave', () => {
    const entries = [entry({ volunteerId: 'v-1' }), entry({ volunteerId: 'v-2', status: '请假' })];
    expect(match(entries, [], DURING).changes).toEqual([]);
    expect(match(entries, [], AFTER).changes).toEqual([
      { kind: 'absent', entryId: 'e-v-1-s-am-2026-12-07', coveredBy: null },
    ]);
  });

  it("lets a substitute's sign-in at the post fill the absent one's place", () => {
    const entries = [entry({ volunteerId: 'v-1' }), entry({ volunteerId: 'v-2' })];
    const records = [signIn('sr-2', 'v-2', '07:18'), signIn('sr-9', 'v-9', '07:25')];
    const r = match(entries, records, AFTER);
    expect(r.changes).toEqual([
      { kind: 'arrived', entryId: 'e-v-2-s-am-2026-12-07', serviceRecordId: 'sr-2' },
      {
        kind: 'substitute',
        forEntryId: 'e-v-1-s-am-2026-12-07',
        entry: {
          postId: GATE.id,
          shiftId: 's-am',
          date: '2026-12-07',
          volunteerId: 'v-9',
          patternId: null,
          status: '到岗',
          substituteFor: 'v-1',
          serviceRecordId: 'sr-9',
        },
      },
      { kind: 'absent', entryId: 'e-v-1-s-am-2026-12-07', coveredBy: 'v-9' },
    ]);
  });

  it('does not take a desk sign-in by someone unrostered as a substitute', () => {
    const r = match([entry({ volunteerId: 'v-1' })], [signIn('sr-9', 'v-9', '07:25', null)], AFTER);
    expect(r.changes).toEqual([{ kind: 'absent', entryId: 'e-v-1-s-am-2026-12-07', coveredBy: null }]);
    expect(r.unmatched).toEqual(['sr-9']);
  });

  it('fills the place of someone on leave, unless a substitute is already planned', () => {
    const leave = entry({ volunteerId: 'v-1', status: '请假' });
    const walkIn = [signIn('sr-9', 'v-9', '07:25')];
    expect(match([leave], walkIn, DURING).changes.map((c) => c.kind)).toEqual(['substitute']);
    const planned = entry({
      volunteerId: 'v-5',
      substituteFor: 'v-1',
      status: '到岗',
      serviceRecordId: 'sr-5',
    });
    const r = match([leave, planned], walkIn, AFTER);
    expect(r).toEqual({ changes: [], unmatched: ['sr-9'] });
  });

  it('marks a planned substitute who came as arrived and the one replaced as covered', () => {
    const away = entry({ volunteerId: 'v-1' });
    const sub = entry({ volunteerId: 'v-5', substituteFor: 'v-1' });
    const r = match([away, sub], [signIn('sr-5', 'v-5', '07:20')], AFTER);
    expect(r.changes).toEqual([
      { kind: 'arrived', entryId: sub.id, serviceRecordId: 'sr-5' },
      { kind: 'absent', entryId: away.id, coveredBy: 'v-5' },
    ]);
  });

  it('leaves entries and records already linked alone', () => {
    const done = entry({ volunteerId: 'v-1', status: '到岗', serviceRecordId: 'sr-1' });
    const r = match([done], [signIn('sr-1', 'v-1', '07:20')], AFTER);
    expect(r).toEqual({ changes: [], unmatched: [] });
  });
});
