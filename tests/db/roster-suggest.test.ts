import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DutyPost } from '@shared/rosters/model';
import type { RosterPatternFormValues } from '@shared/rosters/pattern-schema';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { AUTUMN_TERM, gateForm, idBornOn, openRecordedDesk, stationForm } from './roster-fixtures';
import { volunteerDraft } from './volunteer-fixtures';

let desk: Awaited<ReturnType<typeof openRecordedDesk>>;
let db: DeskDatabase;
let repos: Repos;
let gate: DutyPost;
let station: DutyPost;
let termId: string;
const ids: Record<'mate' | 'veteran' | 'neighbour' | 'busyMate' | 'kid' | 'stranger', string> = {
  mate: '',
  veteran: '',
  neighbour: '',
  busyMate: '',
  kid: '',
  stranger: '',
};

/** Rosters someone at the gate's 早岗 on a date and marks them 到岗, as past attendance. */
async function arrived(volunteerId: string, date: string): Promise<void> {
  const [row] = await repos.rosters.assign([
    { postId: gate.id, shiftId: 's-am', date, volunteerId, status: '排班', substituteFor: null },
  ]);
  if (row) await repos.rosters.setStatus(row.id, '到岗');
}

beforeEach(async () => {
  desk = await openRecordedDesk('roster-suggest');
  ({ db, repos } = desk);
  const now = desk.ctx.now();
  termId = (await repos.schoolTerms.save(null, AUTUMN_TERM)).id;
  const team = await repos.teams.create('东街护学队', '');
  gate = await repos.dutyPosts.create(gateForm({ teamId: team.id }));
  station = await repos.dutyPosts.create(stationForm());
  const register = async (n: number, over: Parameters<typeof volunteerDraft>[2] = {}) =>
    (await repos.volunteers.register(volunteerDraft(n, now, over))).id;
  ids.mate = await register(1, { teamIds: [team.id] });
  ids.veteran = await register(2);
  ids.neighbour = await register(3, { address: '鼓楼区东街社区十二号' });
  ids.busyMate = await register(4, { teamIds: [team.id] });
  ids.kid = await register(5, {
    teamIds: [team.id],
    idNumber: idBornOn('20150301', 5),
    birthDate: '2015-03-01',
  });
  ids.stranger = await register(6);
  for (const date of ['2026-09-07', '2026-09-14', '2026-09-21']) await arrived(ids.veteran, date);
  await arrived(ids.neighbour, '2026-09-08');
  // The station's 早班 07:30–08:30 overlaps the gate's 早岗 07:20–08:00 on one Monday of the pattern.
  await repos.rosters.assign([
    {
      postId: station.id,
      shiftId: 's-day',
      date: '2026-12-14',
      volunteerId: ids.busyMate,
      status: '排班',
      substituteFor: null,
    },
  ]);
});
afterEach(() => db.close());

/** Every Monday 早岗 from mid-November to the end of the autumn term. */
const mondays = (over: Partial<RosterPatternFormValues> = {}): RosterPatternFormValues => ({
  postId: gate.id,
  shiftId: 's-am',
  weekdays: [1],
  from: '2026-11-16',
  to: AUTUMN_TERM.end,
  volunteerId: '',
  termId,
  ...over,
});

describe('suggestions for a pattern', () => {
  it('ranks the team, then the community, then past attendance, each with its reason, without scanning', async () => {
    desk.reads.length = 0;
    const found = await repos.rosters.suggest(mondays());
    expect(found.map((s) => [s.volunteerId, s.reasons])).toEqual([
      [ids.mate, ['同队']],
      [ids.neighbour, ['曾在此岗到岗 1 次', '同社区']],
      [ids.veteran, ['曾在此岗到岗 3 次']],
    ]);
    expect(found[0]).toMatchObject({ name: '测试1' });
    // Terms are a few rows read whole; entries and volunteers only through index ranges.
    const scans = [...desk.readsOf('rosterEntries'), ...desk.readsOf('volunteers')];
    expect(scans.filter((r) => r.endsWith(' all'))).toEqual([]);
  });

  it('leaves out a teammate who clashes on one of the dates and a minor at an adults-only post', async () => {
    const found = (await repos.rosters.suggest(mondays())).map((s) => s.volunteerId);
    expect(found).not.toContain(ids.busyMate);
    expect(found).not.toContain(ids.kid);
    expect(found).not.toContain(ids.stranger);
    // Before the clashing Monday, the busy teammate is free on every date.
    const early = await repos.rosters.suggest(mondays({ to: '2026-12-07' }));
    expect(early.map((s) => s.volunteerId)).toContain(ids.busyMate);
  });

  it('gives no suggestions while the range is unfinished', async () => {
    expect(await repos.rosters.suggest(mondays({ to: '2026-13' }))).toEqual([]);
  });
});

describe('pattern preview', () => {
  it('lists the dates, the weekday dates skipped with why, and the clashes, writing nothing', async () => {
    const before = await db.rosterEntries.count();
    const preview = await repos.rosters.previewPattern(
      mondays({ from: AUTUMN_TERM.start, volunteerId: ids.busyMate }),
    );
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.dates).toHaveLength(18);
    expect(preview.skipped).toEqual([
      { date: '2026-10-05', reason: '国庆节放假' },
      { date: '2026-11-09', reason: '秋假（2026秋季学期）' },
    ]);
    expect(preview.clashes.map((c) => [c.kind, c.date])).toEqual([['时间冲突', '2026-12-14']]);
    expect(await db.rosterEntries.count()).toBe(before);
  });

  it('puts a date beyond the term at the end date field', async () => {
    const preview = await repos.rosters.previewPattern(mondays({ to: '2027-06-30', volunteerId: ids.mate }));
    expect(preview).toEqual({
      ok: false,
      problems: { to: '学期“2026秋季学期”到 2027-01-22 结束，结束日期请不晚于此' },
    });
  });
});

describe('undoing a pattern', () => {
  it('removes its planned entries and keeps those already marked 到岗', async () => {
    const saved = await repos.rosters.savePattern(mondays({ volunteerId: ids.mate }));
    expect(saved.entries).toHaveLength(10);
    const first = saved.entries[0];
    if (!first) throw new Error('no entries');
    await repos.rosters.setStatus(first.id, '到岗');
    expect(await repos.rosters.removePattern(saved.pattern.id)).toBe(9);
    const left = await repos.rosters.entriesOfVolunteer(ids.mate, '2026-11-01', '2027-01-31');
    expect(left.map((e) => [e.date, e.status])).toEqual([['2026-11-16', '到岗']]);
    expect((await db.rosterPatterns.get(saved.pattern.id))?.deletedAt).not.toBeNull();
    await expect(repos.rosters.removePattern(saved.pattern.id)).rejects.toThrow('可能已被撤销');
  });
});

describe('moving an entry (a drag in the week grid)', () => {
  const planned = async (volunteerId: string, date: string) => {
    const [row] = await repos.rosters.assign([
      { postId: gate.id, shiftId: 's-am', date, volunteerId, status: '排班', substituteFor: null },
    ]);
    if (!row) throw new Error('nothing assigned');
    return row;
  };

  it('moves a planned entry to another day and back', async () => {
    const row = await planned(ids.mate, '2026-12-08');
    const moved = await repos.rosters.moveEntry(row.id, { shiftId: 's-pm', date: '2026-12-09' });
    expect([moved.id, moved.shiftId, moved.date]).toEqual([row.id, 's-pm', '2026-12-09']);
    await repos.rosters.moveEntry(row.id, { shiftId: 's-am', date: '2026-12-08' });
    const left = await repos.rosters.entriesOfVolunteer(ids.mate, '2026-12-01', '2026-12-31');
    expect(left.map((e) => [e.shiftId, e.date])).toEqual([['s-am', '2026-12-08']]);
  });

  it('refuses a move onto a clash or a day off, and an entry already marked 到岗', async () => {
    const row = await planned(ids.busyMate, '2026-12-07');
    // On 12-14 the busy teammate stands at the station at overlapping times.
    await expect(repos.rosters.moveEntry(row.id, { shiftId: 's-am', date: '2026-12-14' })).rejects.toThrow(
      '时间重叠',
    );
    await expect(repos.rosters.moveEntry(row.id, { shiftId: 's-am', date: '2026-11-10' })).rejects.toThrow(
      '秋假',
    );
    await repos.rosters.setStatus(row.id, '到岗');
    await expect(repos.rosters.moveEntry(row.id, { shiftId: 's-pm', date: '2026-12-07' })).rejects.toThrow(
      '只有尚未到岗的排班可以移动',
    );
    expect((await db.rosterEntries.get(row.id))?.date).toBe('2026-12-07');
  });
});
