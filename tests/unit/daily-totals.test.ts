import { describe, expect, it } from 'vitest';
import type { Activity, Booking, ServiceRecord, Volunteer } from '@shared/model';
import {
  dayTotals,
  packServed,
  unpackServed,
  type DayRows,
  type VolunteerDay,
  type VolunteerMonth,
} from '@shared/stats/daily-totals';
import {
  addTotals,
  applyDayChange,
  monthDelta,
  recordDelta,
  monthsFromDays,
} from '@shared/stats/totals-changes';
import { computeReport } from '@shared/stats/report';
import { reportFromTotals } from '@shared/stats/report-from-totals';
import { periodContaining, rangePeriod, type ReportPeriod } from '@shared/stats/report-periods';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';

const at = (day: string, hh: number, mm = 0) => fromDateAndMinutes(day, hh * 60 + mm);

const activity = (id: string, day: string, over: Partial<Activity> = {}) =>
  ({
    id,
    category: '理论宣讲',
    projectId: null,
    stationId: null,
    participants: 10,
    beneficiaries: 20,
    start: at(day, 9),
    bookingId: null,
    deletedAt: null,
    ...over,
  }) as Activity;
const record = (id: string, volunteerId: string, signInAt: number, over: Partial<ServiceRecord> = {}) =>
  ({
    id,
    volunteerId,
    activityId: null,
    signInAt,
    status: '已确认',
    creditedMinutes: 60,
    deletedAt: null,
    ...over,
  }) as ServiceRecord;
const booking = (id: string, start: number, over: Partial<Booking> = {}) =>
  ({
    id,
    status: '已完成',
    start,
    category: '法治',
    actualAttendees: 30,
    deletedAt: null,
    ...over,
  }) as Booking;
const person = (id: string, over: Partial<Volunteer> = {}) =>
  ({
    id,
    politicalStatus: '群众',
    birthDate: '1990-01-01',
    createdAt: 0,
    deletedAt: null,
    ...over,
  }) as Volunteer;

const none: DayRows = { activities: [], bookings: [], records: [], recordActivities: [], volunteers: [] };

describe('one day’s totals', () => {
  it('counts a record crossing midnight on the day it signed in, and only 已确认 live records', () => {
    const lateNight = record('r1', 'v1', at('2026-11-10', 23, 30), { creditedMinutes: 90 });
    const rows: DayRows = {
      ...none,
      records: [
        lateNight,
        record('r2', 'v2', at('2026-11-10', 9), { status: '待确认' }),
        record('r3', 'v3', at('2026-11-10', 9), { status: '作废' }),
        record('r4', 'v4', at('2026-11-10', 9), { deletedAt: 5 }),
      ],
      volunteers: [person('v1')],
    };
    const tenth = dayTotals('2026-11-10', rows);
    expect(tenth.totals).toEqual([
      expect.objectContaining({ stationId: null, volunteerServices: 1, volunteerMinutes: 90, sessions: 0 }),
    ]);
    expect(tenth.volunteerDays).toEqual([
      { id: '2026-11-10|*', day: '2026-11-10', scope: '*', volunteers: { v1: [1, 0, '1990-01-01'] } },
    ]);
    expect(dayTotals('2026-11-11', rows)).toEqual({ totals: [], volunteerDays: [] });
  });

  it('places records under their activity’s 所/站, even a deleted activity, and counts sessions per key', () => {
    const rows: DayRows = {
      activities: [
        activity('a1', '2026-11-10', { stationId: 's1', projectId: 'p1' }),
        activity('a2', '2026-11-10', { stationId: 's1', projectId: 'p1', participants: 5 }),
        activity('gone', '2026-11-10', { stationId: 's2', deletedAt: 3 }),
      ],
      bookings: [],
      records: [
        record('r1', 'v1', at('2026-11-10', 10), { activityId: 'a1' }),
        record('r2', 'v1', at('2026-11-10', 14), { activityId: 'old' }),
        record('r3', 'v2', at('2026-11-10', 10), { activityId: 'gone' }),
      ],
      recordActivities: [{ id: 'old', stationId: 's1', category: '理论宣讲', projectId: 'p1' }],
      volunteers: [person('v1', { politicalStatus: '中共党员' }), person('v2', { birthDate: '2010-05-01' })],
    };
    const { totals, volunteerDays } = dayTotals('2026-11-10', rows);
    expect(totals.map((t) => [t.id, t.sessions, t.participants, t.volunteerServices])).toEqual([
      ['2026-11-10|s1|理论宣讲|p1', 2, 15, 2],
      ['2026-11-10|s2|理论宣讲|-', 0, 0, 1],
    ]);
    expect(volunteerDays.map((d) => [d.scope, d.volunteers])).toEqual([
      ['*', { v1: [2, 1, '1990-01-01'], v2: [1, 0, '2010-05-01'] }],
      ['s1', { v1: [2, 1, '1990-01-01'] }],
      ['s2', { v2: [1, 0, '2010-05-01'] }],
    ]);
  });

  it('counts a held booking no activity records as a session of the center, and no cancelled or deleted one', () => {
    const day = '2026-11-10';
    const rows: DayRows = {
      ...none,
      activities: [activity('a1', day, { bookingId: 'b2', category: '法治' })],
      bookings: [
        booking('b1', at(day, 9)),
        booking('b2', at(day, 14)),
        booking('b3', at(day, 15), { status: '已取消' }),
        booking('b4', at(day, 16), { deletedAt: 9 }),
        booking('b5', at(day, 17), { status: '已签到', actualAttendees: null }),
      ],
    };
    expect(dayTotals(day, rows).totals).toEqual([
      expect.objectContaining({ id: `${day}|-|法治|-`, sessions: 3, participants: 40, beneficiaries: 50 }),
    ]);
  });
});

describe('a change of records', () => {
  const day = '2026-11-02';
  const place = activity('a1', '2026-10-30', { stationId: 'st-1', category: '文化文艺' });

  it('moves a re-credited record’s minutes without counting it twice, and leaves who served alone', () => {
    const before = record('r1', 'v1', at(day, 9), { activityId: 'a1', creditedMinutes: 60 });
    const after = { ...before, creditedMinutes: 90 };
    const delta = recordDelta([before], [after], [place]);
    expect(delta.lines).toEqual([
      expect.objectContaining({
        id: `${day}|st-1|文化文艺|-`,
        volunteerServices: 0,
        volunteerMinutes: 30,
      }),
    ]);
    expect(delta.served).toEqual([]);
  });

  it('takes a voided record out of its 所/站 and the center, and adds nothing for an unconfirmed one', () => {
    const before = record('r1', 'v1', at(day, 9), { activityId: 'a1' });
    const delta = recordDelta([before], [{ ...before, status: '作废' }], [place]);
    expect(delta.served).toEqual([
      { day, scope: '*', volunteerId: 'v1', change: -1 },
      { day, scope: 'st-1', volunteerId: 'v1', change: -1 },
    ]);
    const stored = dayTotals(day, { ...none, records: [before], recordActivities: [place] }).totals[0];
    expect(stored && addTotals(stored, delta.lines[0] ?? stored)).toBeNull();
    expect(recordDelta([], [record('r2', 'v2', at(day, 10), { status: '待确认' })], [])).toEqual({
      lines: [],
      served: [],
    });
  });
});

describe('month totals', () => {
  it('add up a month’s day rows, and follow a day row changed or gone', () => {
    const days = dayTotals('2026-11-02', {
      ...none,
      activities: [activity('a1', '2026-11-02')],
      records: [record('r1', 'v1', at('2026-11-02', 9), { activityId: 'a1' })],
    }).totals;
    const later = dayTotals('2026-11-20', { ...none, activities: [activity('a2', '2026-11-20')] }).totals;
    const month = monthDelta([], [...days, ...later]);
    expect(month).toEqual([
      expect.objectContaining({
        id: '2026-11|-|理论宣讲|-',
        sessions: 2,
        participants: 20,
        volunteerServices: 1,
        volunteerMinutes: 60,
      }),
    ]);
    expect(monthDelta(later, [])).toEqual([
      expect.objectContaining({ sessions: -1, participants: -10, volunteerServices: 0 }),
    ]);
    expect(monthDelta(later, later)).toEqual([]);
  });
});

describe('stored rows of who served', () => {
  it('unpack to the tally they were packed from, births and party members included', () => {
    const row: VolunteerMonth = {
      id: '2026-11|st-1',
      month: '2026-11',
      scope: 'st-1',
      volunteers: { v1: [3, 1, '2010-05-01'], v2: [1, 0, null] },
    };
    expect(typeof packServed(row).volunteers).toBe('string');
    expect(unpackServed<VolunteerMonth>(packServed(row))).toEqual(row);
    expect(unpackServed<VolunteerMonth>(packServed({ ...row, volunteers: {} })).volunteers).toEqual({});
  });
});

describe('month rows', () => {
  const day = (d: string, volunteers: VolunteerDay['volunteers']): VolunteerDay => ({
    id: `${d}|*`,
    day: d,
    scope: '*',
    volunteers,
  });

  it('count the days each volunteer served, whatever the records per day', () => {
    const months = monthsFromDays([
      day('2026-11-02', { v1: [3, 0, null] }),
      day('2026-11-05', { v1: [1, 0, null], v2: [1, 1, null] }),
      day('2026-12-01', { v2: [1, 1, null] }),
    ]);
    expect(months.map((m) => [m.id, m.volunteers])).toEqual([
      ['2026-11|*', { v1: [2, 0, null], v2: [1, 1, null] }],
      ['2026-12|*', { v2: [1, 1, null] }],
    ]);
  });

  it('follow a day’s change of who served, and drop a volunteer left with no day', () => {
    const month: VolunteerMonth = {
      id: '2026-11|*',
      month: '2026-11',
      scope: '*',
      volunteers: { v1: [2, 0, null] },
    };
    expect(applyDayChange(month, { v1: [1, 0, null] }, { v1: [4, 0, null] })).toBe(false);
    expect(applyDayChange(month, { v1: [1, 0, null] }, { v2: [1, 1, '2010-01-01'] })).toBe(true);
    expect(month.volunteers).toEqual({ v1: [1, 0, null], v2: [1, 1, '2010-01-01'] });
    applyDayChange(month, { v1: [1, 0, null] }, {});
    expect(month.volunteers).toEqual({ v2: [1, 1, '2010-01-01'] });
  });
});

/** Builds the stored rows of every day from `rows` and reads them as the repository does. */
function fromStored(rows: DayRows, period: ReportPeriod, stationId: string | null) {
  const days = new Set([
    ...rows.records.map((r) => dateKey(r.signInAt)),
    ...rows.activities.map((a) => dateKey(a.start)),
    ...rows.bookings.map((b) => dateKey(b.start)),
  ]);
  const all = [...days].map((d) => dayTotals(d, rows));
  const inPeriod = (d: string) => d >= period.firstDay && d <= period.lastDay;
  return reportFromTotals(
    {
      totals: all.flatMap((t) => t.totals).filter((t) => inPeriod(t.day)),
      served: all.flatMap((t) => t.volunteerDays).filter((d) => inPeriod(d.day)),
      newVolunteers: 0,
      documents: [],
      ordersPlaced: [],
      ordersCompleted: [],
      honours: [],
      openFollowUps: 0,
    },
    period,
    stationId,
  );
}

describe('a report from stored totals', () => {
  const v = [
    person('v1', { politicalStatus: '中共党员' }),
    person('v2', { birthDate: '2008-12-15' }),
    person('v3'),
  ];
  const activities = [
    activity('a1', '2026-11-01', { stationId: 's1', category: '文明实践' as Activity['category'] }),
    activity('a2', '2026-11-30', { participants: 5, beneficiaries: 7, bookingId: 'b2', projectId: 'p1' }),
    activity('a3', '2026-12-01', { stationId: 's1' }),
    activity('gone', '2026-11-15', { deletedAt: 1 }),
  ];
  const records = [
    record('r1', 'v1', at('2026-10-31', 23, 50), { activityId: 'a1' }),
    record('r2', 'v1', at('2026-11-01', 0, 0), { activityId: 'a1', creditedMinutes: 120 }),
    record('r3', 'v2', at('2026-11-30', 23, 59), { activityId: 'a2' }),
    record('r4', 'v3', at('2026-11-12', 9), { status: '待确认' }),
    record('r5', 'v3', at('2026-12-01', 0, 0), { activityId: 'a3' }),
    record('r6', 'v2', at('2026-11-20', 9), { deletedAt: 4 }),
  ];
  const rows: DayRows = {
    activities,
    bookings: [booking('b1', at('2026-11-10', 9)), booking('b2', at('2026-11-30', 9))],
    records,
    recordActivities: [],
    volunteers: v,
  };

  it('gives hand-counted figures at the month’s edges', () => {
    const nov = periodContaining('month', '2026-11-10');
    const r = fromStored(rows, nov, null);
    expect(r.figures).toMatchObject({
      sessions: 3,
      participants: 45,
      beneficiaries: 57,
      volunteerServices: 2,
      volunteerHours: 3,
      activeVolunteers: 2,
      partyMembers: 1,
      minors: 1,
    });
    expect(fromStored(rows, nov, 's1').figures).toMatchObject({
      sessions: 1,
      volunteerServices: 1,
      activeVolunteers: 1,
    });
  });

  it('equals computeReport on the same rows, for the center and a 所/站, over months, weeks and ranges', () => {
    const periods = [
      periodContaining('month', '2026-11-10'),
      periodContaining('month', '2026-12-10'),
      periodContaining('quarter', '2026-11-10'),
      periodContaining('week', '2026-11-30'),
      rangePeriod('2026-10-31', addDays('2026-10-31', 1)),
    ];
    for (const period of periods) {
      for (const station of [null, 's1']) {
        const full = computeReport(
          {
            activities: activities.filter((a) => a.start >= period.from && a.start < period.to),
            bookings: station === null ? rows.bookings : [],
            records,
            recordActivities: activities,
            volunteers: v,
            newVolunteers: [],
            documents: [],
            ordersPlaced: [],
            ordersCompleted: [],
            honours: [],
            openFollowUps: 0,
          },
          period,
          station,
        );
        expect(fromStored(rows, period, station)).toEqual(full);
      }
    }
  });
});
