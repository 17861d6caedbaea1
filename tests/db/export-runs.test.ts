import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultNationalPreset, type NationalPreset } from '@shared/exchange/national-presets';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import {
  repeatNationalExport,
  runNationalExport,
} from '../../renderer/src/features/exchange/export/run-national-export';
import { openTestDesk, type testContext } from './helpers';

interface SavedSheet {
  sheetName: string;
  rows: { value: unknown }[][];
}
import { FRONT_DESK, volunteerDraft } from './volunteer-fixtures';

// The file dialog is the platform's: here every save is captured, and a test may make the user cancel it.
const files = vi.hoisted(() => ({ saved: [] as SavedSheet[][], cancelNext: false }));
vi.mock('../../renderer/src/features/exchange/save-xlsx', async () => {
  const XLSX = await import('@e965/xlsx');
  return {
    // The file as a reader sees it: each sheet's rows after the header, each cell's value.
    saveXlsxBytes: (_name: string, bytes: Uint8Array) => {
      if (files.cancelNext) {
        files.cancelNext = false;
        return Promise.resolve(false);
      }
      const book = XLSX.read(bytes);
      files.saved.push(
        book.SheetNames.map((name) => ({
          sheetName: name,
          rows: XLSX.utils
            .sheet_to_json<unknown[]>(book.Sheets[name] ?? {}, { header: 1 })
            .slice(1)
            .map((row) => Array.from(row, (value) => ({ value }))),
        })),
      );
      return Promise.resolve(true);
    },
  };
});

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;
const HOUR = 3_600_000;
const VOLUNTEERS: NationalPreset = defaultNationalPreset('volunteers', 'p-v');
const RECORDS: NationalPreset = defaultNationalPreset('records', 'p-r');

beforeEach(async () => {
  ({ db, repos, ctx } = await openTestDesk('export-runs'));
  files.saved = [];
  files.cancelNext = false;
});
afterEach(() => db.close());

const options = () => ({
  signal: new AbortController().signal,
  onProgress: () => undefined,
  beforeSave: () => Promise.resolve(),
});

/** The first column of the last file saved (volunteer numbers, with the default presets). */
function lastFileFirstColumn(): string[] {
  const sheet = files.saved.at(-1)?.[0];
  return (sheet?.rows ?? []).map((row) => String(row[0]?.value));
}

async function register(n: number) {
  return repos.volunteers.register(volunteerDraft(n, ctx.now()));
}

async function confirmedRecord(volunteerId: string, dayOffset: number) {
  const signInAt = Date.UTC(2026, 10, 10, 1, 0) + dayOffset * 24 * HOUR;
  const r = await repos.serviceRecords.addPast(volunteerId, {
    ...FRONT_DESK,
    signInAt,
    signOutAt: signInAt + 2 * HOUR,
    evaluation: '',
    reason: '纸质签到表补录',
  });
  await repos.serviceRecords.confirm(r.id);
  return r;
}

describe('national export runs', () => {
  it('marks every volunteer a run exported, names who exported, and logs the run', async () => {
    const people = [await register(1), await register(2), await register(3)];
    const result = await runNationalExport(repos, VOLUNTEERS, 'all', 'masked', '2026-11-22', options());
    expect(result).toMatchObject({ rows: 3, saved: true });
    const run = result.run;
    if (!run) throw new Error('no run');
    expect(run).toMatchObject({
      kind: 'volunteers',
      presetId: 'p-v',
      rows: 3,
      scope: 'all',
      byStaff: '测试员',
    });
    const marks = await db.exportMarks.where('exportId').equals(run.id).toArray();
    expect(marks.flatMap((m) => m.ids).sort()).toEqual(people.map((v) => v.id).sort());
    const [entry] = await repos.audit.recent(1);
    expect(entry).toMatchObject({
      action: '导出到全国系统',
      entity: 'exports',
      entityId: run.id,
      actor: '测试员',
    });
  });

  it('offers only the volunteers added or edited after the last run, leaving out the deleted', async () => {
    const [a, b, c] = [await register(1), await register(2), await register(3)];
    await runNationalExport(repos, VOLUNTEERS, 'all', 'masked', '2026-11-22', options());
    ctx.advance(HOUR);
    await repos.volunteers.update(b.id, { workUnit: '区图书馆' });
    const added = await register(4);
    await repos.volunteers.remove(c.id);
    expect(
      await repos.exportRuns.countChanged(
        'volunteers',
        (await repos.exportRuns.lastRun('volunteers'))?.at ?? 0,
        100,
      ),
    ).toEqual({ count: 2, capped: false });

    const next = await runNationalExport(repos, VOLUNTEERS, 'changed', 'masked', '2026-11-22', options());
    expect(next.run?.scope).toBe('changed');
    expect(lastFileFirstColumn().sort()).toEqual([b.volunteerNo, added.volunteerNo].sort());
    expect(lastFileFirstColumn()).not.toContain(a.volunteerNo);

    // Right after that run nothing is new: the count says so before anything is exported.
    ctx.advance(HOUR);
    const last = await repos.exportRuns.lastRun('volunteers');
    expect(last?.id).toBe(next.run?.id);
    expect(await repos.exportRuns.countChanged('volunteers', last?.at ?? 0, 100)).toEqual({
      count: 0,
      capped: false,
    });
  });

  it('pages changed rows sharing one updatedAt without losing or repeating any, and caps the count', async () => {
    // The test clock stands still: all 25 registrations carry the same updatedAt.
    for (let n = 1; n <= 25; n += 1) await register(n);
    const since = ctx.now() - 1;
    const seen: string[] = [];
    let cursor = null;
    do {
      const page = await repos.exportRuns.changedVolunteersPage(since, cursor, 10);
      seen.push(...page.rows.map((v) => v.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(await repos.exportRuns.countChanged('volunteers', since, 20)).toEqual({ count: 20, capped: true });
  });

  it('offers only records confirmed after the last run, never those still 待确认', async () => {
    const v = await register(1);
    const first = await confirmedRecord(v.id, 0);
    await runNationalExport(repos, RECORDS, 'all', 'masked', '2026-11-22', options());
    expect(files.saved.at(-1)?.[0]?.rows).toHaveLength(1);
    ctx.advance(HOUR);
    const second = await confirmedRecord(v.id, 1);
    await repos.serviceRecords.addPast(v.id, {
      ...FRONT_DESK,
      signInAt: Date.UTC(2026, 10, 13, 1, 0),
      signOutAt: Date.UTC(2026, 10, 13, 2, 0),
      evaluation: '',
      reason: '补录',
    });
    const next = await runNationalExport(repos, RECORDS, 'changed', 'masked', '2026-11-22', options());
    expect(next.rows).toBe(1);
    const marks = await db.exportMarks
      .where('exportId')
      .equals(next.run?.id ?? '')
      .toArray();
    expect(marks.flatMap((m) => m.ids)).toEqual([second.id]);
    expect(marks.flatMap((m) => m.ids)).not.toContain(first.id);
  });

  it('repeats a run with the same volunteers, as they are now, without making a new run', async () => {
    const [a, b] = [await register(1), await register(2)];
    const first = await runNationalExport(repos, VOLUNTEERS, 'all', 'masked', '2026-11-22', options());
    ctx.advance(HOUR);
    await register(3);
    await repos.volunteers.update(a.id, { name: '林晓岚' });
    const firstFile = lastFileFirstColumn();
    if (!first.run) throw new Error('no run');

    const again = await repeatNationalExport(repos, first.run, VOLUNTEERS, 'masked', options());
    expect(again).toEqual({ rows: 2, saved: true });
    expect(lastFileFirstColumn()).toEqual(firstFile);
    expect(lastFileFirstColumn().sort()).toEqual([a.volunteerNo, b.volunteerNo].sort());
    const names = (files.saved.at(-1)?.[0]?.rows ?? []).map((row) => row[1]?.value);
    expect(names).toContain('林晓岚');
    expect(await db.exportRuns.count()).toBe(1);
    const [entry] = await repos.audit.recent(1);
    expect(entry).toMatchObject({ action: '重新导出全国系统文件', entityId: first.run.id, actor: '测试员' });
  });

  it('repeats a records run with the same records and their volunteers, even after a newer run', async () => {
    const v = await register(1);
    const [a, b] = [await confirmedRecord(v.id, 0), await confirmedRecord(v.id, 1)];
    const first = await runNationalExport(repos, RECORDS, 'all', 'masked', '2026-11-22', options());
    ctx.advance(HOUR);
    await confirmedRecord(v.id, 2);
    await runNationalExport(repos, RECORDS, 'changed', 'masked', '2026-11-22', options());
    if (!first.run) throw new Error('no run');
    const again = await repeatNationalExport(repos, first.run, RECORDS, 'masked', options());
    expect(again).toEqual({ rows: 2, saved: true });
    const sheet = files.saved.at(-1)?.[0];
    expect(sheet?.rows.map((row) => row[1]?.value)).toEqual([v.name, v.name]);
    const marks = await db.exportMarks.where('exportId').equals(first.run.id).toArray();
    expect(marks.flatMap((m) => m.ids)).toEqual([a.id, b.id]);
  });

  it('records no run when the user cancels the save, so the next export offers the same rows', async () => {
    await register(1);
    files.cancelNext = true;
    const result = await runNationalExport(repos, VOLUNTEERS, 'all', 'masked', '2026-11-22', options());
    expect(result).toMatchObject({ saved: false, run: null });
    expect(await db.exportRuns.count()).toBe(0);
    expect(await db.exportMarks.count()).toBe(0);
  });

  it('leaves no run and no marks when saving the run fails part way', async () => {
    const v = await register(1);
    const audits = await db.auditLog.count();
    vi.spyOn(db.exportMarks, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      repos.exportRuns.saveRun({
        kind: 'volunteers',
        presetId: 'p',
        presetName: '志愿者信息',
        at: ctx.now(),
        scope: 'all',
        ids: [v.id],
      }),
    ).rejects.toThrow('disk full');
    expect(await db.exportRuns.count()).toBe(0);
    expect(await db.exportMarks.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it('lists the newest runs first', async () => {
    await register(1);
    await runNationalExport(repos, VOLUNTEERS, 'all', 'masked', '2026-11-22', options());
    ctx.advance(HOUR);
    await runNationalExport(repos, RECORDS, 'all', 'masked', '2026-11-22', options());
    expect((await repos.exportRuns.recentRuns()).map((r) => r.kind)).toEqual(['records', 'volunteers']);
  });
});
