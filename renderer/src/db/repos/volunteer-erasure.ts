import { entryHash } from '@shared/audit/chain';
import type { AuditEntry, Volunteer } from '@shared/model';
import { stampUpdate } from '@shared/model';
import {
  anonymisedVolunteer,
  erasedValues,
  isAnonymised,
  PERSONAL_FIELDS,
  scrubValue,
} from '@shared/volunteers/anonymise';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { clearFutureRoster, rosterTables } from './roster-merge';
import { adjustLiveCount } from './volunteer-counters';

/**
 * Erases a volunteer's personal data on request (注销), in one transaction: the row becomes
 * {@link anonymisedVolunteer}; the values it held are scrubbed from the volunteer's own audit entries,
 * issued documents and service records' free text (all reached through indexes). Service records keep
 * their times and credited minutes, so every hours total stays as it was; planned shifts after today
 * and running roster patterns end (clearFutureRoster), past roster entries stay for the figures. `confirmNo` must repeat the
 * volunteer number (the second confirmation). The audit entry names only the number.
 */
export async function anonymiseVolunteer(
  db: DeskDatabase,
  ctx: WriteContext,
  id: string,
  confirmNo: string,
): Promise<Volunteer> {
  const tables = [
    db.volunteers,
    db.serviceRecords,
    db.documents,
    db.counters,
    db.auditLog,
    ...rosterTables(db),
  ];
  return db.transaction('rw', tables, async () => {
    const v = await db.volunteers.get(id);
    if (!v) throw new Error('找不到该志愿者');
    if (isAnonymised(v)) throw new Error('该志愿者已注销');
    if (confirmNo.trim().toUpperCase() !== v.volunteerNo) throw new Error('输入的志愿者编号不符，未注销');
    const records = await db.serviceRecords.where('volunteerId').equals(id).toArray();
    if (records.some((r) => r.status === '服务中' && r.deletedAt === null))
      throw new Error('该志愿者正在服务中，请先签退再注销');
    const now = ctx.now();
    const stamp = { now, deskId: ctx.deskId };
    const erased = erasedValues(v);
    const next = anonymisedVolunteer(v, now);
    const scrub = <T>(value: T): T => scrubValue(value, erased, next.name) as T;

    if (v.deletedAt === null) await adjustLiveCount(db, ctx, -1);
    await db.volunteers.put({ ...next, deskId: ctx.deskId });
    const changed = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b);
    // Entries rewritten below keep their chain hash and name this erasure's own entry, which records
    // each one's hash as rewritten: the chain check tells this lawful redaction from tampering.
    const voucherId = ctx.newId();
    const redacted: Record<string, string> = {};
    const redact = (e: AuditEntry, clean: Pick<AuditEntry, 'before' | 'after' | 'reason'>) => {
      const row = { ...e, ...clean, redactedBy: voucherId };
      redacted[e.id] = entryHash(row);
      return db.auditLog.put(row);
    };
    for (const r of records) {
      const texts = { evaluation: r.evaluation, manualReason: r.manualReason, leader: r.leader };
      const cleaned = scrub(texts);
      if (changed(cleaned, texts)) await db.serviceRecords.put(stampUpdate(r, cleaned, stamp));
      // Record snapshots in the log may quote the same free text.
      const logged = await db.auditLog.where('[entity+entityId]').equals(['serviceRecords', r.id]).toArray();
      for (const e of logged) {
        const clean = scrub({ before: e.before, after: e.after, reason: e.reason });
        if (changed(clean, { before: e.before, after: e.after, reason: e.reason })) await redact(e, clean);
      }
    }
    // Future shifts would still list the erased person on the grid and call lists; past ones are figures.
    const roster = await clearFutureRoster(db, stamp, id);
    const documents = await db.documents.where('recipientId').equals(id).toArray();
    for (const d of documents) {
      const { recipientName, content, rows, layout } = d;
      await db.documents.put(stampUpdate(d, scrub({ recipientName, content, rows, layout }), stamp));
    }
    const entries = await db.auditLog.where('[entity+entityId]').equals(['volunteers', id]).toArray();
    for (const e of entries) {
      const clean = {
        before: scrubValue(e.before, erased, next.name, PERSONAL_FIELDS),
        after: scrubValue(e.after, erased, next.name, PERSONAL_FIELDS),
        reason: e.reason === null ? null : scrub(e.reason),
      };
      if (!changed(clean, { before: e.before, after: e.after, reason: e.reason })) continue;
      await redact(e, clean);
    }
    await appendAudit(db, ctx, {
      id: voucherId,
      action: '注销并匿名化志愿者',
      entity: 'volunteers',
      entityId: id,
      after: { volunteerNo: v.volunteerNo, documents: documents.length, redacted, roster },
    });
    return next;
  });
}

/** A volunteer listed for retention review. */
export interface InactiveVolunteer {
  id: string;
  volunteerNo: string;
  name: string;
  /** Last sign-in, or registration when there never was one (epoch ms). */
  lastActivityAt: number;
  deleted: boolean;
}

const CHUNK = 500;

/**
 * Volunteers (live or deleted, not yet anonymised) with no sign-in and no registration since
 * `cutoff`. There is no last-activity index and the schema may not change, so this walks the roster
 * by primary key in chunks of 500 (never the whole table at once) and asks the
 * `[volunteerId+signInAt]` index for each one's latest record. Run on demand, with `onProgress(done)`;
 * stops early when `signal` aborts.
 */
export async function findInactiveVolunteers(
  db: DeskDatabase,
  cutoff: number,
  onProgress: (done: number) => void = () => {},
  signal?: AbortSignal,
): Promise<InactiveVolunteer[]> {
  const found: InactiveVolunteer[] = [];
  let after = '';
  let done = 0;
  for (;;) {
    if (signal?.aborted) break;
    const chunk = await db.volunteers.where(':id').above(after).limit(CHUNK).toArray();
    if (chunk.length === 0) break;
    after = chunk[chunk.length - 1]?.id ?? after;
    const candidates = chunk.filter((v) => !isAnonymised(v) && !v.mergedIntoId && v.createdAt < cutoff);
    const latest = await Promise.all(
      candidates.map((v) =>
        db.serviceRecords.where('[volunteerId+signInAt]').between([v.id, -Infinity], [v.id, Infinity]).last(),
      ),
    );
    candidates.forEach((v, i) => {
      const last = Math.max(v.createdAt, latest[i]?.signInAt ?? 0);
      if (last < cutoff)
        found.push({
          id: v.id,
          volunteerNo: v.volunteerNo,
          name: v.name,
          lastActivityAt: last,
          deleted: v.deletedAt !== null,
        });
    });
    done += chunk.length;
    onProgress(done);
  }
  return found.sort((a, b) => a.lastActivityAt - b.lastActivityAt);
}
