import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import type { ServiceOrder } from '@shared/model';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { orderRow } from './order-fixtures';
import { openTestDesk } from './helpers';

let db: DeskDatabase;
let repos: Repos;

beforeEach(async () => {
  ({ db, repos } = await openTestDesk('reports'));
});
afterEach(() => db.close());

const DAY = 86_400_000;
const from = Date.UTC(2026, 10, 1);
const to = Date.UTC(2026, 11, 1);

const order = (id: string, over: Partial<ServiceOrder>) => orderRow(id, from + DAY, over);

describe('活动与服务单 figures', () => {
  it('counts only the period’s activities and confirmed hours, and the orders placed and completed in it', async () => {
    const demo = generateDemoData({ now: Date.UTC(2026, 10, 22, 2), seed: 3, deskId: 'd' });
    const [inside, outside] = demo.activities;
    if (!inside || !outside) throw new Error('demo has activities');
    await db.activities.bulkAdd([
      { ...inside, start: from + DAY, end: from + DAY + 7_200_000, participants: 30, beneficiaries: 45 },
      { ...outside, start: to + DAY, end: to + DAY + 7_200_000 },
    ]);
    const [r1, r2] = demo.serviceRecords;
    if (!r1 || !r2) throw new Error('demo has records');
    await db.serviceRecords.bulkAdd([
      { ...r1, activityId: inside.id, status: '已确认', signInAt: from + DAY, creditedMinutes: 120 },
      { ...r2, activityId: inside.id, status: '待确认', signInAt: from + DAY, creditedMinutes: 60 },
    ]);
    await db.serviceOrders.bulkAdd([
      order('1', { status: '已办结', dispatchedAt: from + DAY, completedAt: from + 2 * DAY, rating: 5 }),
      order('2', { status: '待回访', dispatchedAt: from + DAY, completedAt: from + 3 * DAY, rating: 2 }),
      order('3', { status: '不受理' }),
      order('4', { status: '待接单', dispatchedAt: from + DAY }),
      order('5', { orderedAt: from - 10 * DAY, status: '已办结', completedAt: from + DAY, rating: 4 }),
    ]);

    const { activities, orders } = await repos.reports.practiceFigures(from, to);
    expect(activities).toMatchObject({ sessions: 1, participants: 30, beneficiaries: 45 });
    expect(activities.volunteerServices).toBe(1);
    expect(activities.volunteerMinutes).toBe(120);
    expect(orders).toMatchObject({
      received: 4,
      accepted: 3,
      dispatched: 3,
      completed: 3,
      rated: 3,
      openFollowUps: 1,
    });
    expect(orders.completionRate).toBeCloseTo(2 / 3);
    expect(orders.satisfactionRate).toBeCloseTo(2 / 3);
  });
});
