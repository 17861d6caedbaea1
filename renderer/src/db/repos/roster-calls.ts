import type { Volunteer } from '@shared/model';
import { maskPhone } from '@shared/privacy/mask';
import type { DutyPost, RosterEntry, RosterStatus } from '@shared/rosters/model';
import { addDays } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { byNameThenPlace } from './duty-posts';
import { live } from './live';

/** One roster entry as the call list, its printout and the roster exports show it. */
export interface RosterLine {
  entryId: string;
  date: string;
  postId: string;
  postName: string;
  place: string;
  shiftId: string;
  shiftLabel: string;
  startMinute: number;
  endMinute: number;
  volunteerId: string;
  name: string;
  /** Masked (138****5678) unless read through a logged full-phone read, or raw for an export whose cells mask. */
  phone: string;
  status: RosterStatus;
  /** The name of the volunteer whose place a substitute takes; null for an ordinary entry. */
  substituteFor: string | null;
}

/** Why full phones of a call list were read: shown on screen, or printed. */
export type CallListPurpose = '查看' | '打印';

/** The audit actions of full-phone reads, one entry per read (never per row). */
export const CALL_LIST_ACTIONS: Readonly<Record<CallListPurpose, string>> = {
  查看: '查看通话名单完整手机号',
  打印: '打印通话名单完整手机号',
};

/** How long a print of full phones may follow the audit entry it was started with. */
const TICKET_MS = 10 * 60_000;

const UNKNOWN = '未知志愿者';

const masked = (lines: RosterLine[]): RosterLine[] =>
  lines.map((l) => ({ ...l, phone: l.phone ? maskPhone(l.phone) : '' }));

/** By date, post (name, place), shift start, then volunteer name: the order every list and sheet shows. */
function byDatePostShift(a: RosterLine, b: RosterLine, posts: ReadonlyMap<string, DutyPost>): number {
  const pa = posts.get(a.postId);
  const pb = posts.get(b.postId);
  return (
    a.date.localeCompare(b.date) ||
    (pa && pb ? byNameThenPlace(pa, pb) : 0) ||
    a.postId.localeCompare(b.postId) ||
    a.startMinute - b.startMinute ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

/**
 * Entries joined with their posts, shifts and volunteers in one bulkGet each. Entries at a deleted post,
 * or on a shift no longer in the post, are left out: they no longer count anywhere else either.
 */
async function linesOf(db: DeskDatabase, entries: readonly RosterEntry[]): Promise<RosterLine[]> {
  const kept = live([...entries]);
  const people = new Set(
    kept.flatMap((e) => (e.substituteFor ? [e.volunteerId, e.substituteFor] : [e.volunteerId])),
  );
  const [postRows, volunteerRows] = await Promise.all([
    db.dutyPosts.bulkGet([...new Set(kept.map((e) => e.postId))]),
    db.volunteers.bulkGet([...people]),
  ]);
  const posts = new Map(live(postRows.filter((p) => p !== undefined)).map((p) => [p.id, p] as const));
  const volunteers = new Map(
    volunteerRows.filter((v): v is Volunteer => v !== undefined).map((v) => [v.id, v] as const),
  );
  const lines = kept.flatMap((e): RosterLine[] => {
    const post = posts.get(e.postId);
    const shift = post?.shifts.find((s) => s.id === e.shiftId);
    if (!post || !shift) return [];
    const person = volunteers.get(e.volunteerId);
    return [
      {
        entryId: e.id,
        date: e.date,
        postId: post.id,
        postName: post.name,
        place: post.place,
        shiftId: shift.id,
        shiftLabel: shift.label,
        startMinute: shift.startMinute,
        endMinute: shift.endMinute,
        volunteerId: e.volunteerId,
        name: person?.name ?? UNKNOWN,
        phone: person?.phone ?? '',
        status: e.status,
        substituteFor: e.substituteFor ? (volunteers.get(e.substituteFor)?.name ?? UNKNOWN) : null,
      },
    ];
  });
  return lines.sort((a, b) => byDatePostShift(a, b, posts));
}

/**
 * The call list and roster exports. Reads go through the rosterEntries `date` or [postId+date] index,
 * never a scan. Phones leave masked, except through a read that writes its own audit entry, or raw to an
 * export whose cells mask them unless an admin's full export is logged (see ExportButton).
 */
export function rosterCalls(db: DeskDatabase, ctx: WriteContext) {
  /** Everyone rostered (排班) on a date, raw phones: inside the caller's transaction. */
  async function readCallList(date: string): Promise<RosterLine[]> {
    const entries = await db.rosterEntries.where('date').equals(date).toArray();
    return linesOf(
      db,
      entries.filter((e) => e.status === '排班'),
    );
  }

  const readTables = [db.rosterEntries, db.dutyPosts, db.volunteers];

  return {
    /** 通话名单 of a date with masked phones: what any staff member sees. Nothing is logged. */
    async callList(date: string): Promise<RosterLine[]> {
      return masked(await db.transaction('r', readTables, () => readCallList(date)));
    },

    /**
     * 通话名单 of a date with full phones, for a 管理员 (the caller checks the role): writes one audit
     * entry naming the date and how many volunteers, in the same transaction as the read. `auditId` is
     * that entry's id, the ticket a print of the full list carries (see callListByTicket).
     */
    callListWithPhones(
      date: string,
      purpose: CallListPurpose,
    ): Promise<{ lines: RosterLine[]; auditId: string }> {
      return db.transaction('rw', [...readTables, db.auditLog], async () => {
        const lines = await readCallList(date);
        const volunteers = new Set(lines.map((l) => l.volunteerId)).size;
        const auditId = ctx.newId();
        await appendAudit(db, ctx, {
          id: auditId,
          action: CALL_LIST_ACTIONS[purpose],
          entity: 'rosterEntries',
          entityId: date,
          after: { date, volunteers },
          reason: `${date} 的通话名单，${volunteers} 名志愿者`,
        });
        return { lines, auditId };
      });
    },

    /**
     * The full-phone list for the print window, which has nobody signed in: only with the id of the 打印
     * audit entry written for this date in the last 10 minutes, so a typed-in address prints no phones.
     */
    async callListByTicket(date: string, ticket: string): Promise<RosterLine[]> {
      return db.transaction('r', [...readTables, db.auditLog], async () => {
        const entry = await db.auditLog.get(ticket);
        const age = ctx.now() - (entry?.at ?? 0);
        if (
          !entry ||
          entry.action !== CALL_LIST_ACTIONS.打印 ||
          entry.entityId !== date ||
          age < -60_000 ||
          age > TICKET_MS
        )
          throw new Error('含完整手机号的通话名单须由管理员在“明日通话名单”中重新打印');
        return readCallList(date);
      });
    },

    /** 通话名单 of a date with raw phones, only for the .xlsx export (its phone cells mask). */
    callListForExport(date: string): Promise<RosterLine[]> {
      return db.transaction('r', readTables, () => readCallList(date));
    },

    /** A post's 7 days from `firstDay`, every status, masked phones: the week roster's export. */
    async weekLines(postId: string, firstDay: string): Promise<RosterLine[]> {
      const read = () =>
        db.rosterEntries
          .where('[postId+date]')
          .between([postId, firstDay], [postId, addDays(firstDay, 6)], true, true)
          .toArray()
          .then((rows) => linesOf(db, rows));
      return masked(await db.transaction('r', readTables, read));
    },

    /**
     * One page of every post's entries between two dates (inclusive), raw phones for the export's masking
     * cells. Pages hold whole days, so `next` is simply the first date not yet read; a day with more than
     * `size` entries comes whole in its own page.
     */
    async rosterLinesPage(
      range: { from: string; to: string },
      after: string | null,
      size: number,
    ): Promise<{ rows: RosterLine[]; next: string | null }> {
      const start = after ?? range.from;
      if (start > range.to) return { rows: [], next: null };
      return db.transaction('r', readTables, async () => {
        const rows = await db.rosterEntries
          .where('date')
          .between(start, range.to, true, true)
          .limit(size + 1)
          .toArray();
        if (rows.length <= size) return { rows: await linesOf(db, rows), next: null };
        const lastDate = rows.at(-1)?.date ?? range.to;
        const whole = rows.filter((r) => r.date !== lastDate);
        if (whole.length > 0) return { rows: await linesOf(db, whole), next: lastDate };
        const day = await db.rosterEntries.where('date').equals(lastDate).toArray();
        return { rows: await linesOf(db, day), next: lastDate < range.to ? addDays(lastDate, 1) : null };
      });
    },
  };
}
