import { stampUpdate, type ServiceRecord } from '@shared/model';
import { DEFAULT_EARLY_MINUTES, matchAttendance } from '@shared/rosters/attendance';
import { shiftIndex, type DutyShift, type RosterEntry } from '@shared/rosters/model';
import { dateKey } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { live } from './live';

/** The tables matchSignIn reads and writes; a sign-in that matches must include them in its transaction. */
export function signInMatchTables(db: DeskDatabase) {
  return [db.rosterEntries, db.dutyPosts, db.auditLog];
}

/**
 * Links a fresh sign-in to the shift its volunteer is rostered on (under the matching rules of
 * shared/rosters/attendance: from 30 minutes before the shift to its end), making that entry 到岗.
 * Runs inside the caller's transaction so the sign-in and the roster change land together. Only the
 * 'arrived' change is applied: absences are the sweep's business, never a side effect of a sign-in.
 * Returns the entry it linked, or null when the volunteer has no shift then.
 */
export async function matchSignIn(
  db: DeskDatabase,
  ctx: WriteContext,
  record: Pick<ServiceRecord, 'id' | 'volunteerId' | 'signInAt' | 'signOutAt' | 'post'>,
): Promise<RosterEntry | null> {
  const from = dateKey(record.signInAt);
  // A sign-in shortly before midnight may be for a shift early the next day.
  const to = dateKey(record.signInAt + DEFAULT_EARLY_MINUTES * 60_000);
  const entries = live(
    await db.rosterEntries
      .where('[volunteerId+date]')
      .between([record.volunteerId, from], [record.volunteerId, to], true, true)
      .toArray(),
  );
  if (entries.length === 0) return null;
  const found = await db.dutyPosts.bulkGet([...new Set(entries.map((e) => e.postId))]);
  const posts = live(found.filter((p) => p !== undefined));
  const { changes } = matchAttendance({
    entries,
    records: [record],
    shifts: shiftIndex(posts),
    now: ctx.now(),
  });
  const arrived = changes.find((c) => c.kind === 'arrived' && c.serviceRecordId === record.id);
  const entry = arrived?.kind === 'arrived' ? entries.find((e) => e.id === arrived.entryId) : undefined;
  if (!entry) return null;
  const patch = { status: '到岗' as const, serviceRecordId: record.id };
  const saved = stampUpdate(entry, patch, { now: ctx.now(), deskId: ctx.deskId });
  await db.rosterEntries.put(saved);
  await appendAudit(db, ctx, {
    action: '签到对应排班',
    entity: 'rosterEntries',
    entityId: entry.id,
    before: { status: entry.status, serviceRecordId: entry.serviceRecordId },
    after: patch,
  });
  return saved;
}

/** The rostered shift a sign-in was linked to, as the desk's message names it. */
export interface MatchedShift {
  postName: string;
  place: string;
  shift: DutyShift;
}

/**
 * The shift {@link matchSignIn} linked a sign-in to, read back after the sign-in's transaction (one
 * [volunteerId+date] range of the volunteer's entries around it); null when it matched none.
 */
export async function matchedShiftOf(
  db: DeskDatabase,
  record: Pick<ServiceRecord, 'id' | 'volunteerId' | 'signInAt'>,
): Promise<MatchedShift | null> {
  const from = dateKey(record.signInAt);
  const to = dateKey(record.signInAt + DEFAULT_EARLY_MINUTES * 60_000);
  const entry = (
    await db.rosterEntries
      .where('[volunteerId+date]')
      .between([record.volunteerId, from], [record.volunteerId, to], true, true)
      .toArray()
  ).find((e) => e.serviceRecordId === record.id && e.deletedAt === null);
  const post = entry ? await db.dutyPosts.get(entry.postId) : undefined;
  const shift = post?.shifts.find((s) => s.id === entry?.shiftId);
  return post && shift ? { postName: post.name, place: post.place, shift } : null;
}
