import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DutyPost, EntryLike, RosterEntry } from '@shared/rosters/model';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { AUTUMN_TERM, gateForm, openRecordedDesk, registerAdults } from './roster-fixtures';
import { FRONT_DESK } from './volunteer-fixtures';

let desk: Awaited<ReturnType<typeof openRecordedDesk>>;
let db: DeskDatabase;
let repos: Repos;
let gate: DutyPost;
let a: string;
let b: string;

/** Monday 2026-11-23, a school day; the desk clock starts on Sunday 2026-11-22 10:00 in Beijing. */
const MONDAY = '2026-11-23';
const MINUTE = 60_000;
/** Moves the desk clock to a time on MONDAY (Beijing). */
const setClock = (hh: number, mm: number) =>
  desk.ctx.advance(Date.UTC(2026, 10, 23, hh - 8, mm) - desk.ctx.now());

const at = (volunteerId: string, shiftId = 's-am'): EntryLike => ({
  postId: gate.id,
  shiftId,
  date: MONDAY,
  volunteerId,
  status: '排班',
  substituteFor: null,
});
/** Signing in at the gate's 岗位, as the desk picks it from the 岗位 list. */
const AT_GATE = { ...FRONT_DESK, post: '社区教育宣传' };

beforeEach(async () => {
  desk = await openRecordedDesk('rosters-attendance');
  ({ db, repos } = desk);
  await repos.schoolTerms.save(null, AUTUMN_TERM);
  gate = await repos.dutyPosts.create(gateForm());
  [a = '', b = ''] = await registerAdults(repos, 2, desk.ctx.now());
});
afterEach(() => db.close());

const stored = async (e: RosterEntry) => db.rosterEntries.get(e.id);

describe('sign-in matching the roster', () => {
  it('marks the rostered shift 到岗 and links the record when its volunteer signs in five minutes early', async () => {
    const [entry] = await repos.rosters.assign([at(a)]);
    if (!entry) throw new Error('nothing assigned');
    setClock(7, 15);
    const record = await repos.serviceRecords.signIn(a, AT_GATE);
    expect(await stored(entry)).toMatchObject({ status: '到岗', serviceRecordId: record.id });
    const audit = (await db.auditLog.toArray()).filter((x) => x.entityId === entry.id);
    expect(audit.map((x) => x.action)).toContain('签到对应排班');
  });

  it('changes no entry when someone not rostered signs in', async () => {
    const [entry] = await repos.rosters.assign([at(a)]);
    if (!entry) throw new Error('nothing assigned');
    setClock(7, 15);
    await repos.serviceRecords.signIn(b, AT_GATE);
    expect(await stored(entry)).toMatchObject({ status: '排班', serviceRecordId: null });
    expect(await db.rosterEntries.where('volunteerId').equals(b).count()).toBe(0);
  });

  it('leaves the entry alone when the sign-in is too early, or under another 岗位', async () => {
    const [entry] = await repos.rosters.assign([at(a)]);
    if (!entry) throw new Error('nothing assigned');
    setClock(6, 30);
    const early = await repos.serviceRecords.signIn(a, AT_GATE);
    expect(await stored(entry)).toMatchObject({ status: '排班', serviceRecordId: null });
    desk.ctx.advance(MINUTE);
    await repos.serviceRecords.signOut(early.id);
    setClock(7, 25);
    await repos.serviceRecords.signIn(a, FRONT_DESK);
    expect(await stored(entry)).toMatchObject({ status: '排班', serviceRecordId: null });
  });

  it('links the afternoon shift, not the morning one, for an afternoon sign-in', async () => {
    const [am, pm] = await repos.rosters.assign([at(a), at(a, 's-pm')]);
    if (!am || !pm) throw new Error('nothing assigned');
    setClock(16, 40);
    const record = await repos.serviceRecords.signIn(a, AT_GATE);
    expect(await stored(pm)).toMatchObject({ status: '到岗', serviceRecordId: record.id });
    expect(await stored(am)).toMatchObject({ status: '排班', serviceRecordId: null });
  });

  it('tells the desk which shift a card scan was matched to, and nothing when none', async () => {
    await repos.rosters.assign([at(a)]);
    setClock(7, 15);
    const volunteerNo = async (id: string) => (await repos.volunteers.get(id))?.volunteerNo ?? '';
    const rostered = await repos.serviceRecords.toggleByNumber(await volunteerNo(a), AT_GATE);
    expect(rostered).toMatchObject({
      kind: 'signedIn',
      shift: { postName: '社区教育宣传', place: gate.place, shift: { id: 's-am', startMinute: 440 } },
    });
    const other = await repos.serviceRecords.toggleByNumber(await volunteerNo(b), AT_GATE);
    expect(other).toMatchObject({ kind: 'signedIn', shift: null });
  });
});
