import { describe, expect, it } from 'vitest';
import type { Activity, ServiceOrder } from '@shared/model';
import { activityFigures, median, orderFigures } from '@shared/stats/practice-figures';

type A = Parameters<typeof activityFigures>[0][number];
const activity = (id: string, over: Partial<A> = {}): A => ({
  id,
  category: '理论宣讲',
  projectId: null,
  stationId: null,
  participants: 10,
  beneficiaries: 20,
  deletedAt: null,
  ...over,
});
const record = (activityId: string | null, status: '已确认' | '待确认' | '作废', minutes: number) => ({
  activityId,
  status,
  creditedMinutes: minutes,
  deletedAt: null,
});

describe('activity figures', () => {
  it('counts 场次, 参与人次 and 受益人次 of live activities, broken down largest first', () => {
    const f = activityFigures(
      [
        activity('a1', { category: '健康', projectId: 'p1', stationId: 's1' }),
        activity('a2', { category: '理论宣讲', projectId: 'p1' }),
        activity('a3', { category: '理论宣讲', participants: 5, beneficiaries: 7 }),
        activity('a4', { deletedAt: 1 } as Partial<Activity>),
      ],
      [],
    );
    expect(f).toMatchObject({ sessions: 3, participants: 25, beneficiaries: 47 });
    expect(f.byCategory).toEqual([
      { key: '理论宣讲', sessions: 2, participants: 15, beneficiaries: 27 },
      { key: '健康', sessions: 1, participants: 10, beneficiaries: 20 },
    ]);
    expect(f.byProject.map((l) => [l.key, l.sessions])).toEqual([
      ['p1', 2],
      ['', 1],
    ]);
    expect(f.byStation.map((l) => [l.key, l.sessions])).toEqual([
      ['', 2],
      ['s1', 1],
    ]);
  });

  it('counts 志愿者人次 and hours only from confirmed records of the period’s live activities', () => {
    const f = activityFigures(
      [activity('a1'), activity('gone', { deletedAt: 5 } as Partial<Activity>)],
      [
        record('a1', '已确认', 90),
        record('a1', '已确认', 60),
        record('a1', '待确认', 120),
        record('a1', '作废', 30),
        record('gone', '已确认', 45),
        record(null, '已确认', 15),
      ],
    );
    expect(f.volunteerServices).toBe(2);
    expect(f.volunteerMinutes).toBe(150);
  });
});

type Placed = Parameters<typeof orderFigures>[0][number];
type Done = Parameters<typeof orderFigures>[1][number];
const placed = (status: ServiceOrder['status'], dispatched: boolean, completed: boolean): Placed => ({
  status,
  dispatchedAt: dispatched ? 1 : null,
  completedAt: completed ? 2 : null,
  deletedAt: null,
});
const HOUR = 3_600_000;
const done = (hours: number, rating: number | null): Done => ({
  orderedAt: 0,
  completedAt: hours * HOUR,
  rating,
  deletedAt: null,
});

describe('order figures', () => {
  it('rates completion over the accepted orders placed in the period, cancelled ones counting as not done', () => {
    const f = orderFigures(
      [
        placed('待审单', false, false),
        placed('不受理', false, false),
        placed('待派单', false, false),
        placed('已取消', true, false),
        placed('已办结', true, true),
        placed('待评单', true, true),
      ],
      [],
      0,
    );
    expect(f).toMatchObject({ received: 6, accepted: 4, dispatched: 3 });
    expect(f.completionRate).toBe(0.5);
  });

  it('takes the median time to complete and the satisfaction of the orders completed in the period', () => {
    const f = orderFigures([], [done(2, 5), done(30, 2), done(5, 4), done(4, null)], 3);
    expect(f.completed).toBe(4);
    expect(f.medianMinutesToComplete).toBe(4.5 * 60);
    expect(f.rated).toBe(3);
    expect(f.averageRating).toBeCloseTo(11 / 3);
    expect(f.satisfactionRate).toBeCloseTo(2 / 3);
    expect(f.openFollowUps).toBe(3);
  });

  it('gives no rate rather than 0 % when nothing was accepted or rated', () => {
    const f = orderFigures([placed('待审单', false, false)], [], 0);
    expect(f.completionRate).toBeNull();
    expect(f.averageRating).toBeNull();
    expect(f.satisfactionRate).toBeNull();
    expect(f.medianMinutesToComplete).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20])).toBe(15);
    expect(median([])).toBeNull();
  });
});
