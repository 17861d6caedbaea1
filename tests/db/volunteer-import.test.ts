import { afterEach, describe, expect, it } from 'vitest';
import { makeIdNumber } from '@shared/identity/id-card';
import { planImport, readImportRow, type ReadRow } from '@shared/exchange/import-plan';
import type { ImportField } from '@shared/exchange/import-headers';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { openTestDesk } from './helpers';

const TODAY = '2026-11-22';
const COLUMNS: ImportField[] = ['name', 'idNumber', 'phone', 'team'];
let db: DeskDatabase | undefined;
afterEach(() => db?.close());

const idOf = (n: number) => makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: n });

/** A file of `n` good rows, as the reader would hand them over. */
function fileRows(n: number, from = 1): (string | null)[][] {
  return Array.from({ length: n }, (_, i) => [`志愿者${from + i}`, idOf(from + i), '', null]);
}

async function planFor(repos: Repos, rows: (string | null)[][]) {
  const read = rows
    .map((c, i) => readImportRow(c, COLUMNS, i + 2, TODAY))
    .filter((r): r is ReadRow => r !== null);
  const registered = await repos.volunteerImport.registeredByIdNumber(
    read.flatMap((r) => r.values?.idNumber ?? []),
  );
  return planImport(read, registered);
}

async function snapshot(d: DeskDatabase) {
  const volunteers = await d.volunteers.orderBy('id').toArray();
  const counters = await d.counters.orderBy('key').toArray();
  return { volunteers, counters: counters.map((c) => [c.key, c.last]) };
}

describe('volunteer import', () => {
  it('adds the new rows in chunks with numbers, search keys, the live count and one audit entry per chunk', async () => {
    const desk = await openTestDesk('import');
    db = desk.db;
    const plan = await planFor(desk.repos, fileRows(5));
    const progress: number[] = [];
    const result = await desk.repos.volunteerImport.run(plan, {
      existing: 'skip',
      chunkSize: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual({ created: 5, filled: 0, cancelled: false });
    expect(progress).toEqual([2, 4, 5]);
    expect(await desk.repos.volunteers.count()).toBe(5);
    const found = await desk.repos.volunteers.search('志愿者3');
    expect(found.map((v) => v.volunteerNo)).toEqual(['ZYZ000003']);
    const audit = (await db.auditLog.toArray()).filter((a) => a.action === '导入志愿者');
    expect(audit.map((a) => [a.actor, (a.after as { count: number }).count])).toEqual([
      ['测试员', 2],
      ['测试员', 2],
      ['测试员', 1],
    ]);
    // Registration after an import continues the numbering.
    const next = await desk.repos.volunteerImport.run(await planFor(desk.repos, fileRows(1, 6)), {
      existing: 'skip',
    });
    expect(next.created).toBe(1);
    expect((await desk.repos.volunteers.search('志愿者6'))[0]?.volunteerNo).toBe('ZYZ000006');
  });

  it('creates no duplicates when the same file is imported twice: the second run finds all registered', async () => {
    const desk = await openTestDesk('import-twice');
    db = desk.db;
    await desk.repos.volunteerImport.run(await planFor(desk.repos, fileRows(4)), { existing: 'skip' });
    const second = await planFor(desk.repos, fileRows(4));
    expect(second.counts).toEqual({ new: 0, existing: 4, duplicate: 0, invalid: 0 });
    const result = await desk.repos.volunteerImport.run(second, { existing: 'skip' });
    expect(result.created).toBe(0);
    expect(await db.volunteers.count()).toBe(4);
  });

  it('fills only the empty fields of registered volunteers when asked to', async () => {
    const desk = await openTestDesk('import-fill');
    db = desk.db;
    await desk.repos.volunteerImport.run(await planFor(desk.repos, fileRows(1)), { existing: 'skip' });
    const again = await planFor(desk.repos, [['别的名字', idOf(1), '13812345678', null]]);
    const result = await desk.repos.volunteerImport.run(again, { existing: 'fill' });
    expect(result).toEqual({ created: 0, filled: 1, cancelled: false });
    const [v] = await desk.repos.volunteers.search('志愿者1');
    expect([v?.name, v?.phone]).toEqual(['志愿者1', '13812345678']);
  });

  it('leaves the database as it was when cancelled half-way, filled-in rows included', async () => {
    const desk = await openTestDesk('import-cancel');
    db = desk.db;
    await desk.repos.volunteerImport.run(await planFor(desk.repos, fileRows(2)), { existing: 'skip' });
    const before = await snapshot(db);
    const plan = await planFor(desk.repos, [['甲', idOf(1), '13812345678', null], ...fileRows(6, 3)]);
    const abort = new AbortController();
    const result = await desk.repos.volunteerImport.run(plan, {
      existing: 'fill',
      chunkSize: 3,
      signal: abort.signal,
      onProgress: (done) => {
        if (done >= 3) abort.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    expect(await desk.repos.volunteers.count()).toBe(2);
    expect((await db.auditLog.toArray()).filter((a) => a.action === '取消导入志愿者').length).toBe(1);
  });
});
