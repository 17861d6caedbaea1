import 'fake-indexeddb/auto';
import { afterEach, describe, it } from 'vitest';
import { createRandom } from '@shared/random/seeded';
import type { SyncedTable } from '@shared/sync/tables';
import { serviceRecordsRepo } from '../../renderer/src/db/repos/service-records';
import { volunteersRepo } from '../../renderer/src/db/repos/volunteers';
import { expectConflictsShared, expectConverged, resolveAll, type Run } from './sync-property-checks';
import { book, changeBooking, openBookings, seedPlaces } from './sync-property-bookings';
import { createLedger } from './sync-property-ledger';
import {
  crash,
  replicate,
  syncDesk,
  syncUntilQuiet,
  threeDesks,
  type PDesk,
  type World,
} from './sync-property-world';
import { closeDesks } from './sync-desks';
import { FRONT_DESK, volunteerDraft } from './volunteer-fixtures';

/**
 * Issue 15's property: three desks write volunteers, service records and bookings through the app's
 * repositories, part from the center and come back, meet it between their cycles and are killed
 * before or inside a pump, in an order a seeded random source picks. Once all are back and synced,
 * and every conflict is settled, they hold the same rows, no write is lost and the confirmed minutes
 * are the model's. Fixed seeds and steps: CI replays exactly these runs; a failure names the seed,
 * the step and every step before it.
 */
const SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
const STEPS = 70;

const VOLUNTEER_FIELDS = ['name', 'phone', 'address', 'deletedAt'] as const;
/** Every write to a record stamps `updatedAt` with the step's own time: it names the write. */
const RECORD_FIELDS = ['updatedAt'] as const;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2026, 8, 1, 1);

const worlds: World[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.close();
  await closeDesks();
});

const live = <T extends { deletedAt: number | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);

/** Runs `write` at desk `d` and records what it changed in `rows` (table and key of each). */
async function tracked(
  run: Run,
  d: PDesk,
  rows: [SyncedTable, string | null][],
  write: () => Promise<string[]>,
) {
  const before = await Promise.all(rows.map(([t, k]) => (k ? d.db.table(t).get(k) : undefined)));
  const keys = await write();
  for (const [i, [table]] of rows.entries()) {
    const key = keys[i] ?? rows[i]?.[1];
    // A write the app refused (a booking for a taken slot) wrote nothing.
    if (!key) continue;
    const after = await d.db.table(table).get(key);
    if (!after) throw new Error(`${table} ${key} is not there after the write`);
    const fields = table === 'volunteers' ? VOLUNTEER_FIELDS : RECORD_FIELDS;
    run.ledger.record(table, before[i], after, fields, run.step, d.deskId);
  }
}

/** A service record the test adds by hand for `v`, on a day of its own, 30 to 240 minutes long. */
function pastInput(run: Run) {
  const signInAt = FIRST_DAY + run.step * DAY;
  const signOutAt = signInAt + run.rng.int(1, 8) * 30 * 60_000;
  return { ...FRONT_DESK, signInAt, signOutAt, evaluation: '', reason: `补录第${run.step}步` };
}

/** The desk registers a volunteer through the app's repository (numbered under its desk code). */
async function register(run: Run, d: PDesk) {
  const n = run.step;
  const draft = volunteerDraft(n, d.ctx.now(), { name: `志愿者${n}`, address: `地址${n}` });
  await tracked(run, d, [['volunteers', null]], async () => [
    (await volunteersRepo(d.db, d.ctx).register(draft)).id,
  ]);
}

/** What a step may do, each as often as it is listed. */
const WEIGHTS = {
  register: 1,
  book: 2,
  rebook: 3,
  edit: 5,
  remove: 1,
  add: 3,
  confirm: 4,
  correct: 3,
  sync: 5,
  replicate: 3,
  partition: 2,
  heal: 2,
  crash: 1,
};
const KINDS = Object.entries(WEIGHTS).flatMap(([kind, n]) => Array<string>(n).fill(kind));

/** One random step at one random desk; returns what it did, for the failure message. */
async function step(run: Run): Promise<string> {
  const { rng, w } = run;
  const d = rng.pick(w.desks);
  const volunteers = volunteersRepo(d.db, d.ctx);
  const records = serviceRecordsRepo(d.db, d.ctx);
  const people = live(await d.db.volunteers.toArray());
  const kind = rng.pick(KINDS);
  const n = run.step;
  if (kind === 'register') {
    await register(run, d);
    return `${d.deskId} registers 志愿者${n}`;
  }
  if (kind === 'book') {
    let id: string | null = null;
    await tracked(run, d, [['bookings', null]], async () => {
      id = await book(d, n);
      return id ? [id] : [];
    });
    return `${d.deskId} books ${id ?? '(refused)'}`;
  }
  const bookings = await openBookings(d);
  if (kind === 'rebook' && bookings.length > 0) {
    const b = rng.pick(bookings);
    const cancel = rng.chance(0.3);
    await tracked(run, d, [['bookings', b.id]], async () => [(await changeBooking(d, b, n, cancel), b.id)]);
    return `${d.deskId} ${cancel ? 'cancels' : 'changes'} ${b.id}`;
  }
  if (people.length === 0 || kind === 'sync')
    return (await syncDesk(w, d), `${d.deskId} syncs${d.online ? '' : ' offline'}`);
  const v = rng.pick(people);
  if (kind === 'edit') {
    const field = rng.pick(['name', 'phone', 'address'] as const);
    const value = { name: `志愿者${n}号`, phone: `139${String(n).padStart(8, '0')}`, address: `地址${n}号` }[
      field
    ];
    await tracked(run, d, [['volunteers', v.id]], async () => [
      (await volunteers.update(v.id, { [field]: value })).id,
    ]);
    return `${d.deskId} sets ${v.id}.${field}=${value}`;
  }
  if (kind === 'remove') {
    await tracked(run, d, [['volunteers', v.id]], async () => [(await volunteers.remove(v.id), v.id)]);
    return `${d.deskId} removes ${v.id}`;
  }
  const held = live(await d.db.serviceRecords.toArray());
  const waiting = held.filter((r) => r.status === '待确认');
  const confirmed = held.filter((r) => r.status === '已确认');
  if (
    kind === 'add' ||
    (kind === 'confirm' && !waiting.length) ||
    (kind === 'correct' && !confirmed.length)
  ) {
    await tracked(run, d, [['serviceRecords', null]], async () => [
      (await records.addPast(v.id, pastInput(run))).id,
    ]);
    return `${d.deskId} adds a record for ${v.id}`;
  }
  if (kind === 'confirm') {
    const r = rng.pick(waiting);
    await tracked(run, d, [['serviceRecords', r.id]], async () => [(await records.confirm(r.id), r.id)]);
    return `${d.deskId} confirms ${r.id}`;
  }
  if (kind === 'correct') {
    // Confirmed hours are never edited: the record is voided and a corrected one added, as the app does.
    const r = rng.pick(confirmed);
    const rows: [SyncedTable, string | null][] = [
      ['serviceRecords', r.id],
      ['serviceRecords', null],
    ];
    await tracked(run, d, rows, async () => {
      await records.void(r.id, '时长有误，另行补录');
      return [r.id, (await records.addPast(r.volunteerId, pastInput(run))).id];
    });
    return `${d.deskId} corrects ${r.id}`;
  }
  if (kind === 'replicate') {
    // Live replication runs between the desk's cycles: the mirror can move after a write, before its pump.
    if (d.online) await replicate(w, d);
    return `${d.deskId} replicates${d.online ? '' : ' (offline: nothing)'}`;
  }
  if (kind === 'partition') return ((d.online = false), `${d.deskId} goes offline`);
  if (kind === 'heal') return ((d.online = true), `${d.deskId} comes back`);
  const midPump = rng.chance(0.5);
  await crash(d, midPump);
  return `${d.deskId} is killed ${midPump ? 'between the mirror write and the ack' : 'before its pump'}`;
}

describe('random writes, partitions, crashes and heals over three desks', () => {
  it.each(SEEDS)(
    'converge with no write lost and the hours preserved (seed %i)',
    { timeout: 60_000 },
    async (seed) => {
      const w = await threeDesks();
      worlds.push(w);
      const run: Run = {
        seed,
        rng: createRandom(seed),
        w,
        ledger: createLedger(),
        step: 0,
        trail: [],
        kept: new Map(),
      };
      try {
        // A few volunteers every desk holds before the desks part: edits then meet on the same rows.
        await seedPlaces(w.desks[0] as PDesk);
        for (run.step = 1; run.step <= 4; run.step += 1) {
          w.tick();
          await register(run, w.desks[0] as PDesk);
        }
        await syncUntilQuiet(w);
        for (run.step = 5; run.step <= STEPS; run.step += 1) {
          w.tick();
          run.trail.push(`${run.step}: ${await step(run)}`);
        }
        run.trail.push('end: heal all and sync');
        await syncUntilQuiet(w);
        await expectConflictsShared(w);
        run.trail.push('end: resolve every conflict');
        await resolveAll(run);
        await expectConverged(run);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // The wrapped assertion's diff is lost with it: its actual value goes into the message.
        const actual =
          error instanceof Object && 'actual' in error ? JSON.stringify(error.actual, null, 1) : '';
        throw new Error(
          `seed ${seed}, ${run.trail.at(-1) ?? 'setup'}: ${message} ${actual}\n${run.trail.join('\n')}`,
          {
            cause: error,
          },
        );
      }
    },
  );
});
