import { describe, expect, it } from 'vitest';
import {
  attendanceRate,
  countArrived,
  fillRate,
  percentOf,
  rosterPeriodTally,
} from '@shared/rosters/period-figures';
import { rosterMonthOf, rosterMonthsOf } from '@shared/rosters/roster-months';
import { CALENDAR, DESK, GATE, entry } from './rosters-fixture';

// 09-28 (Mon) … 10-11 (Sun) 2026. The gate (校历, 2 + 1 + 2 people a day) runs 09-28, 09-29, 09-30,
// 10-08, 10-09 and the 调休 Saturday 10-10: 6 days, 18 shifts, 30 places; 国庆 10-01…10-07 and Sunday
// 10-11 are off. The desk (每天, 1 person) runs all 14 days: 14 shifts, 14 places.
const entries = [
  // 09-28 早岗 needs 2: a came, b was absent and c stood in for b: 2 filled.
  entry({ volunteerId: 'a', date: '2026-09-28', status: '到岗', serviceRecordId: 'sr-a' }),
  entry({ volunteerId: 'b', date: '2026-09-28', status: '缺勤' }),
  entry({
    volunteerId: 'c',
    date: '2026-09-28',
    status: '到岗',
    substituteFor: 'b',
    serviceRecordId: 'sr-c',
  }),
  // 早岗二 needs 1: d on leave, nobody else: 0 filled.
  entry({ volunteerId: 'd', date: '2026-09-28', shiftId: 's-am2', status: '请假' }),
  // 午岗 needs 2, three rostered: 2 filled (the extra one does not count); a deleted row is no one.
  ...['e', 'f', 'g'].map((v) => entry({ volunteerId: v, date: '2026-09-28', shiftId: 's-pm' })),
  entry({ volunteerId: 'y', date: '2026-09-28', shiftId: 's-pm', status: '到岗', deletedAt: 9 }),
  // Later absences: b again on the 调休 Saturday, f once.
  entry({ volunteerId: 'b', date: '2026-10-10', status: '缺勤' }),
  entry({ volunteerId: 'f', date: '2026-10-09', shiftId: 's-pm', status: '缺勤' }),
  // The desk on 09-30: a came.
  entry({
    volunteerId: 'a',
    postId: DESK.id,
    shiftId: 's-day',
    date: '2026-09-30',
    status: '到岗',
    serviceRecordId: 'sr-a2',
  }),
  // Outside the period, and at a post not in the report: not counted.
  entry({ volunteerId: 'z', date: '2026-10-12', status: '缺勤' }),
  entry({ volunteerId: 'x', postId: 'p-gone', date: '2026-09-29', status: '缺勤' }),
];

const minutes = new Map([
  ['sr-a', 40],
  ['sr-c', 30],
  ['sr-a2', 25],
]);

function tallied() {
  const tally = rosterPeriodTally([GATE, DESK], CALENDAR);
  // The stored month rows of every entry: the period's days are picked out of them.
  tally.addMonths(
    '2026-09-28',
    '2026-10-11',
    rosterMonthsOf(entries, (id) => minutes.get(id) ?? 0),
  );
  return { tally };
}

describe('roster figures for a report period', () => {
  it('counts the places a post needed only on the days it runs, holidays and weekends left out', () => {
    const [gate, desk] = tallied().tally.result(20).byPost;
    expect(gate).toMatchObject({ postId: GATE.id, shifts: 18, needed: 30 });
    expect(desk).toMatchObject({ postId: DESK.id, shifts: 14, needed: 14 });
  });

  it('fills a place with an on-duty entry or a substitute, never more than the shift needs', () => {
    const [gate, desk] = tallied().tally.result(20).byPost;
    expect(gate?.filled).toBe(4);
    expect(desk?.filled).toBe(1);
  });

  it('counts 到岗, 缺勤 and 请假 per post, skipping deleted rows, other posts and other days', () => {
    const { byPost, total } = tallied().tally.result(20);
    expect(byPost[0]).toMatchObject({ arrived: 2, absent: 3, leave: 1 });
    expect(byPost[1]).toMatchObject({ arrived: 1, absent: 0, leave: 0 });
    expect(total).toEqual({
      shifts: 32,
      needed: 44,
      filled: 5,
      arrived: 3,
      absent: 3,
      leave: 1,
      servedMinutes: 95,
    });
  });

  it('adds the minutes of the sign-ins linked to 到岗 entries to their post', () => {
    expect(
      tallied()
        .tally.result(20)
        .byPost.map((l) => l.servedMinutes),
    ).toEqual([70, 25]);
  });

  it('lists the volunteers with most absences first, cut to the number asked for', () => {
    const { tally } = tallied();
    expect(tally.topAbsent(20)).toEqual(['b', 'f']);
    expect(tally.result(20, new Map([['b', 3]])).absences).toEqual([
      { volunteerId: 'b', absent: 2, leave: 0, arrived: 3 },
      { volunteerId: 'f', absent: 1, leave: 0, arrived: 0 },
    ]);
    expect(tally.result(1).absences.map((a) => a.volunteerId)).toEqual(['b']);
  });

  it('gives fill and attendance rates in percent, with none when nothing was due', () => {
    const [gate] = tallied().tally.result(20).byPost;
    expect(gate && fillRate(gate)).toBe(13.3);
    expect(gate && attendanceRate(gate)).toBe(40);
    expect(attendanceRate({ arrived: 0, absent: 0 })).toBeNull();
    expect(percentOf(2, 3)).toBe(66.7);
  });
});

describe('stored month rows of the roster', () => {
  it("keeps one row per post and month, with each day's staffed shifts and statuses", () => {
    const rows = rosterMonthsOf(entries, (id) => minutes.get(id) ?? 0);
    expect(rows.map((r) => r.id)).toEqual([
      '2026-09|p-desk',
      '2026-09|p-gate',
      '2026-09|p-gone',
      '2026-10|p-gate',
    ]);
    const gate = rows[1];
    expect(gate?.shiftIds).toEqual(['s-am', 's-am2', 's-pm']);
    // 09-28: 2 到岗, 1 缺勤, 1 请假, 70 minutes; 早岗 2 people, 早岗二 none, 午岗 3 (the deleted row is no one).
    expect(gate?.cells).toEqual([28, 2, 1, 1, 70, 2, 0, 3]);
    expect(gate?.people).toEqual([
      ['b', 28, 1, 0],
      ['d', 28, 0, 1],
    ]);
  });

  it('counts a sign-in linked from two entries once', () => {
    const twice = [
      entry({ volunteerId: 'a', date: '2026-09-28', status: '到岗', serviceRecordId: 'sr-a' }),
      entry({
        volunteerId: 'a',
        date: '2026-09-28',
        shiftId: 's-am2',
        status: '到岗',
        serviceRecordId: 'sr-a',
      }),
    ];
    expect(rosterMonthOf(GATE.id, '2026-09', twice, () => 40)?.cells[4]).toBe(40);
  });

  it('stores nothing for a post and month whose entries are all deleted', () => {
    const gone = [entry({ volunteerId: 'a', date: '2026-09-28', deletedAt: 5 })];
    expect(rosterMonthOf(GATE.id, '2026-09', gone, () => 0)).toBeNull();
  });

  it('counts the arrivals of the listed volunteers at the posts in the report only', () => {
    const arrived = countArrived(entries, new Set([GATE.id]), '2026-09-28', '2026-10-11');
    expect(Object.fromEntries(arrived)).toEqual({ a: 1, c: 1 });
  });
});
