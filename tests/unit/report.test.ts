import { describe, expect, it } from 'vitest';
import type { Activity, ServiceOrder, ServiceRecord } from '@shared/model';
import { compareReports, computeReport, describeChange, type ReportRows } from '@shared/stats/report';
import { periodContaining } from '@shared/stats/report-periods';
import { fromDateAndMinutes } from '@shared/time/center-time';

const nov = periodContaining('month', '2026-11-10');
const at = (day: string, hh: number) => fromDateAndMinutes(day, hh * 60);

const activity = (id: string, day: string, over: Partial<Activity> = {}) =>
  ({
    id,
    category: '理论宣讲',
    projectId: null,
    stationId: null,
    participants: 10,
    beneficiaries: 20,
    start: at(day, 9),
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
const order = (over: Partial<ServiceOrder>) =>
  ({
    status: '已办结',
    stationId: null,
    orderedAt: at('2026-11-02', 9),
    dispatchedAt: at('2026-11-02', 10),
    completedAt: at('2026-11-03', 9),
    rating: 5,
    deletedAt: null,
    ...over,
  }) as ServiceOrder;

function rows(over: Partial<ReportRows> = {}): ReportRows {
  return {
    activities: [
      activity('a1', '2026-11-01', { stationId: 's1', category: '文明实践' as Activity['category'] }),
      activity('a2', '2026-11-30', { participants: 5, beneficiaries: 7, bookingId: 'b2' }),
      activity('gone', '2026-11-15', { deletedAt: 1 }),
    ],
    // Held bookings without an activity count as sessions; one recorded as activity a2 does not count twice.
    bookings: [
      {
        id: 'b1',
        status: '已完成',
        start: at('2026-11-10', 9),
        category: '文化文艺',
        actualAttendees: 30,
        deletedAt: null,
      },
      {
        id: 'b2',
        status: '已签到',
        start: at('2026-11-30', 9),
        category: '志愿服务',
        actualAttendees: 5,
        deletedAt: null,
      },
      {
        id: 'b3',
        status: '已确认',
        start: at('2026-11-12', 9),
        category: '文化文艺',
        actualAttendees: null,
        deletedAt: null,
      },
      {
        id: 'b4',
        status: '已完成',
        start: at('2026-11-13', 9),
        category: '文化文艺',
        actualAttendees: 9,
        deletedAt: 1,
      },
    ],
    records: [
      // 23:30 on 30 November to 01:30 on 1 December: counts in November, where it signed in.
      record('r1', 'v1', at('2026-11-30', 23.5), { creditedMinutes: 120, activityId: 'a2' }),
      record('r2', 'v2', at('2026-11-01', 9), { creditedMinutes: 90, activityId: 'a1' }),
      record('r3', 'v2', at('2026-11-05', 9), { creditedMinutes: 30, activityId: 'old' }),
      record('pending', 'v3', at('2026-11-05', 9), { status: '待确认' }),
      record('void', 'v3', at('2026-11-05', 9), { status: '作废' }),
      record('deleted', 'v3', at('2026-11-05', 9), { deletedAt: 1 }),
      record('december', 'v3', at('2026-12-01', 0)),
    ],
    recordActivities: [{ id: 'old', stationId: 's1', deletedAt: null }],
    volunteers: [
      { id: 'v1', politicalStatus: '中共党员', birthDate: '2009-01-01', createdAt: 0, deletedAt: null },
      { id: 'v2', politicalStatus: '群众', birthDate: '2008-11-30', createdAt: 0, deletedAt: null },
      { id: 'v3', politicalStatus: '中共预备党员', birthDate: null, createdAt: 0, deletedAt: null },
    ],
    newVolunteers: [
      { id: 'n1', createdAt: at('2026-11-01', 0), deletedAt: null },
      { id: 'n2', createdAt: at('2026-12-01', 0), deletedAt: null },
      { id: 'n3', createdAt: at('2026-11-20', 0), deletedAt: 5 },
    ],
    documents: [
      { kind: '感谢信', issuedAt: at('2026-11-02', 9), status: '已打印', deletedAt: null },
      { kind: '感谢信', issuedAt: at('2026-11-02', 9), status: '已作废', deletedAt: null },
      { kind: '荣誉证书', issuedAt: at('2026-11-02', 9), status: '待打印', deletedAt: null },
    ],
    ordersPlaced: [
      order({}),
      order({ status: '服务中', completedAt: null, stationId: 's1', rating: null }),
      order({ status: '不受理', dispatchedAt: null, completedAt: null, rating: null }),
    ],
    ordersCompleted: [order({}), order({ orderedAt: at('2026-10-30', 9), rating: 3, stationId: 's1' })],
    honours: [
      {
        id: 'h1',
        period: '月',
        periodLabel: '2026年11月',
        periodStart: '2026-11-01',
        winnerName: '王芳',
        title: '月度时尚达人',
        points: 30,
        deletedAt: null,
      },
      {
        id: 'h2',
        period: '周',
        periodLabel: '第47周',
        periodStart: '2026-11-16',
        winnerName: '李雷',
        title: '每周时尚达人',
        points: 12,
        deletedAt: 9,
      },
    ],
    openFollowUps: 2,
    ...over,
  };
}

describe('computeReport', () => {
  it('counts live activities and held bookings no activity records, confirmed records of the period and live documents for the center', () => {
    const r = computeReport(rows(), nov, null);
    expect(r.figures).toMatchObject({
      sessions: 3,
      participants: 45,
      beneficiaries: 57,
      volunteerServices: 3,
      volunteerHours: 4,
      activeVolunteers: 2,
      partyMembers: 1,
      newVolunteers: 1,
      documents: 2,
      ordersReceived: 3,
      ordersDispatched: 2,
      ordersCompleted: 2,
      completionRate: 50,
      satisfactionRate: 50,
      honours: 1,
    });
    expect(r.documentsByKind.filter((d) => d.count > 0)).toEqual([
      { kind: '感谢信', count: 1 },
      { kind: '荣誉证书', count: 1 },
    ]);
    expect(r.honours.map((h) => h.winnerName)).toEqual(['王芳']);
  });

  it('counts a volunteer under 18 on the last day of the period as a minor', () => {
    // v1 (born 2009-01-01) is 17 on 30 November; v2 turned 18 that very day.
    expect(computeReport(rows(), nov, null).figures.minors).toBe(1);
  });

  it('puts a record crossing midnight in the day it signed in', () => {
    const r = computeReport(rows(), nov, null);
    expect(r.hoursTrend).toHaveLength(30);
    expect(r.hoursTrend[29]).toEqual({ label: '11/30', hours: 2 });
    expect(r.hoursTrend[0]).toEqual({ label: '11/1', hours: 1.5 });
  });

  it('keeps to one 所/站: its activities, the records of its activities and its orders', () => {
    const r = computeReport(rows(), nov, 's1');
    expect(r.figures).toMatchObject({
      sessions: 1,
      participants: 10,
      volunteerServices: 2,
      volunteerHours: 2,
      activeVolunteers: 1,
      ordersReceived: 1,
      ordersCompleted: 1,
      newVolunteers: null,
      documents: null,
      honours: null,
    });
    expect(r.byCategory.map((l) => l.key)).toEqual(['文明实践']);
  });
});

describe('comparisons', () => {
  it('states change as an arrow and a percentage, and none against nothing', () => {
    expect(describeChange(5, 4)).toBe('↑ 25%');
    expect(describeChange(3, 4)).toBe('↓ 25%');
    expect(describeChange(4, 4)).toBe('持平');
    expect(describeChange(3, 0)).toBe('—');
    expect(describeChange(null, 3)).toBe('—');
  });

  it('lines up each figure against the previous period and last year, without the center-only ones for a 所/站', () => {
    const now = computeReport(rows(), nov, null);
    const before = computeReport(
      rows({ activities: [activity('x', '2026-11-03')], bookings: [] }),
      nov,
      null,
    );
    const compared = compareReports(now, before, before);
    expect(compared.find((f) => f.key === 'sessions')).toMatchObject({
      current: 3,
      previous: 1,
      vsPrevious: '↑ 200%',
      vsLastYear: '↑ 200%',
    });
    const scoped = computeReport(rows(), nov, 's1');
    expect(compareReports(scoped, scoped, scoped).map((f) => f.key)).not.toContain('documents');
  });
});
