import type { Volunteer } from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import {
  fillEmptyFields,
  importedToDraft,
  type ImportPlan,
  type PlannedRow,
} from '@shared/exchange/import-plan';
import { fromDateAndMinutes } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { adjustLiveCount, allocateVolunteerNos, numberCounterKey } from './volunteer-counters';
import { untilDictionary } from '../dictionary-gate';
import { withKeys } from './volunteer-merge';

/** Rows per transaction: small enough that the page keeps answering between chunks. */
export const IMPORT_CHUNK_SIZE = 500;

/** Who holds an ID number, as the import report names them. */
export type RegisteredBrief = Pick<Volunteer, 'id' | 'name' | 'volunteerNo'>;

/**
 * How an import run ended: rows added and filled in, or cancelled (the database is then as it was).
 */
export interface ImportResult {
  created: number;
  filled: number;
  cancelled: boolean;
}

/** Options of {@link volunteerImportRepo}'s `run`. */
export interface ImportRunOptions {
  /** Already-registered rows: left alone, or their empty fields filled from the file. */
  existing: 'skip' | 'fill';
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * What one run wrote, so a cancel (or a failure half-way) can take it back: the ids it added, the
 * rows it filled in as they were, and the number counter before it.
 */
interface Journal {
  created: string[];
  filledBefore: Volunteer[];
  counterBefore: number | null;
}

/**
 * Bulk import of volunteers. Chunks of {@link IMPORT_CHUNK_SIZE} rows are written in their own
 * transactions (numbering, search keys, live counter and one audit entry per chunk, as `register`
 * does one by one); each run keeps a journal, and a cancel removes what it added and puts filled-in
 * rows back, so the desk stays usable during a long import and a cancel leaves the data as it was.
 */
export function volunteerImportRepo(db: DeskDatabase, ctx: WriteContext) {
  async function counterValue(): Promise<number | null> {
    const row = await db.counters.where('key').equals(numberCounterKey(db)).first();
    return row ? row.last : null;
  }

  /** Live volunteers holding any of these ID numbers, read through the idNumber index in slices. */
  async function registered(idNumbers: readonly string[]): Promise<Map<string, Volunteer>> {
    const found = new Map<string, Volunteer>();
    const unique = [...new Set(idNumbers.filter((id) => id !== ''))];
    for (let i = 0; i < unique.length; i += IMPORT_CHUNK_SIZE) {
      const rows = await db.volunteers
        .where('idNumber')
        .anyOf(unique.slice(i, i + IMPORT_CHUNK_SIZE))
        .filter((v) => v.deletedAt === null)
        .toArray();
      for (const v of rows) found.set(v.idNumber, v);
    }
    return found;
  }

  async function teamIdsByName(): Promise<Map<string, string>> {
    const teams = await db.teams.toArray();
    return new Map(teams.filter((t) => t.deletedAt === null && !t.retiredAt).map((t) => [t.name, t.id]));
  }

  async function writeNew(rows: PlannedRow[], teams: Map<string, string>, usedNos: Set<string>) {
    const now = ctx.now();
    // Someone may have registered at the desk since the report was made: they are not added twice.
    const since = await registered(rows.map((r) => r.values?.idNumber ?? ''));
    const todo = rows.filter((r) => r.values && !since.has(r.values.idNumber));
    // Counter first: when its row is missing it is computed from the table as it was.
    await adjustLiveCount(db, ctx, todo.length);
    const asked = todo.flatMap((r) => r.values?.volunteerNo ?? []);
    const takenRows = await db.volunteers.where('volunteerNo').anyOf(asked).toArray();
    const taken = new Set([...takenRows.map((v) => v.volunteerNo), ...usedNos]);
    const build = (r: PlannedRow, volunteerNo: string): Volunteer => {
      const v = r.values as NonNullable<PlannedRow['values']>;
      const row = withKeys(
        stampNew({ ...importedToDraft(v, teams), volunteerNo }, { id: ctx.newId(), now, deskId: ctx.deskId }),
      );
      // The roll's own registration date, so 新增志愿者 figures count the person when they joined.
      const joined = v.registeredOn ? fromDateAndMinutes(v.registeredOn, 0) : null;
      return joined !== null && joined < now ? { ...row, createdAt: joined } : row;
    };
    // Rows keeping the number their file gives go in first, so allocation continues after them.
    const keep: Volunteer[] = [];
    const rest: PlannedRow[] = [];
    for (const r of todo) {
      const no = r.values?.volunteerNo;
      if (no && !taken.has(no)) {
        taken.add(no);
        keep.push(build(r, no));
      } else rest.push(r);
    }
    await db.volunteers.bulkAdd(keep);
    const nos = await allocateVolunteerNos(db, ctx, rest.length);
    const numbered = rest.map((r, i) => build(r, nos[i] ?? ''));
    await db.volunteers.bulkAdd(numbered);
    const added = [...keep, ...numbered];
    for (const v of added) usedNos.add(v.volunteerNo);
    if (added.length > 0)
      await appendAudit(db, ctx, {
        action: '导入志愿者',
        entity: 'volunteers',
        entityId: null,
        after: { count: added.length, volunteerNos: added.map((v) => v.volunteerNo) },
      });
    return added.map((v) => v.id);
  }

  async function writeFills(rows: PlannedRow[], teams: Map<string, string>) {
    const ids = rows.flatMap((r) => r.existingId ?? []);
    const current = (await db.volunteers.bulkGet(ids)).filter(
      (v): v is Volunteer => v !== undefined && v.deletedAt === null,
    );
    const byId = new Map(rows.map((r) => [r.existingId, r]));
    const before: Volunteer[] = [];
    const after: Volunteer[] = [];
    const changes: { volunteerNo: string; fields: string[] }[] = [];
    for (const v of current) {
      const values = byId.get(v.id)?.values;
      if (!values) continue;
      const patch = fillEmptyFields(v, importedToDraft(values, teams));
      if (Object.keys(patch).length === 0) continue;
      before.push(v);
      changes.push({ volunteerNo: v.volunteerNo, fields: Object.keys(patch) });
      after.push(withKeys(stampUpdate(v, patch, { now: ctx.now(), deskId: ctx.deskId })));
    }
    await db.volunteers.bulkPut(after);
    if (after.length > 0)
      await appendAudit(db, ctx, {
        action: '导入补充志愿者信息',
        entity: 'volunteers',
        entityId: null,
        after: changes,
      });
    return before;
  }

  async function rollback(journal: Journal): Promise<void> {
    if (journal.created.length === 0 && journal.filledBefore.length === 0) return;
    await db.transaction('rw', [db.volunteers, db.counters, db.auditLog], async () => {
      // Counter first: it is computed from the table when its row is missing.
      await adjustLiveCount(db, ctx, -journal.created.length);
      await db.volunteers.bulkDelete(journal.created);
      await db.volunteers.bulkPut(journal.filledBefore);
      const row = await db.counters.where('key').equals(numberCounterKey(db)).first();
      if (row && journal.counterBefore === null) await db.counters.delete(row.id);
      else if (row && journal.counterBefore !== null)
        await db.counters.put(
          stampUpdate(row, { last: journal.counterBefore }, { now: ctx.now(), deskId: ctx.deskId }),
        );
      await appendAudit(db, ctx, {
        action: '取消导入志愿者',
        entity: 'volunteers',
        entityId: null,
        after: { removed: journal.created.length, restored: journal.filledBefore.length },
      });
    });
  }

  return {
    /** Live volunteers by ID number, for the report ("already registered"). */
    async registeredByIdNumber(idNumbers: readonly string[]): Promise<Map<string, RegisteredBrief>> {
      const found = await registered(idNumbers);
      return new Map([...found].map(([k, v]) => [k, { id: v.id, name: v.name, volunteerNo: v.volunteerNo }]));
    },

    /**
     * Writes the plan's new rows (and, with `existing: 'fill'`, fills empty fields of registered ones)
     * in chunks. Cancelling through `signal`, or a failure, takes back everything this run wrote.
     */
    async run(plan: ImportPlan, options: ImportRunOptions): Promise<ImportResult> {
      const size = options.chunkSize ?? IMPORT_CHUNK_SIZE;
      const work = plan.rows.filter(
        (r) => r.outcome === 'new' || (r.outcome === 'existing' && options.existing === 'fill'),
      );
      const wait = untilDictionary();
      if (wait) await wait;
      const teams = await teamIdsByName();
      const journal: Journal = { created: [], filledBefore: [], counterBefore: await counterValue() };
      const usedNos = new Set<string>();
      try {
        for (let i = 0; i < work.length; i += size) {
          if (options.signal?.aborted) {
            await rollback(journal);
            return { created: 0, filled: 0, cancelled: true };
          }
          const chunk = work.slice(i, i + size);
          const { created, filled } = await db.transaction(
            'rw',
            [db.volunteers, db.counters, db.auditLog],
            async () => ({
              created: await writeNew(
                chunk.filter((r) => r.outcome === 'new'),
                teams,
                usedNos,
              ),
              filled: await writeFills(
                chunk.filter((r) => r.outcome === 'existing'),
                teams,
              ),
            }),
          );
          journal.created.push(...created);
          journal.filledBefore.push(...filled);
          options.onProgress?.(Math.min(i + size, work.length), work.length);
        }
      } catch (error) {
        await rollback(journal);
        throw error;
      }
      if (options.signal?.aborted) {
        await rollback(journal);
        return { created: 0, filled: 0, cancelled: true };
      }
      return { created: journal.created.length, filled: journal.filledBefore.length, cancelled: false };
    },
  };
}
