import Dexie, { type Table } from 'dexie';
import { stampUpdate, type BaseRecord } from '@shared/model';
import { shiftKey, type RosterEntry, type RosterStatus } from '@shared/rosters/model';
import { addDays, dateKey } from '@shared/time/center-time';
import type { DeskDatabase } from '../database';

type Stamp = { now: number; deskId: string };

/**
 * What a merge did to the roster, kept in the merge's audit entry so {@link unmoveRoster} can put every
 * row back exactly.
 */
export interface RosterMove {
  /** Entries of the dropped volunteer now on the kept one (duplicates included). */
  movedEntryIds: string[];
  /** Dropped entries on a shift the kept volunteer already had, soft-deleted, with the link they held. */
  duplicates: { id: string; serviceRecordId: string | null }[];
  /** Kept entries that took over a duplicate's arrival, with what they were before. */
  survivors: { id: string; status: RosterStatus; serviceRecordId: string | null }[];
  /** Other volunteers' entries standing in for the dropped one, now standing in for the kept one. */
  substituteIds: string[];
  movedPatternIds: string[];
}

/**
 * Puts the same change on each row still there: what undoing a move does, row by row. Rows gone since
 * (there is no hard delete today) are skipped rather than failing the whole undo.
 */
export async function patchEach<T extends BaseRecord>(
  table: Table<T, string>,
  ids: readonly string[],
  patch: Partial<Omit<T, keyof BaseRecord>>,
  stamp: Stamp,
): Promise<void> {
  for (const id of ids) {
    const row = await table.get(id);
    if (row) await table.put(stampUpdate(row, patch, stamp));
  }
}

/** The tables the roster part of a merge or an erasure writes. */
export function rosterTables(db: DeskDatabase) {
  return [db.rosterEntries, db.rosterPatterns];
}

/** Every entry of a volunteer, deleted ones too, through the [volunteerId+date] index. */
function entriesOf(db: DeskDatabase, volunteerId: string, from: unknown = Dexie.minKey) {
  return db.rosterEntries
    .where('[volunteerId+date]')
    .between([volunteerId, from], [volunteerId, Dexie.maxKey], true, true)
    .toArray();
}

/**
 * Moves `dropId`'s roster entries and patterns to `keepId` (inside the merge's transaction). Where both
 * were live on the same shift the kept entry stays and the dropped one is soft-deleted, except that an
 * arrival (到岗) the kept entry lacks moves onto it: nothing that happened is lost. Substitutes standing
 * in for the dropped volunteer now stand in for the kept one, so the grid counts them against that row.
 */
export async function moveRoster(
  db: DeskDatabase,
  stamp: Stamp,
  keepId: string,
  dropId: string,
): Promise<RosterMove> {
  const moved: RosterMove = {
    movedEntryIds: [],
    duplicates: [],
    survivors: [],
    substituteIds: [],
    movedPatternIds: [],
  };
  const dropped = await entriesOf(db, dropId);
  const first = dropped[0]?.date;
  const last = dropped[dropped.length - 1]?.date;
  // Only the kept volunteer's dates the dropped one also had can hold a shared shift.
  const kept =
    first === undefined || last === undefined
      ? []
      : await db.rosterEntries
          .where('[volunteerId+date]')
          .between([keepId, first], [keepId, last], true, true)
          .toArray();
  const keptByShift = new Map<string, RosterEntry>();
  for (const k of kept) if (k.deletedAt === null) keptByShift.set(shiftKey(k.postId, k.shiftId, k.date), k);

  for (const d of dropped) {
    moved.movedEntryIds.push(d.id);
    const k = d.deletedAt === null ? keptByShift.get(shiftKey(d.postId, d.shiftId, d.date)) : undefined;
    if (!k) {
      await db.rosterEntries.put(stampUpdate(d, { volunteerId: keepId }, stamp));
      continue;
    }
    if (d.status === '到岗' && k.status !== '到岗') {
      moved.survivors.push({ id: k.id, status: k.status, serviceRecordId: k.serviceRecordId });
      await db.rosterEntries.put(
        stampUpdate(k, { status: '到岗', serviceRecordId: d.serviceRecordId }, stamp),
      );
    }
    moved.duplicates.push({ id: d.id, serviceRecordId: d.serviceRecordId });
    // The link goes with the arrival: a deleted duplicate holding it could later be revived beside it.
    await db.rosterEntries.put({
      ...stampUpdate(d, { volunteerId: keepId, serviceRecordId: null }, stamp),
      deletedAt: stamp.now,
    });
  }

  // A substitute shares its post and date with the entry it covers: one [postId+date] range per day.
  const days = new Set(dropped.map((d) => `${d.postId}|${d.date}`));
  for (const day of days) {
    const [postId = '', date = ''] = day.split('|');
    const sameDay = await db.rosterEntries.where('[postId+date]').equals([postId, date]).toArray();
    for (const s of sameDay.filter((e) => e.substituteFor === dropId)) {
      moved.substituteIds.push(s.id);
      // The kept volunteer cannot stand in for themself.
      const substituteFor = s.volunteerId === keepId ? null : keepId;
      await db.rosterEntries.put(stampUpdate(s, { substituteFor }, stamp));
    }
  }

  const patterns = await db.rosterPatterns.where('volunteerId').equals(dropId).toArray();
  for (const p of patterns) {
    moved.movedPatternIds.push(p.id);
    await db.rosterPatterns.put(stampUpdate(p, { volunteerId: keepId }, stamp));
  }
  return moved;
}

/** Puts back what {@link moveRoster} did (inside the unmerge's transaction). Older merges have no record. */
export async function unmoveRoster(
  db: DeskDatabase,
  stamp: Stamp,
  dropId: string,
  moved: RosterMove | undefined,
): Promise<void> {
  if (!moved) return;
  const duplicates = new Map(moved.duplicates.map((d) => [d.id, d.serviceRecordId]));
  for (const id of moved.movedEntryIds) {
    const e = await db.rosterEntries.get(id);
    if (!e) continue;
    if (!duplicates.has(id)) {
      await db.rosterEntries.put(stampUpdate(e, { volunteerId: dropId }, stamp));
      continue;
    }
    const serviceRecordId = duplicates.get(id) ?? null;
    await db.rosterEntries.put({
      ...stampUpdate(e, { volunteerId: dropId, serviceRecordId }, stamp),
      deletedAt: null,
    });
  }
  for (const s of moved.survivors) {
    const e = await db.rosterEntries.get(s.id);
    if (e)
      await db.rosterEntries.put(
        stampUpdate(e, { status: s.status, serviceRecordId: s.serviceRecordId }, stamp),
      );
  }
  await patchEach(db.rosterEntries, moved.substituteIds, { substituteFor: dropId }, stamp);
  await patchEach(db.rosterPatterns, moved.movedPatternIds, { volunteerId: dropId }, stamp);
}

/** What an erasure took off the roster, for its audit entry (ids only: nothing personal). */
export interface RosterErasure {
  removedEntryIds: string[];
  endedPatternIds: string[];
  removedPatternIds: string[];
}

/**
 * Takes an erased volunteer off the roster from tomorrow (center time): their planned (排班) entries after
 * today are soft-deleted, patterns still running are ended today and those not yet started are removed.
 * Everything up to today, and every 到岗, 请假 or 缺勤, stays: the roster figures count it.
 */
export async function clearFutureRoster(
  db: DeskDatabase,
  stamp: Stamp,
  volunteerId: string,
): Promise<RosterErasure> {
  const today = dateKey(stamp.now);
  const future = await entriesOf(db, volunteerId, addDays(today, 1));
  const planned = future.filter((e) => e.deletedAt === null && e.status === '排班');
  for (const e of planned) await db.rosterEntries.put({ ...stampUpdate(e, {}, stamp), deletedAt: stamp.now });
  const patterns = await db.rosterPatterns.where('volunteerId').equals(volunteerId).toArray();
  const running = patterns.filter((p) => p.deletedAt === null && p.to > today);
  const ended = running.filter((p) => p.from <= today);
  const removed = running.filter((p) => p.from > today);
  for (const p of ended) await db.rosterPatterns.put(stampUpdate(p, { to: today }, stamp));
  for (const p of removed)
    await db.rosterPatterns.put({ ...stampUpdate(p, {}, stamp), deletedAt: stamp.now });
  return {
    removedEntryIds: planned.map((e) => e.id),
    endedPatternIds: ended.map((p) => p.id),
    removedPatternIds: removed.map((p) => p.id),
  };
}
