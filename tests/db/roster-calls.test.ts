import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DutyPost, EntryLike } from '@shared/rosters/model';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { AUTUMN_TERM, gateForm, openRecordedDesk, registerAdults, stationForm } from './roster-fixtures';

let desk: Awaited<ReturnType<typeof openRecordedDesk>>;
let db: DeskDatabase;
let repos: Repos;
let gate: DutyPost;
let station: DutyPost;
let a: string;
let b: string;
let c: string;
let d: string;

const TUESDAY = '2026-12-08';
// volunteerDraft(n) gives 1380000000n.
const PHONE_A = '13800000001';
const PHONE_B = '13800000002';

const at = (post: DutyPost, shiftId: string, volunteerId: string, date = TUESDAY): EntryLike => ({
  postId: post.id,
  shiftId,
  date,
  volunteerId,
  status: '排班',
  substituteFor: null,
});

beforeEach(async () => {
  desk = await openRecordedDesk('roster-calls');
  ({ db, repos } = desk);
  await repos.schoolTerms.save(null, AUTUMN_TERM);
  gate = await repos.dutyPosts.create(gateForm());
  station = await repos.dutyPosts.create(stationForm());
  [a = '', b = '', c = '', d = ''] = await registerAdults(repos, 4, desk.ctx.now());
  const [, , onLeave] = await repos.rosters.assign([
    at(gate, 's-am', a),
    at(station, 's-day', b, TUESDAY),
    at(gate, 's-pm', c),
    // The day after: not on Tuesday's list.
    at(station, 's-day', d, '2026-12-09'),
  ]);
  if (!onLeave) throw new Error('nothing assigned');
  await repos.rosters.setStatus(onLeave.id, '请假');
});
afterEach(() => db.close());

const auditOf = (action: string) => db.auditLog.filter((e) => e.action === action).toArray();

describe('通话名单', () => {
  it('lists the date’s rostered volunteers by post and shift with masked phones, read by the date index', async () => {
    desk.reads.length = 0;
    const lines = await repos.rosters.callList(TUESDAY);
    expect(lines.map((l) => [l.postName, l.place, l.shiftLabel, l.name.length > 0, l.phone])).toEqual([
      // 公益服务模范 sorts before 社区教育宣传; the 请假 entry and the next day's entry are left out.
      ['公益服务模范', '东街社区站便民服务点', '早班', true, '138****0002'],
      ['社区教育宣传', '实验小学南门', '早岗', true, '138****0001'],
    ]);
    expect(lines.every((l) => l.date === TUESDAY)).toBe(true);
    expect(desk.readsOf('rosterEntries')).toEqual(['rosterEntries date range']);
    expect(desk.reads.some((r) => r.endsWith(' all'))).toBe(false);
    expect(await auditOf('查看通话名单完整手机号')).toHaveLength(0);
  });

  it('gives full phones with one audit entry naming who, the date and how many volunteers', async () => {
    const { lines, auditId } = await repos.rosters.callListWithPhones(TUESDAY, '查看');
    expect(lines.map((l) => l.phone)).toEqual([PHONE_B, PHONE_A]);
    const logged = await auditOf('查看通话名单完整手机号');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      id: auditId,
      actor: '测试员',
      entity: 'rosterEntries',
      entityId: TUESDAY,
      after: { date: TUESDAY, volunteers: 2 },
      reason: `${TUESDAY} 的通话名单，2 名志愿者`,
    });
  });

  it('prints full phones only with a fresh 打印 ticket for the same date', async () => {
    const shown = await repos.rosters.callListWithPhones(TUESDAY, '查看');
    await expect(repos.rosters.callListByTicket(TUESDAY, shown.auditId)).rejects.toThrow('须由管理员');
    const { auditId } = await repos.rosters.callListWithPhones(TUESDAY, '打印');
    expect((await repos.rosters.callListByTicket(TUESDAY, auditId)).map((l) => l.phone)).toEqual([
      PHONE_B,
      PHONE_A,
    ]);
    await expect(repos.rosters.callListByTicket('2026-12-09', auditId)).rejects.toThrow('须由管理员');
    desk.ctx.advance(11 * 60_000);
    await expect(repos.rosters.callListByTicket(TUESDAY, auditId)).rejects.toThrow('须由管理员');
    // Reading with the ticket writes nothing more: one entry per print.
    expect(await auditOf('打印通话名单完整手机号')).toHaveLength(1);
  });
});

describe('roster exports', () => {
  it('reads a date range in pages of whole days, every status, with raw phones for the masking cells', async () => {
    desk.reads.length = 0;
    const range = { from: TUESDAY, to: '2026-12-09' };
    const first = await repos.rosters.rosterLinesPage(range, null, 2);
    // Tuesday has three entries: more than a page, so it comes whole on its own.
    expect(first.rows.map((l) => [l.date, l.status])).toEqual([
      [TUESDAY, '排班'],
      [TUESDAY, '排班'],
      [TUESDAY, '请假'],
    ]);
    expect(first.next).toBe('2026-12-09');
    const second = await repos.rosters.rosterLinesPage(range, first.next, 2);
    expect(second.rows.map((l) => [l.date, l.phone])).toEqual([['2026-12-09', '13800000004']]);
    expect(second.next).toBeNull();
    expect(desk.readsOf('rosterEntries').every((r) => r === 'rosterEntries date range')).toBe(true);
  });

  it('gives a post’s week with statuses and masked phones', async () => {
    const lines = await repos.rosters.weekLines(gate.id, '2026-12-07');
    expect(lines.map((l) => [l.shiftLabel, l.status, l.phone])).toEqual([
      ['早岗', '排班', '138****0001'],
      ['午岗', '请假', '138****0003'],
    ]);
  });
});
