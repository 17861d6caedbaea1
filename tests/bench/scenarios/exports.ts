import { generateDemoData } from '@shared/demo';
import type { ExportCell } from '@shared/exchange/export-cells';
import { sheetOf } from '@shared/exchange/export-columns';
import { defaultNationalPreset, nationalVolunteerSheet } from '@shared/exchange/national-presets';
import type { Volunteer } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import { mapPages } from '../../../renderer/src/features/exchange/export/collect-rows';
import { writePages } from '../../../renderer/src/features/exchange/export/write-pages';
import { volunteerRosterExport } from '../../../renderer/src/features/exchange/export/list-exports';
import { interleavedMedians, type Measure } from '../measure';
import { roster } from './volunteers';

const quiet = { signal: new AbortController().signal, onProgress: () => undefined };

/**
 * Exporting the district's roster to .xlsx, the 志愿者名册 list export and the 全国系统 export alike:
 * keyset pages of 1,000, each page's cells written into the workbook as it is read (all but the save dialog), against the
 * issue's 10 s. Then the national export's marking of what it wrote (one transaction, ids in chunks of
 * 1,000) against a raw bulkAdd of one mark row per volunteer. Defaults to 126,000 volunteers (the issue's
 * scale; loading takes about half a minute): `npm run bench -- --only=exports --export=20000` for less.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const count = Number(params.get('export') ?? '126000');
  const quick = params.get('quick') === '1';
  const now = Date.now();
  const ctx = systemContext('bench-exports');
  const demo = generateDemoData({ now, seed: 7, deskId: ctx.deskId });
  const db = createDatabase(`bench-exports-${now}`);
  await openDatabase(db);
  const repos = createRepos(db, ctx);
  const people = roster(demo.volunteers[0] as Volunteer, count);
  await db.volunteers.bulkAdd(people);
  const today = dateKey(now);
  const label = count.toLocaleString('en');

  const rosterExport = async () => {
    // As runListExport does: each keyset page becomes cells as it is read and goes into the sheet.
    const spec = volunteerRosterExport(repos, today);
    const lookups = await spec.lookups();
    const toCells = (page: readonly Volunteer[]) => sheetOf(spec.columns, page, lookups, 'masked').rows;
    const head = { sheetName: spec.list, ...sheetOf(spec.columns, [], lookups, 'masked') };
    return writePages(mapPages(spec.read, toCells), head, (cells) => cells, quiet);
  };

  const preset = defaultNationalPreset('volunteers', 'bench-preset');
  let exportedIds: string[] = [];
  const nationalExport = async () => {
    // As runNationalExport does: each page becomes its ids and cells as it is read, then goes into the sheet.
    exportedIds = [];
    const head = { sheetName: preset.name, ...nationalVolunteerSheet(preset, [], 'masked') };
    const read = mapPages<Volunteer, { id: string; cells: ExportCell[] }, string>(
      async (after, size) => {
        const page = await repos.people.volunteersAfter(after, size);
        return { rows: page, next: page.length < size ? null : (page.at(-1)?.volunteerNo ?? null) };
      },
      (page) => {
        const cells = nationalVolunteerSheet(preset, page, 'masked').rows;
        return page.map((v, i) => ({ id: v.id, cells: cells[i] ?? [] }));
      },
    );
    return writePages(
      read,
      head,
      (r) => r.cells,
      quiet,
      (rows) => {
        for (const r of rows) exportedIds.push(r.id);
      },
    );
  };
  // Three rounds, interleaved: the first read after loading 126,000 rows meets IndexedDB still settling
  // them (one run measured 25 s for what takes 15 s after), which a desk holding its roster never sees.
  const [rosterMs = Number.NaN, nationalMs = Number.NaN] = await interleavedMedians(quick ? 1 : 3, [
    rosterExport,
    nationalExport,
  ]);

  let round = 0;
  const [markMs, rawMs] = await interleavedMedians(3, [
    () =>
      repos.exportRuns.saveRun({
        kind: 'volunteers',
        presetId: preset.id,
        presetName: preset.name,
        at: Date.now(),
        scope: 'all',
        ids: exportedIds,
      }),
    () => {
      round += 1;
      return db.exportMarks.bulkAdd(
        exportedIds.map((id, i) => ({ id: `raw-${round}|${i}`, exportId: `raw-${round}`, ids: [id] })),
      );
    },
  ]);
  db.close();
  const mark = markMs ?? Number.NaN;
  return [
    {
      name: `volunteer roster (志愿者名册) to .xlsx, ${label} volunteers, target 10 s`,
      ms: rosterMs,
      reference: { name: 'target', ms: 10_000 },
      targetRatio: 1,
    },
    {
      name: `national export (全国系统) of ${label} volunteers to .xlsx, target 10 s`,
      ms: nationalMs,
      reference: { name: 'target', ms: 10_000 },
      targetRatio: 1,
    },
    {
      name: `national export marks ${label} ids (run + chunked marks + audit, one transaction)`,
      ms: mark,
      reference: { name: 'raw bulkAdd, one mark row per volunteer', ms: rawMs ?? Number.NaN },
      targetRatio: 1,
      note: `marking is ${((mark / nationalMs) * 100).toFixed(1)}% of writing the file`,
    },
  ];
}
