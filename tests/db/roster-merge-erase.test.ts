import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DutyPost, RosterEntry } from '@shared/rosters/model';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { AUTUMN_TERM, gateForm, openRecordedDesk, registerAdults, stationForm } from './roster-fixtures';
import { FRONT_DESK } from './volunteer-fixtures';

let desk: Awaited<ReturnType<typeof openRecordedDesk>>;
let db: DeskDatabase;
let repos: Repos;
let gate: DutyPost;
let termId: string;
/** The registration merged into, the duplicate merged away (or erased), and a third volunteer. */
let [keep, drop, other] = ['', '', ''];
const HOUR = 3600_000;

beforeEach(async () => {
  desk = await openRecordedDesk('roster-merge-erase');
  ({ db, repos } = desk);
  [keep = '', drop = '', other = ''] = await registerAdults(repos, 3, desk.ctx.now());
  termId = (await repos.schoolTerms.save(null, AUTUMN_TERM)).id;
  gate = await repos.dutyPosts.create(gateForm());
});
afterEach(() => db.close());

/** Every Monday 早岗 at the gate for the autumn term: 18 dates, 9 of them after the test's today (11-22). */
const mondays = (volunteerId: string) =>
  repos.rosters.savePattern({
    postId: gate.id,
    shiftId: 's-am',
    weekdays: [1],
    from: AUTUMN_TERM.start,
    to: AUTUMN_TERM.end,
    volunteerId,
    termId,
  });

const allOf = (volunteerId: string) =>
  repos.rosters.entriesOfVolunteer(volunteerId, '2026-01-01', '2027-12-31');

async function entryOn(volunteerId: string, date: string): Promise<RosterEntry> {
  const found = (await allOf(volunteerId)).find((e) => e.date === date);
  if (!found) throw new Error(`no entry on ${date}`);
  return found;
}

async function assignGate(volunteerId: string, date: string): Promise<RosterEntry> {
  const [row] = await repos.rosters.assign([
    { postId: gate.id, shiftId: 's-am', date, volunteerId, status: '排班', substituteFor: null },
  ]);
  if (!row) throw new Error('nothing assigned');
  return row;
}

/** Roster rows without the bookkeeping a write stamps, to compare what they say. */
async function rosterRows() {
  const strip = <T extends { updatedAt: number }>(row: T): T => ({ ...row, updatedAt: 0 });
  return {
    entries: (await db.rosterEntries.toArray()).map(strip),
    patterns: (await db.rosterPatterns.toArray()).map(strip),
  };
}

const rosterScans = () => desk.reads.filter((r) => r.startsWith('roster') && r.endsWith(' all'));

describe('merging volunteers moves their roster', () => {
  it('moves the dropped volunteer’s entries, patterns and substitutes to the kept one, read by index', async () => {
    const { pattern } = await mondays(drop);
    const covered = await entryOn(drop, '2026-12-14');
    await repos.rosters.setStatus(covered.id, '请假');
    const substitute = await repos.rosters.addSubstitute(covered.id, other);

    desk.reads.length = 0;
    await repos.volunteers.merge(keep, drop, '同一人重复登记');

    expect(desk.readsOf('rosterEntries')).toContain('rosterEntries [volunteerId+date] range');
    expect(desk.readsOf('rosterPatterns')).toContain('rosterPatterns volunteerId range');
    expect(rosterScans()).toEqual([]);
    expect(await allOf(drop)).toEqual([]);
    const moved = await allOf(keep);
    expect(moved).toHaveLength(18);
    expect(new Set(moved.map((e) => e.patternId))).toEqual(new Set([pattern.id]));
    expect(moved.every((e) => e.updatedAt === desk.ctx.now() && e.deskId === desk.ctx.deskId)).toBe(true);
    expect((await db.rosterPatterns.get(pattern.id))?.volunteerId).toBe(keep);
    expect((await db.rosterEntries.get(substitute.id))?.substituteFor).toBe(keep);
  });

  it('leaves one live entry on a shift both were on, keeping an arrival the kept entry lacked', async () => {
    const arrived = await assignGate(drop, '2026-12-07');
    const keptArrival = await assignGate(keep, '2026-12-07');
    const record = await repos.serviceRecords.signIn(drop, FRONT_DESK);
    await repos.rosters.linkServiceRecord(arrived.id, record.id);
    const plannedDrop = await assignGate(drop, '2026-12-21');
    const plannedKeep = await assignGate(keep, '2026-12-21');

    await repos.volunteers.merge(keep, drop, '同一人重复登记');

    const live = await allOf(keep);
    expect(live.map((e) => [e.id, e.date, e.status, e.serviceRecordId])).toEqual([
      [keptArrival.id, '2026-12-07', '到岗', record.id],
      [plannedKeep.id, '2026-12-21', '排班', null],
    ]);
    for (const id of [arrived.id, plannedDrop.id])
      expect((await db.rosterEntries.get(id))?.deletedAt).toBe(desk.ctx.now());
    // The arrival's hours moved with the service record, so the kept row still links to its own hours.
    expect((await repos.serviceRecords.recordsOf(keep)).map((r) => r.id)).toEqual([record.id]);
  });

  it('is undone exactly: entries, patterns and substitutes back, duplicates revived', async () => {
    await mondays(drop);
    const arrived = await entryOn(drop, '2026-12-07');
    const record = await repos.serviceRecords.signIn(drop, FRONT_DESK);
    await repos.rosters.linkServiceRecord(arrived.id, record.id);
    await assignGate(keep, '2026-12-07');
    const covered = await entryOn(drop, '2026-12-14');
    await repos.rosters.setStatus(covered.id, '请假');
    await repos.rosters.addSubstitute(covered.id, other);
    await repos.rosters.removeEntry((await entryOn(drop, '2026-12-28')).id);
    const before = await rosterRows();

    desk.ctx.advance(HOUR);
    await repos.volunteers.merge(keep, drop, '同一人重复登记');
    desk.ctx.advance(HOUR);
    await repos.volunteers.unmerge(drop);

    expect(await rosterRows()).toEqual(before);
  });
});

describe('erasing a volunteer takes them off the roster ahead', () => {
  it('removes planned shifts after today and ends patterns, keeping past and recorded ones', async () => {
    const term = await mondays(drop);
    const pastArrival = await entryOn(drop, '2026-11-16');
    await repos.rosters.setStatus(pastArrival.id, '到岗');
    const futureLeave = await entryOn(drop, '2026-12-07');
    await repos.rosters.setStatus(futureLeave.id, '请假');
    const station = await repos.dutyPosts.create(stationForm());
    const later = await repos.rosters.savePattern({
      postId: station.id,
      shiftId: 's-day',
      weekdays: [3],
      from: '2026-12-01',
      to: '2026-12-31',
      volunteerId: drop,
      termId: '',
    });
    const volunteerNo = (await db.volunteers.get(drop))?.volunteerNo ?? '';

    desk.reads.length = 0;
    await repos.volunteers.anonymise(drop, volunteerNo);

    expect(rosterScans()).toEqual([]);
    const left = await allOf(drop);
    expect(left.filter((e) => e.date > '2026-11-22').map((e) => [e.date, e.status])).toEqual([
      ['2026-12-07', '请假'],
    ]);
    expect(left.filter((e) => e.date <= '2026-11-22')).toHaveLength(9);
    expect(left.find((e) => e.id === pastArrival.id)?.status).toBe('到岗');
    expect(await db.rosterPatterns.get(term.pattern.id)).toMatchObject({ to: '2026-11-22', deletedAt: null });
    expect((await db.rosterPatterns.get(later.pattern.id))?.deletedAt).toBe(desk.ctx.now());
    const audit = (await repos.volunteers.history(drop)).find((e) => e.action === '注销并匿名化志愿者');
    expect(audit?.after).toMatchObject({
      roster: {
        removedEntryIds: expect.arrayContaining([later.entries[0]?.id]),
        endedPatternIds: [term.pattern.id],
        removedPatternIds: [later.pattern.id],
      },
    });
    expect((audit?.after as { roster: { removedEntryIds: string[] } }).roster.removedEntryIds).toHaveLength(
      8 + later.entries.length,
    );
  });
});
