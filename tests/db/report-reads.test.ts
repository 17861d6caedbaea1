import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import type { Honour, IssuedDocument } from '@shared/model';
import { periodContaining } from '@shared/stats/report-periods';
import { fromDateAndMinutes } from '@shared/time/center-time';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { openTestDesk } from './helpers';

let db: DeskDatabase;
let repos: Repos;

beforeEach(async () => {
  ({ db, repos } = await openTestDesk('report-reads'));
});
afterEach(() => db.close());

const nov = periodContaining('month', '2026-11-10');
const at = (day: string, hour: number) => fromDateAndMinutes(day, hour * 60);

/** A hand-counted November: two 所/站, edges on both sides, one record crossing midnight. */
async function seedNovember() {
  const demo = generateDemoData({ now: Date.UTC(2026, 10, 22, 2), seed: 5, deskId: 'd' });
  const [a1, a2, a3, before] = demo.activities;
  const [v1, v2, v3] = demo.volunteers;
  const [r1, r2, r3, r4, r5] = demo.serviceRecords;
  if (!a1 || !a2 || !a3 || !before || !v1 || !v2 || !v3 || !r1 || !r2 || !r3 || !r4 || !r5)
    throw new Error('demo data is smaller than expected');
  const act = { projectId: null, orderId: null, bookingId: null, deletedAt: null };
  await db.activities.bulkAdd([
    { ...a1, ...act, start: at('2026-11-01', 0), stationId: 's1', participants: 30, beneficiaries: 40 },
    { ...a2, ...act, start: at('2026-11-30', 20), stationId: 's2', participants: 10, beneficiaries: 12 },
    {
      ...a3,
      ...act,
      start: at('2026-11-12', 9),
      stationId: 's1',
      participants: 99,
      beneficiaries: 99,
      deletedAt: 1,
    },
    { ...before, ...act, start: at('2026-10-31', 23), stationId: 's1', participants: 5, beneficiaries: 5 },
  ]);
  await db.volunteers.bulkPut([
    {
      ...v1,
      politicalStatus: '中共党员',
      birthDate: '1980-01-01',
      createdAt: at('2026-11-03', 9),
      updatedAt: at('2026-11-03', 9),
      deletedAt: null,
    },
    {
      ...v2,
      politicalStatus: '群众',
      birthDate: '2010-05-05',
      createdAt: at('2026-01-03', 9),
      updatedAt: at('2026-01-03', 9),
      deletedAt: null,
    },
    {
      ...v3,
      politicalStatus: '群众',
      birthDate: '1990-01-01',
      createdAt: at('2026-12-01', 9),
      updatedAt: at('2026-12-01', 9),
      deletedAt: null,
    },
  ]);
  const rec = { deletedAt: null, creditedMinutes: 60, status: '已确认' as const };
  await db.serviceRecords.bulkAdd([
    { ...r1, ...rec, volunteerId: v1.id, activityId: a1.id, signInAt: at('2026-11-01', 0) },
    // 23:00 to 01:00: counted on 30 November, in s2.
    {
      ...r2,
      ...rec,
      volunteerId: v2.id,
      activityId: a2.id,
      signInAt: at('2026-11-30', 23),
      creditedMinutes: 120,
    },
    // Signed in during November for an October activity of s1.
    { ...r3, ...rec, volunteerId: v2.id, activityId: before.id, signInAt: at('2026-11-01', 1) },
    { ...r4, ...rec, volunteerId: v3.id, activityId: a1.id, signInAt: at('2026-11-02', 9), status: '待确认' },
    { ...r5, ...rec, volunteerId: v3.id, activityId: a1.id, signInAt: at('2026-12-01', 0) },
  ]);
  const doc = {
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    deskId: 'd',
    year: 2026,
    templateId: null,
    recipientType: 'other',
    recipientId: null,
    recipientName: '某',
    content: {},
    rows: [],
    layout: { elements: [] },
    issuedBy: '测试员',
    printCount: 0,
    voidReason: null,
    lastPrintError: null,
  } as unknown as IssuedDocument;
  await db.documents.bulkAdd([
    { ...doc, id: 'd1', number: 'GX-1', kind: '感谢信', issuedAt: at('2026-11-05', 9), status: '已打印' },
    { ...doc, id: 'd2', number: 'GX-2', kind: '感谢信', issuedAt: at('2026-11-05', 9), status: '已作废' },
    { ...doc, id: 'd3', number: 'GX-3', kind: '感谢信', issuedAt: at('2026-12-01', 0), status: '待打印' },
  ]);
  const honour = {
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    deskId: 'd',
    winnerType: 'volunteer',
    winnerId: v1.id,
    breakdown: [],
    reason: '',
    documentId: null,
  } as unknown as Honour;
  await db.honours.bulkAdd([
    {
      ...honour,
      id: 'h1',
      period: '月',
      periodStart: '2026-11-01',
      periodLabel: '2026年11月',
      winnerName: '王芳',
      title: '月度时尚达人',
      points: 20,
    },
    {
      ...honour,
      id: 'h2',
      period: '月',
      periodStart: '2026-10-01',
      periodLabel: '2026年10月',
      winnerName: '李雷',
      title: '月度时尚达人',
      points: 20,
    },
  ]);
}

describe('report reads', () => {
  it('gives the hand-counted figures of a month for the whole center', async () => {
    await seedNovember();
    const r = await repos.reportReads.report(nov, null);
    expect(r.figures).toMatchObject({
      sessions: 2,
      participants: 40,
      beneficiaries: 52,
      volunteerServices: 3,
      volunteerHours: 4,
      activeVolunteers: 2,
      partyMembers: 1,
      minors: 1,
      newVolunteers: 1,
      documents: 1,
      honours: 1,
    });
    expect(r.honours.map((h) => h.winnerName)).toEqual(['王芳']);
    expect(r.hoursTrend.find((b) => b.label === '11/30')?.hours).toBe(2);
  });

  it('keeps to one 所/站, including its records of activities that started before the period', async () => {
    await seedNovember();
    const s1 = await repos.reportReads.report(nov, 's1');
    expect(s1.figures).toMatchObject({
      sessions: 1,
      participants: 30,
      volunteerServices: 2,
      volunteerHours: 2,
    });
    const s2 = await repos.reportReads.report(nov, 's2');
    expect(s2.figures).toMatchObject({
      sessions: 1,
      participants: 10,
      volunteerServices: 1,
      minors: 1,
      partyMembers: 0,
    });
    expect(s2.figures.documents).toBeNull();
  });
});
