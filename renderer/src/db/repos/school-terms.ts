import type { z } from 'zod';
import { stampNew, stampUpdate } from '@shared/model';
import type { SchoolTerm } from '@shared/rosters/model';
import { schoolTermSchema, termOverlapProblems } from '@shared/rosters/pattern-schema';
import { fieldProblems } from '@shared/rosters/post-schema';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { live } from './live';
import { SchoolTermInvalidError } from './roster-errors';
import { setDeleted } from './soft-delete';

/** The school term form as typed. */
export type SchoolTermFormValues = z.input<typeof schoolTermSchema>;

/** 学期: the school calendar's terms and their vacations, a few a year, read whole. */
export function schoolTermsRepo(db: DeskDatabase, ctx: WriteContext) {
  const others = async (id: string | null) => live(await db.schoolTerms.toArray()).filter((t) => t.id !== id);

  return {
    /** Live terms, earliest first. */
    async list(): Promise<SchoolTerm[]> {
      return live(await db.schoolTerms.orderBy('start').toArray());
    },

    /** Deleted terms, for the restore list. */
    async deleted(): Promise<SchoolTerm[]> {
      return (await db.schoolTerms.orderBy('start').toArray()).filter((t) => t.deletedAt !== null);
    },

    /**
     * Saves a new term (`id` null) or changes one: an end after the start, vacations inside the term, no
     * overlap with another term; problems per field in SchoolTermInvalidError. Entries already rostered
     * by pattern are not moved when vacations change.
     */
    async save(id: string | null, values: SchoolTermFormValues): Promise<SchoolTerm> {
      return db.transaction('rw', db.schoolTerms, db.auditLog, async () => {
        const parsed = schoolTermSchema.safeParse(values);
        if (!parsed.success) throw new SchoolTermInvalidError(fieldProblems(parsed.error));
        const overlap = termOverlapProblems(parsed.data, await others(id));
        if (Object.keys(overlap).length > 0) throw new SchoolTermInvalidError(overlap);
        const before = id ? await db.schoolTerms.get(id) : undefined;
        if (id && !before) throw new Error('找不到该学期，可能已被删除');
        const stamp = { now: ctx.now(), deskId: ctx.deskId };
        const row = before
          ? stampUpdate(before, parsed.data, stamp)
          : stampNew(parsed.data, { ...stamp, id: ctx.newId() });
        await db.schoolTerms.put(row);
        await appendAudit(db, ctx, {
          action: before ? '修改学期' : '新建学期',
          entity: 'schoolTerms',
          entityId: row.id,
          ...(before ? { before } : {}),
          after: row,
        });
        return row;
      });
    },

    /** Soft-deletes: 校历 posts no longer run in its dates until `restore`. */
    async remove(id: string): Promise<void> {
      await setDeleted(db, ctx, db.schoolTerms, id, true, '学期', (t) => ({ name: t.name }));
    },

    /** Restores a term unless another term now covers some of its dates. */
    async restore(id: string): Promise<void> {
      await db.transaction('rw', db.schoolTerms, db.auditLog, async () => {
        const row = await db.schoolTerms.get(id);
        if (!row) throw new Error('找不到该学期');
        const overlap = termOverlapProblems(row, await others(id));
        if (Object.keys(overlap).length > 0) throw new SchoolTermInvalidError(overlap);
        await setDeleted(db, ctx, db.schoolTerms, id, false, '学期', (t) => ({ name: t.name }));
      });
    },
  };
}
