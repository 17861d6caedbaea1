import type { AuditEntry, BaseRecord, IssuedDocument, Volunteer } from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import { normaliseIdNumber } from '@shared/identity/id-card';
import { normaliseQuery } from '@shared/search/search-keys';
import { duplicateVerdict, type DuplicateWarning } from '@shared/volunteers/duplicates';
import { auditableChange, volunteerEditPatch, type EditableVolunteer } from '@shared/volunteers/editing';
import { isAnonymised } from '@shared/volunteers/anonymise';
import { parseScannedCode } from '@shared/volunteers/scanner';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { live } from './live';
import { adjustLiveCount, allocateVolunteerNo, readLiveCount } from './volunteer-counters';
import { anonymiseVolunteer, findInactiveVolunteers, type InactiveVolunteer } from './volunteer-erasure';
import { untilDictionary } from '../dictionary-gate';
import { lookalikes, mergeVolunteers, unmergeVolunteer, withKeys, type Candidate } from './volunteer-merge';

/** A registration refused because the ID number is already registered; carries who has it. */
export class DuplicateIdNumberError extends Error {
  constructor(readonly existing: Pick<Volunteer, 'id' | 'name' | 'volunteerNo'>) {
    super(`该证件号码已登记：${existing.name}（${existing.volunteerNo}）`);
    this.name = 'DuplicateIdNumberError';
  }
}

/** A new volunteer as the registration form produces it. */
export type VolunteerDraft = Omit<Volunteer, keyof BaseRecord | 'volunteerNo' | 'searchKeys'>;

/** Volunteers: registration with numbering and duplicate checks, search, merge, profile reads. */
export function volunteersRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /** Prefix search over the searchKeys index: name, pinyin, initials, tails of phone and ID, number. */
    async search(query: string, limit = 20): Promise<Volunteer[]> {
      const q = normaliseQuery(query);
      if (!q) return [];
      const range = () => db.volunteers.where('searchKeys').startsWith(q);
      // One getAll for the usual case, not a cursor step per row (each a round trip to IndexedDB, run
      // on every key press): twice the rows needed leaves room for a volunteer matched by two keys.
      const batch = await range()
        .limit(limit * 2)
        .toArray();
      const found = firstLive(batch, limit);
      if (found.length === limit || batch.length < limit * 2) return found;
      // Many removed or repeated rows in that batch: walk the index until enough distinct live ones.
      return range()
        .distinct()
        .filter((v) => v.deletedAt === null)
        .limit(limit)
        .toArray();
    },

    async get(id: string): Promise<Volunteer | undefined> {
      return db.volunteers.get(id);
    },

    /** The volunteer a card number belongs to; a merged-away number leads to the record it joined. */
    async byNumber(raw: string): Promise<Volunteer | undefined> {
      const no = parseScannedCode(raw) ?? raw.trim().toUpperCase();
      let v = await db.volunteers.where('volunteerNo').equals(no).first();
      for (let hops = 0; v?.deletedAt !== null && v?.mergedIntoId && hops < 5; hops += 1) {
        v = await db.volunteers.get(v.mergedIntoId);
      }
      return v && v.deletedAt === null ? v : undefined;
    },

    /** Live volunteers, from the maintained counter (see volunteer-counters). */
    count(): Promise<number> {
      return readLiveCount(db);
    },

    /** What registering this person would run into: a blocking record with the same ID, or warnings. */
    async checkDuplicates(
      candidate: Candidate,
      selfId: string | null = null,
    ): Promise<{ blocking: Volunteer | null; warnings: DuplicateWarning[] }> {
      const c = { ...candidate, idNumber: normaliseIdNumber(candidate.idNumber) };
      return duplicateVerdict(c, await lookalikes(db, c), selfId);
    },

    /**
     * Registers a volunteer: the duplicate-ID check, the number allocation, the insert, the counter
     * and the audit entry happen in one transaction, so two desks racing cannot both register an ID.
     */
    async register(draft: VolunteerDraft): Promise<Volunteer> {
      const wait = untilDictionary();
      if (wait) await wait;
      return db.transaction('rw', db.volunteers, db.counters, db.auditLog, async () => {
        const idNumber = normaliseIdNumber(draft.idNumber);
        const { blocking } = duplicateVerdict(
          { ...draft, idNumber },
          await lookalikes(db, { ...draft, idNumber }),
        );
        if (blocking) throw new DuplicateIdNumberError(blocking);
        const volunteerNo = await allocateVolunteerNo(db, ctx);
        const now = ctx.now();
        // Consents are stamped with the time of registration by the desk clock.
        const consent = draft.consent && { ...draft.consent, consentedAt: now };
        const guardian = draft.guardian && {
          ...draft.guardian,
          consentAt: draft.guardian.consentAt === null ? null : now,
        };
        const row = withKeys(
          stampNew(
            { ...draft, idNumber, volunteerNo, consent, guardian, mergedIntoId: null },
            { id: ctx.newId(), now, deskId: ctx.deskId },
          ),
        );
        // Counter first: when its row is missing it is computed from the table as it was.
        await adjustLiveCount(db, ctx, 1);
        await db.volunteers.add(row);
        await appendAudit(db, ctx, {
          action: '登记志愿者',
          entity: 'volunteers',
          entityId: row.id,
          after: { volunteerNo, name: row.name, consent: row.consent },
        });
        return row;
      });
    },

    /** Writes the full ID number or phone into the audit log and returns it: revealing is deliberate. */
    async reveal(id: string, field: 'idNumber' | 'phone'): Promise<string> {
      return db.transaction('rw', db.volunteers, db.auditLog, async () => {
        const v = await db.volunteers.get(id);
        if (!v) throw new Error('找不到该志愿者');
        await appendAudit(db, ctx, {
          action: field === 'idNumber' ? '查看完整证件号码' : '查看完整手机号码',
          entity: 'volunteers',
          entityId: id,
        });
        return v[field];
      });
    },

    /**
     * Merges `dropId` into `keepId`, keeping every service record; undoable with {@link unmerge}.
     * See volunteer-merge.
     */
    merge(keepId: string, dropId: string, reason: string): Promise<void> {
      return mergeVolunteers(db, ctx, keepId, dropId, reason);
    },

    /** Undoes the latest merge of `dropId`: restores it and moves its service records back. */
    async unmerge(dropId: string): Promise<void> {
      const v = await db.volunteers.get(dropId);
      if (v && isAnonymised(v)) throw new Error('该志愿者已注销，个人信息已清除，不能撤销合并');
      return unmergeVolunteer(db, ctx, dropId);
    },

    /**
     * Erases the volunteer's personal data on request (注销), keeping number and service records;
     * `confirmNo` repeats the volunteer number. See volunteer-erasure.
     */
    anonymise(id: string, confirmNo: string): Promise<Volunteer> {
      return anonymiseVolunteer(db, ctx, id, confirmNo);
    },

    /** Volunteers with no activity since `cutoff`, for retention review (walks the roster in chunks). */
    findInactive(
      cutoff: number,
      onProgress?: (done: number) => void,
      signal?: AbortSignal,
    ): Promise<InactiveVolunteer[]> {
      return findInactiveVolunteers(db, cutoff, onProgress, signal);
    },

    /** All volunteer rows, deleted included, for the progress of {@link findInactive}. */
    totalRows(): Promise<number> {
      return db.volunteers.count();
    },

    /**
     * Saves an edit: only really changed fields are written and logged (before/after, masked). A changed
     * ID number is normalised and checked against every other live volunteer inside the transaction.
     * A consent given anew is stamped with the desk clock. Returns the record (unchanged when nothing was).
     */
    async update(
      id: string,
      patch: Partial<EditableVolunteer>,
      reason: string | null = null,
    ): Promise<Volunteer> {
      const wait = untilDictionary();
      if (wait) await wait;
      return db.transaction('rw', db.volunteers, db.auditLog, async () => {
        const v = await db.volunteers.get(id);
        if (!v || v.deletedAt !== null) throw new Error('找不到该志愿者，或已被删除');
        const wanted = { ...v, ...patch };
        if (patch.idNumber !== undefined) wanted.idNumber = normaliseIdNumber(patch.idNumber);
        const changes = volunteerEditPatch(v, wanted);
        if (Object.keys(changes).length === 0) return v;
        if (changes.idNumber !== undefined || changes.idType !== undefined) {
          const { blocking } = duplicateVerdict(wanted, await lookalikes(db, wanted), id);
          if (blocking) throw new DuplicateIdNumberError(blocking);
        }
        const now = ctx.now();
        if (changes.consent) changes.consent = { ...changes.consent, consentedAt: now };
        if (changes.guardian && changes.guardian.consentAt !== null)
          changes.guardian = {
            ...changes.guardian,
            consentAt: changes.guardian.consentAt === v.guardian?.consentAt ? v.guardian.consentAt : now,
          };
        const next = withKeys(stampUpdate(v, changes, { now, deskId: ctx.deskId }));
        await db.volunteers.put(next);
        await appendAudit(db, ctx, {
          action: '修改志愿者信息',
          entity: 'volunteers',
          entityId: id,
          ...auditableChange(v, changes),
          reason,
        });
        return next;
      });
    },

    /**
     * Soft-deletes a volunteer (records and number are kept; {@link restore} brings them back). Refused
     * while the volunteer is signed in, so the on-duty list never shows someone who is gone.
     */
    async remove(id: string, reason: string | null = null): Promise<void> {
      await db.transaction('rw', [db.volunteers, db.serviceRecords, db.counters, db.auditLog], async () => {
        const v = await db.volunteers.get(id);
        if (!v || v.deletedAt !== null) throw new Error('该志愿者不存在或已被删除');
        const open = await db.serviceRecords
          .where('[volunteerId+status]')
          .equals([id, '服务中'])
          .filter((r) => r.deletedAt === null)
          .count();
        if (open > 0) throw new Error(`${v.name}正在服务中，请先签退再删除`);
        const now = ctx.now();
        // Counter first: when its row is missing it is computed from the table as it was.
        await adjustLiveCount(db, ctx, -1);
        await db.volunteers.put({ ...stampUpdate(v, {}, { now, deskId: ctx.deskId }), deletedAt: now });
        await appendAudit(db, ctx, {
          action: '删除志愿者',
          entity: 'volunteers',
          entityId: id,
          before: { volunteerNo: v.volunteerNo, name: v.name },
          reason,
        });
      });
    },

    /**
     * Restores a deleted volunteer. Refused when someone else registered the same ID number meanwhile
     * (merge instead), and for merged-away records (undo the merge on their profile instead).
     */
    async restore(id: string): Promise<Volunteer> {
      return db.transaction('rw', [db.volunteers, db.counters, db.auditLog], async () => {
        const v = await db.volunteers.get(id);
        if (!v || v.deletedAt === null) throw new Error('该志愿者未被删除');
        if (isAnonymised(v)) throw new Error('该志愿者已注销，个人信息已清除，不能恢复');
        if (v.mergedIntoId) throw new Error('这是已合并的重复登记，请在其页面撤销合并');
        const { blocking } = duplicateVerdict(v, await lookalikes(db, v), id);
        if (blocking) throw new DuplicateIdNumberError(blocking);
        await adjustLiveCount(db, ctx, 1);
        const next = { ...stampUpdate(v, {}, { now: ctx.now(), deskId: ctx.deskId }), deletedAt: null };
        await db.volunteers.put(next);
        await appendAudit(db, ctx, {
          action: '恢复志愿者',
          entity: 'volunteers',
          entityId: id,
          after: { volunteerNo: v.volunteerNo, name: v.name },
        });
        return next;
      });
    },

    /**
     * Deleted volunteers, most recently deleted first (merged-away records excluded). Reads the
     * deletedAt index, which holds only deleted rows, so the cost does not grow with the roster.
     */
    async deleted(limit = 100): Promise<Volunteer[]> {
      return db.volunteers
        .where('deletedAt')
        .above(0)
        .reverse()
        .filter((v) => !v.mergedIntoId)
        .limit(limit)
        .toArray();
    },

    /** Change history of one volunteer, newest first. */
    async history(id: string): Promise<AuditEntry[]> {
      const rows = await db.auditLog.where('[entity+entityId]').equals(['volunteers', id]).toArray();
      return rows.sort((a, b) => b.at - a.at);
    },

    /** Documents issued to one volunteer (感谢信, 证书, 记录证明), newest first. */
    async documents(id: string): Promise<IssuedDocument[]> {
      const rows = live(await db.documents.where('recipientId').equals(id).toArray());
      return rows.sort((a, b) => b.issuedAt - a.issuedAt);
    },

    /** Several volunteers by id (for lists of records), in no particular order. */
    async many(ids: readonly string[]): Promise<Map<string, Volunteer>> {
      const rows = await db.volunteers.bulkGet([...new Set(ids)]);
      return new Map(rows.filter((v): v is Volunteer => v !== undefined).map((v) => [v.id, v]));
    },
  };
}

/** The first `limit` live volunteers of index-ordered rows, each once (in index order, as distinct() gives). */
function firstLive(rows: readonly Volunteer[], limit: number): Volunteer[] {
  const seen = new Set<string>();
  const out: Volunteer[] = [];
  for (const v of rows) {
    if (out.length === limit) break;
    if (v.deletedAt !== null || seen.has(v.id)) continue;
    seen.add(v.id);
    out.push(v);
  }
  return out;
}
