import { describe, expect, it } from 'vitest';
import { findClashes, findGaps, indexRoster, clashesOf, type ClashContext } from '@shared/rosters/clashes';
import { expandShifts } from '@shared/rosters/expand';
import { shiftIndex, staffedCount } from '@shared/rosters/model';
import { CALENDAR, DESK, GATE, entry } from './rosters-fixture';

const births = new Map([
  ['kid', '2010-03-01'],
  ['adult', '1980-05-01'],
]);
const ctx: ClashContext = {
  shifts: shiftIndex([GATE, DESK]),
  birthDateOf: (id) => births.get(id),
  dailyCapMinutes: 480,
};

describe('clashes before saving', () => {
  it('treats back-to-back shifts (07:20–08:00 then 08:00–08:30) as not clashing', () => {
    const stored = [entry({ volunteerId: 'v-1', shiftId: 's-am' })];
    expect(findClashes([entry({ volunteerId: 'v-1', shiftId: 's-am2' })], stored, ctx)).toEqual([]);
  });

  it('finds the same volunteer on overlapping shifts of two posts, naming the other post', () => {
    const stored = [entry({ volunteerId: 'v-1', postId: DESK.id, shiftId: 's-day' })];
    const clashes = findClashes([entry({ volunteerId: 'v-1', shiftId: 's-am2' })], stored, ctx);
    expect(clashes).toEqual([
      {
        kind: '时间冲突',
        index: 0,
        volunteerId: 'v-1',
        date: '2026-12-07',
        withEntryId: 'e-v-1-s-day-2026-12-07',
        message: '与公益服务模范（东街社区站便民服务点）上午 08:15–11:30 时间重叠，请改排他人或换班次',
      },
    ]);
  });

  it('does not clash with the same shift on another date or with an entry on leave', () => {
    const stored = [
      entry({ volunteerId: 'v-1', date: '2026-12-08' }),
      entry({ volunteerId: 'v-1', status: '请假', id: 'leave' }),
    ];
    expect(findClashes([entry({ volunteerId: 'v-1', id: 'new' })], stored, ctx)).toEqual([]);
  });

  it('finds a volunteer put twice on one shift, also within the proposed list', () => {
    const twice = [entry({ volunteerId: 'v-2', id: 'a' }), entry({ volunteerId: 'v-2', id: 'b' })];
    const clashes = findClashes(twice, [], ctx);
    expect(clashes.map((c) => [c.kind, c.index, c.withEntryId])).toEqual([['重复排班', 1, 'a']]);
  });

  it('lets an edited entry replace its stored self instead of clashing with it', () => {
    const stored = entry({ volunteerId: 'v-1' });
    expect(findClashes([{ ...stored, shiftId: 's-am2' }], [stored], ctx)).toEqual([]);
  });

  it('flags a minor on an adults-only post but not on an open post or once of age', () => {
    expect(findClashes([entry({ volunteerId: 'kid' })], [], ctx).map((c) => c.kind)).toEqual(['未成年人']);
    expect(findClashes([entry({ volunteerId: 'kid', postId: DESK.id, shiftId: 's-day' })], [], ctx)).toEqual(
      [],
    );
    expect(findClashes([entry({ volunteerId: 'kid', date: '2028-03-01' })], [], ctx)).toEqual([]);
    expect(findClashes([entry({ volunteerId: 'adult' })], [], ctx)).toEqual([]);
  });

  it('flags a day over the cap with the total and the cap in hours', () => {
    const stored = [
      entry({ volunteerId: 'v-1', shiftId: 's-am' }),
      entry({ volunteerId: 'v-1', postId: DESK.id, shiftId: 's-day' }),
    ];
    const clashes = findClashes([entry({ volunteerId: 'v-1', shiftId: 's-pm' })], stored, {
      ...ctx,
      dailyCapMinutes: 240,
    });
    expect(clashes.map((c) => c.message)).toEqual(['当天排班合计4.67 小时，超过每日上限4 小时']);
    expect(findClashes([entry({ volunteerId: 'v-1', shiftId: 's-pm' })], stored, ctx)).toEqual([]);
  });

  it('checks a single entry against a prebuilt index', () => {
    const index = indexRoster([entry({ volunteerId: 'v-1', shiftId: 's-am' })]);
    expect(clashesOf(entry({ volunteerId: 'v-1', id: 'x' }), index, ctx).map((c) => c.kind)).toEqual([
      '重复排班',
    ]);
  });

  it('finds the one clash of a term of new entries among a year of rows', () => {
    // Speed at district scale is measured by npm run bench, not timed here.
    const dates = expandShifts(GATE, '2026-09-01', '2027-01-22', CALENDAR).filter(
      (o) => o.shiftId === 's-am',
    );
    const base = entry({ volunteerId: 'v0' });
    const stored = [];
    for (let v = 0; v < 300; v += 1)
      for (const o of dates)
        stored.push({ ...base, volunteerId: `v${v}`, date: o.date, id: `s${v}${o.date}` });
    const proposed = dates.map((o) =>
      entry({ volunteerId: 'v400', shiftId: 's-am2', date: o.date, id: `n${o.date}` }),
    );
    const clashDate = dates[40]?.date ?? '';
    stored.push({ ...base, volunteerId: 'v400', shiftId: 's-am2', date: clashDate, id: 'the-clash' });
    expect(stored.length).toBeGreaterThan(25_000);
    const clashes = findClashes(proposed, stored, ctx);
    expect(clashes.map((c) => [c.kind, c.date, c.withEntryId])).toEqual([
      ['重复排班', clashDate, 'the-clash'],
    ]);
  });
});

describe('gaps', () => {
  const day = expandShifts(GATE, '2026-12-07', '2026-12-07', CALENDAR);

  it('lists each under-staffed shift with how many are missing', () => {
    const gaps = findGaps(day, [
      entry({ volunteerId: 'v-1' }),
      entry({ volunteerId: 'v-2', shiftId: 's-am2' }),
    ]);
    expect(gaps.map((g) => [g.shiftId, g.staffed, g.missing])).toEqual([
      ['s-am', 1, 1],
      ['s-pm', 0, 2],
    ]);
  });

  it('does not count leave or absence, but counts the substitute who took the place', () => {
    const onLeave = [
      entry({ volunteerId: 'a', status: '请假' }),
      entry({ volunteerId: 'b', status: '缺勤' }),
    ];
    expect(findGaps(day.slice(0, 1), onLeave)[0]?.missing).toBe(2);
    const covered = [
      ...onLeave,
      entry({ volunteerId: 'c', substituteFor: 'a' }),
      entry({ volunteerId: 'd', status: '到岗' }),
    ];
    expect(findGaps(day.slice(0, 1), covered)).toEqual([]);
  });

  it('counts a substituted volunteer still marked 排班 once, with the substitute', () => {
    expect(staffedCount([entry({ volunteerId: 'a' }), entry({ volunteerId: 'c', substituteFor: 'a' })])).toBe(
      1,
    );
  });

  it('ignores deleted entries', () => {
    const gone = [entry({ volunteerId: 'a', deletedAt: 5 }), entry({ volunteerId: 'b' })];
    expect(findGaps(day.slice(0, 1), gone)[0]?.staffed).toBe(1);
  });
});
