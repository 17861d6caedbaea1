import { stampNew, stampUpdate, type NumberCounter } from '@shared/model';
import { formatVolunteerNo, VOLUNTEER_NO_PREFIX, volunteerNoSequence } from '@shared/volunteers/scanner';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';

/**
 * Counter rows kept beside the volunteers so screens never count 126k rows in a live query:
 * `ZYZ` is the last allocated 志愿者编号, `volunteers.live` the number of live volunteers. Both are
 * advanced inside the transaction that adds or removes a volunteer. A missing row is computed once
 * (demo loads and restores write volunteers without touching counters; demo data only ever loads
 * into an empty desk, where no counter row can exist yet).
 */
export const NUMBER_COUNTER = VOLUNTEER_NO_PREFIX;

/** The counter row of the 志愿者编号 this desk gives: one per desk code while syncing (see numberMark). */
export const numberCounterKey = (db: DeskDatabase): string => `${NUMBER_COUNTER}${db.numberMark}`;
export const LIVE_COUNTER = 'volunteers.live';

async function counterRow(db: DeskDatabase, key: string): Promise<NumberCounter | undefined> {
  return db.counters.where('key').equals(key).first();
}

/**
 * Live volunteers when the counter row is missing: all rows less the deleted ones, both counted by
 * IndexedDB itself (the deletedAt index holds only deleted rows), so no volunteer row is read.
 */
export async function countLiveVolunteers(db: DeskDatabase): Promise<number> {
  const [all, deleted] = await Promise.all([
    db.volunteers.count(),
    db.volunteers.where('deletedAt').above(-Infinity).count(),
  ]);
  return all - deleted;
}

/** The live count as maintained; falls back to a one-off count when the row is missing. */
export async function readLiveCount(db: DeskDatabase): Promise<number> {
  const row = await counterRow(db, LIVE_COUNTER);
  return row ? row.last : countLiveVolunteers(db);
}

async function writeCounter(db: DeskDatabase, ctx: WriteContext, key: string, value: number): Promise<void> {
  const row = await counterRow(db, key);
  const now = ctx.now();
  if (row) await db.counters.put(stampUpdate(row, { last: value }, { now, deskId: ctx.deskId }));
  else await db.counters.add(stampNew({ key, last: value }, { id: ctx.newId(), now, deskId: ctx.deskId }));
}

/** Adds `delta` to the live count. Call inside a transaction over volunteers and counters. */
export async function adjustLiveCount(db: DeskDatabase, ctx: WriteContext, delta: number): Promise<void> {
  const current = await readLiveCount(db);
  await writeCounter(db, ctx, LIVE_COUNTER, Math.max(0, current + delta));
}

/** Whether a stored volunteer row (or none) counts as live: the same rule as countLiveVolunteers. */
export const isLiveRow = (row: unknown): boolean =>
  row !== undefined && row !== null && (row as { deletedAt?: unknown }).deletedAt === null;

/**
 * Adds `delta` to the live count only where the counter row is kept: rows written outside the
 * repositories (a pull from the center) are already in the table, so a missing row's one-off count
 * would include them and the delta would count them twice. A delta given as a function is computed
 * only when the row exists, so a desk without the row never reads the rows a pull replaces.
 */
export async function shiftKeptLiveCount(
  db: DeskDatabase,
  ctx: WriteContext,
  delta: number | (() => Promise<number>),
): Promise<void> {
  if (delta === 0) return;
  const row = await counterRow(db, LIVE_COUNTER);
  if (!row) return;
  const by = typeof delta === 'number' ? delta : await delta();
  if (by !== 0) await writeCounter(db, ctx, LIVE_COUNTER, Math.max(0, row.last + by));
}

/**
 * Allocates the next 志愿者编号: after both the counter and the highest number already stored (demo
 * data and imports bring their own numbers). Call inside the transaction that adds the volunteer.
 */
export async function allocateVolunteerNo(db: DeskDatabase, ctx: WriteContext): Promise<string> {
  const [no] = await allocateVolunteerNos(db, ctx, 1);
  return no ?? formatVolunteerNo(1);
}

/** Allocates `count` consecutive 志愿者编号 with one counter write (imports number a chunk at a time). */
export async function allocateVolunteerNos(
  db: DeskDatabase,
  ctx: WriteContext,
  count: number,
): Promise<string[]> {
  const key = numberCounterKey(db);
  const row = await counterRow(db, key);
  const prefix = `${VOLUNTEER_NO_PREFIX}${db.numberMark}`;
  const highest = await db.volunteers.where('volunteerNo').between(`${prefix}0`, `${prefix}9\uffff`).last();
  const stored = highest ? (volunteerNoSequence(highest.volunteerNo) ?? 0) : 0;
  const first = Math.max(row?.last ?? 0, stored) + 1;
  if (count <= 0) return [];
  await writeCounter(db, ctx, key, first + count - 1);
  return Array.from({ length: count }, (_, i) => formatVolunteerNo(first + i, db.numberMark));
}
