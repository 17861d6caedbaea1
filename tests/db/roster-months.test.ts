import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '@shared/backup/backup-file';
import { rosterMonthsOf } from '@shared/rosters/roster-months';
import type { DutyPost, RosterEntry } from '@shared/rosters/model';
import {
  createDatabase,
  createRepos,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  type DeskDatabase,
} from '../../renderer/src/db';
import { SCHEMA_HISTORY } from '../../renderer/src/db/schema';
import { servedMinutes } from '../../renderer/src/db/totals/roster-months';
import { testContext } from './helpers';
import { AUTUMN_TERM, gateForm, openRecordedDesk, registerAdults } from './roster-fixtures';
import { FRONT_DESK } from './volunteer-fixtures';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** What rosterMonths should hold: a recount from every entry and the linked sign-ins as stored now. */
async function recount(db: DeskDatabase) {
  const entries = await db.rosterEntries.toArray();
  const records = await db.serviceRecords.toArray();
  const minutes = new Map(records.map((r) => [r.id, servedMinutes(r)]));
  return rosterMonthsOf(entries, (id) => minutes.get(id) ?? 0);
}

const stored = (db: DeskDatabase) => db.rosterMonths.orderBy('id').toArray();

/** A desk with a gate post, three volunteers, and entries over September and October 2026. */
async function rosteredDesk(label: string) {
  const desk = await openRecordedDesk(label);
  opened.push(desk.db);
  const { repos } = desk;
  await repos.schoolTerms.save(null, AUTUMN_TERM);
  const gate: DutyPost = await repos.dutyPosts.create(gateForm());
  const [a = '', b = '', c = ''] = await registerAdults(repos, 3, desk.ctx.now());
  const on = (volunteerId: string, date: string, shiftId = 's-am') => ({
    postId: gate.id,
    shiftId,
    date,
    volunteerId,
    status: '排班' as const,
    substituteFor: null,
  });
  const rows = await repos.rosters.assign([
    on(a, '2026-09-28'),
    on(b, '2026-09-28'),
    on(c, '2026-09-29', 's-pm'),
    on(a, '2026-10-08'),
  ]);
  return { ...desk, gate, a, b, c, rows: rows as RosterEntry[] };
}

describe('stored roster months', () => {
  it('stay equal to a recount from the entries through assigning, marking, substitutes, moves and removals', async () => {
    const { db, repos, c, rows } = await rosteredDesk('roster-months-writes');
    const [first, second, third, fourth] = rows;
    if (!first || !second || !third || !fourth) throw new Error('not assigned');
    expect((await stored(db)).map((r) => r.month)).toEqual(['2026-09', '2026-10']);
    await repos.rosters.setStatus(second.id, '缺勤');
    await repos.rosters.addSubstitute(second.id, c);
    await repos.rosters.setStatus(third.id, '请假');
    await repos.rosters.moveEntry(fourth.id, { shiftId: 's-pm', date: '2026-09-30' });
    expect(await stored(db)).toEqual(await recount(db));
    // The move emptied October: its row goes rather than staying with zeros.
    expect((await stored(db)).map((r) => r.month)).toEqual(['2026-09']);
    await repos.rosters.removeEntry(first.id);
    expect(await stored(db)).toEqual(await recount(db));
    await repos.rosters.restoreEntry(first.id);
    expect(await stored(db)).toEqual(await recount(db));
    const [september] = await stored(db);
    expect(september?.people).toEqual(expect.arrayContaining([[second.volunteerId, 28, 1, 0]]));
  });

  it('follow a linked sign-in: its minutes count once confirmed, and stop counting when it is voided', async () => {
    const { db, repos, ctx, rows } = await rosteredDesk('roster-months-served');
    const first = rows[0] as RosterEntry;
    ctx.advance(Date.UTC(2026, 8, 28, 7 - 8, 15) - ctx.now());
    const record = await repos.serviceRecords.signIn(first.volunteerId, {
      ...FRONT_DESK,
      post: '社区教育宣传',
    });
    await repos.rosters.linkServiceRecord(first.id, record.id);
    await repos.rosters.setStatus(first.id, '到岗');
    ctx.advance(Date.UTC(2026, 8, 28, 8 - 8, 5) - ctx.now());
    const out = await repos.serviceRecords.signOut(record.id);
    const minutes = out.record.creditedMinutes ?? 0;
    expect(minutes).toBeGreaterThan(0);
    const [september] = await stored(db);
    expect(september?.cells.slice(0, 5)).toEqual([28, 1, 0, 0, minutes]);
    expect(await stored(db)).toEqual(await recount(db));
    await repos.serviceRecords.void(record.id, '误签');
    expect((await stored(db))[0]?.cells[4]).toBe(0);
  });

  it('are built by the v11 upgrade from the entries a v10 desk already had', async () => {
    const { db, repos, rows } = await rosteredDesk('roster-months-upgrade');
    await repos.rosters.setStatus((rows[1] as RosterEntry).id, '缺勤');
    const expected = await recount(db);
    const entries = await db.rosterEntries.toArray();
    // A v10 desk holding the same entries: the table of month rows does not exist there yet.
    const v10Name = `${db.name}-v10`;
    const v10 = createDatabase(v10Name, SCHEMA_HISTORY.slice(0, 10));
    await v10.open();
    await v10.rosterEntries.bulkAdd(entries);
    v10.close();
    const upgraded = createDatabase(v10Name);
    opened.push(upgraded);
    expect(await openDatabase(upgraded)).toEqual({ status: 'ok' });
    expect(expected.length).toBe(2);
    expect(await stored(upgraded)).toEqual(expected);
  });

  it('are rebuilt by a restore, also from a backup taken before they existed', async () => {
    const { db, repos, rows } = await rosteredDesk('roster-months-restore');
    await repos.rosters.setStatus((rows[2] as RosterEntry).id, '请假');
    const expected = await recount(db);
    const backup = await repos.backup.exportAll('0.1.0');
    const older = Object.fromEntries(Object.entries(backup.tables).filter(([t]) => t !== 'rosterMonths'));
    const parsed = parseBackup(JSON.stringify({ ...backup, tables: older }), LATEST_SCHEMA_VERSION);
    if (!parsed.ok) throw new Error(parsed.message);
    await db.rosterMonths.clear();
    await createRepos(db, testContext()).backup.restore(parsed.backup, () => undefined);
    expect(expected.length).toBe(2);
    expect(await stored(db)).toEqual(expected);
  });
});
