import { stampNew, stampUpdate, type Draft } from '@shared/model';
import { expandPattern, type PatternExpansion } from '@shared/rosters/expand';
import {
  isOnDuty,
  ROSTER_STATUSES,
  type EntryLike,
  type RosterEntry,
  type RosterPattern,
  type RosterStatus,
} from '@shared/rosters/model';
import { rosterPatternSchema, type RosterPatternFormValues } from '@shared/rosters/pattern-schema';
import { fieldProblems } from '@shared/rosters/post-schema';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { HOLIDAY_DATASET } from './closures';
import { live } from './live';
import { RosterPatternInvalidError } from './roster-errors';
import { assertRosterFits, scopeTables } from './roster-scope';
import { setDeleted } from './soft-delete';

/** A saved repeating assignment: its entries, and the dates on its weekdays left out, with why. */
export interface SavedPattern {
  pattern: RosterPattern;
  entries: RosterEntry[];
  skipped: PatternExpansion['skipped'];
}

/** Only the fields an entry is made of: ids and bookkeeping a caller passed are not taken over. */
function draftOf(e: EntryLike): Draft<RosterEntry> {
  return {
    postId: e.postId,
    shiftId: e.shiftId,
    date: e.date,
    volunteerId: e.volunteerId,
    status: e.status,
    substituteFor: e.substituteFor,
    patternId: e.patternId ?? null,
    serviceRecordId: e.serviceRecordId ?? null,
  };
}

/** What the audit log keeps of an entry: where, when and who, not its bookkeeping. */
const summary = (e: RosterEntry) => ({
  id: e.id,
  postId: e.postId,
  shiftId: e.shiftId,
  date: e.date,
  volunteerId: e.volunteerId,
  substituteFor: e.substituteFor,
});

/**
 * Roster writes. Each checks and writes in one rw transaction (see assertRosterFits), so two desks
 * rostering the same volunteer at once cannot both succeed, and each records the staff member.
 */
export function rosterWrites(db: DeskDatabase, ctx: WriteContext) {
  const tables = [...scopeTables(db), db.rosterPatterns, db.auditLog];
  const stamp = () => ({ now: ctx.now(), deskId: ctx.deskId });

  async function liveEntry(id: string): Promise<RosterEntry> {
    const row = await db.rosterEntries.get(id);
    if (!row || row.deletedAt !== null) throw new Error('找不到该排班，可能已被删除');
    return row;
  }

  /** Changes fields of a stored entry and logs what they were and became (in the caller's transaction). */
  async function patchEntry(
    row: RosterEntry,
    patch: Partial<Draft<RosterEntry>>,
    action: string,
  ): Promise<RosterEntry> {
    const saved = stampUpdate(row, patch, stamp());
    await db.rosterEntries.put(saved);
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, row[k as keyof RosterEntry]]));
    await appendAudit(db, ctx, { action, entity: 'rosterEntries', entityId: row.id, before, after: patch });
    return saved;
  }

  async function addEntries(drafts: Draft<RosterEntry>[]): Promise<RosterEntry[]> {
    const { now, deskId } = stamp();
    const rows = drafts.map((d) => stampNew(d, { now, deskId, id: ctx.newId() }));
    await db.rosterEntries.bulkAdd(rows);
    return rows;
  }

  return {
    /**
     * Adds entries (one cell or a week's grid) if none clashes with the roster or another (the same
     * volunteer at overlapping times on any post, over the day cap, a minor at an adults-only post);
     * otherwise throws RosterClashError with every clash and writes nothing. One audit entry.
     */
    assign(proposed: readonly EntryLike[]): Promise<RosterEntry[]> {
      if (proposed.length === 0) return Promise.resolve([]);
      return db.transaction('rw', tables, async () => {
        const drafts = proposed.map(draftOf);
        await assertRosterFits(db, ctx, drafts);
        const rows = await addEntries(drafts);
        await appendAudit(db, ctx, {
          action: '排班',
          entity: 'rosterEntries',
          entityId: rows.length === 1 ? (rows[0]?.id ?? null) : null,
          after: rows.map(summary),
        });
        return rows;
      });
    },

    /**
     * Saves a repeating assignment and its entries: every date on its weekdays the post runs, up to the
     * end of its term (problems per field in RosterPatternInvalidError). Reads only this volunteer's
     * entries over the pattern's dates for the clash check, so a whole term stays fast.
     */
    savePattern(values: RosterPatternFormValues): Promise<SavedPattern> {
      return db.transaction('rw', tables, async () => {
        const post = await db.dutyPosts.get(values.postId);
        if (!post || post.deletedAt !== null) throw new RosterPatternInvalidError({ postId: '请选择岗位' });
        const terms = live(await db.schoolTerms.toArray());
        const parsed = rosterPatternSchema({ post, terms }).safeParse(values);
        if (!parsed.success) throw new RosterPatternInvalidError(fieldProblems(parsed.error));
        const pattern: RosterPattern = stampNew(parsed.data, { ...stamp(), id: ctx.newId() });
        const expansion = expandPattern(pattern, post, { holidays: HOLIDAY_DATASET, terms });
        if (expansion.entries.length === 0)
          throw new RosterPatternInvalidError({
            weekdays: '所选日期内该岗位都不上岗，没有可排的班，请改选星期几或日期',
          });
        await assertRosterFits(db, ctx, expansion.entries);
        await db.rosterPatterns.add(pattern);
        const entries = await addEntries(expansion.entries);
        await appendAudit(db, ctx, {
          action: '按规律排班',
          entity: 'rosterPatterns',
          entityId: pattern.id,
          after: { ...pattern, entries: entries.length, skipped: expansion.skipped },
        });
        return { pattern, entries, skipped: expansion.skipped };
      });
    },

    /**
     * Undoes a pattern just saved: soft-deletes it and those of its entries still only planned (排班), in
     * one transaction with one audit entry. Entries already marked 到岗, 请假 or 缺勤 are history and stay.
     */
    removePattern(patternId: string): Promise<number> {
      return db.transaction('rw', tables, async () => {
        const pattern = await db.rosterPatterns.get(patternId);
        if (!pattern || pattern.deletedAt !== null) throw new Error('找不到该排班规律，可能已被撤销');
        const { now, deskId } = stamp();
        await db.rosterPatterns.put({ ...stampUpdate(pattern, {}, { now, deskId }), deletedAt: now });
        const planned = live(await db.rosterEntries.where('patternId').equals(patternId).toArray()).filter(
          (e) => e.status === '排班',
        );
        await db.rosterEntries.bulkPut(
          planned.map((e) => ({ ...stampUpdate(e, {}, { now, deskId }), deletedAt: now })),
        );
        await appendAudit(db, ctx, {
          action: '撤销按规律排班',
          entity: 'rosterPatterns',
          entityId: patternId,
          after: { entries: planned.map((e) => e.id) },
        });
        return planned.length;
      });
    },

    /**
     * Moves a planned entry to another shift or date of its post (a drag in the week grid), checked like
     * a new entry: the day must run and the volunteer must be free there. Only 排班 entries move; one
     * marked 到岗, 请假 or 缺勤, or standing in for someone, is history of that shift.
     */
    moveEntry(id: string, to: { shiftId: string; date: string }): Promise<RosterEntry> {
      return db.transaction('rw', tables, async () => {
        const row = await liveEntry(id);
        if (row.status !== '排班' || row.substituteFor !== null)
          throw new Error('只有尚未到岗的排班可以移动，请先改回“排班”状态');
        if (row.shiftId === to.shiftId && row.date === to.date) return row;
        await assertRosterFits(db, ctx, [{ ...row, ...to }]);
        return patchEntry(row, { shiftId: to.shiftId, date: to.date }, '移动排班');
      });
    },

    /** Soft-deletes an entry; `restoreEntry` undoes it. */
    async removeEntry(id: string): Promise<void> {
      await setDeleted(db, ctx, db.rosterEntries, id, true, '排班', summary);
    },

    /** Restores a deleted entry unless its volunteer has been given that time since. */
    async restoreEntry(id: string): Promise<void> {
      await db.transaction('rw', tables, async () => {
        const row = await db.rosterEntries.get(id);
        if (!row) throw new Error('找不到该排班');
        if (row.deletedAt === null) return;
        await assertRosterFits(db, ctx, [{ ...row, deletedAt: null }]);
        await setDeleted(db, ctx, db.rosterEntries, id, false, '排班', summary);
      });
    },

    /** Marks an entry 排班, 请假, 缺勤 or 到岗; back on duty, it is checked for clashes again. */
    setStatus(id: string, status: RosterStatus): Promise<RosterEntry> {
      if (!ROSTER_STATUSES.includes(status)) return Promise.reject(new Error('未知的排班状态'));
      return db.transaction('rw', tables, async () => {
        const row = await liveEntry(id);
        if (row.status === status) return row;
        // A 请假 withdrawn: the time may have been given to another post meanwhile.
        if (isOnDuty({ ...row, status }) && !isOnDuty(row))
          await assertRosterFits(db, ctx, [{ ...row, status }]);
        return patchEntry(row, { status }, '修改排班状态');
      });
    },

    /**
     * Rosters `volunteerId` in the place of the entry's volunteer (on leave or absent) on the same
     * shift: a new entry whose `substituteFor` names them, checked for clashes like any other.
     */
    addSubstitute(entryId: string, volunteerId: string): Promise<RosterEntry> {
      return db.transaction('rw', tables, async () => {
        const entry = await liveEntry(entryId);
        if (volunteerId === entry.volunteerId) throw new Error('顶班的须是另一位志愿者');
        const sameDay = await db.rosterEntries
          .where('[postId+date]')
          .equals([entry.postId, entry.date])
          .toArray();
        const covered = sameDay.some(
          (e) => e.shiftId === entry.shiftId && e.substituteFor === entry.volunteerId && isOnDuty(e),
        );
        if (covered) throw new Error('这一班已有志愿者顶替，如需换人请先删除原顶班');
        const draft: Draft<RosterEntry> = {
          ...draftOf(entry),
          volunteerId,
          status: '排班',
          substituteFor: entry.volunteerId,
          patternId: null,
          serviceRecordId: null,
        };
        await assertRosterFits(db, ctx, [draft]);
        const [row] = await addEntries([draft]);
        if (!row) throw new Error('顶班没有保存');
        await appendAudit(db, ctx, {
          action: '安排顶班',
          entity: 'rosterEntries',
          entityId: row.id,
          after: { ...summary(row), forEntryId: entryId },
        });
        return row;
      });
    },

    /** Links the sign-in that holds the hours of an entry's shift, which makes the entry 到岗. */
    linkServiceRecord(entryId: string, recordId: string): Promise<RosterEntry> {
      return db.transaction('rw', db.rosterEntries, db.serviceRecords, db.auditLog, async () => {
        const entry = await liveEntry(entryId);
        const record = await db.serviceRecords.get(recordId);
        if (!record || record.deletedAt !== null) throw new Error('找不到该服务记录，可能已被删除');
        if (record.volunteerId !== entry.volunteerId)
          throw new Error('这条服务记录不是该排班志愿者的，无法关联');
        const linked = await db.rosterEntries.where('serviceRecordId').equals(recordId).toArray();
        const other = live(linked).find((e) => e.id !== entryId);
        if (other) throw new Error(`这条服务记录已关联到 ${other.date} 的另一班排班`);
        return patchEntry(entry, { serviceRecordId: recordId, status: '到岗' }, '关联服务记录');
      });
    },
  };
}
