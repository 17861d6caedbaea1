import type { ExportCell, ExportPrivacy } from '@shared/exchange/export-cells';
import { exportRunTime, type ExportRun, type ExportScope } from '@shared/exchange/export-runs';
import {
  nationalRecordSheet,
  nationalVolunteerSheet,
  type NationalPreset,
  type NationalRecordRow,
} from '@shared/exchange/national-presets';
import type { Volunteer } from '@shared/model';
import type { Repos } from '../../../db';
import type { ChangedCursor } from '../../../db/repos/export-runs';
import type { RecordCursor } from '../../../db/repos/exports';
import { saveXlsxBytes } from '../save-xlsx';
import { mapPages, type ReadExportPage } from './collect-rows';
import { writePages } from './write-pages';

interface RunOptions {
  signal: AbortSignal;
  onProgress: (done: number) => void;
  /** Logs a full export before the file is written. */
  beforeSave: (rows: number) => Promise<void>;
}

type Sheet = ReturnType<typeof nationalVolunteerSheet>;

/** A row as it is kept between reading and writing: its cells and the id its run marks. */
interface SheetRow {
  id: string;
  cells: ExportCell[];
}

/** How each entity's pages become sheet rows. */
const layouts = (preset: NationalPreset, privacy: ExportPrivacy) => ({
  volunteers: {
    sheet: (rows: readonly Volunteer[]) => nationalVolunteerSheet(preset, rows, privacy),
    id: (v: Volunteer) => v.id,
  },
  records: {
    sheet: (rows: readonly NationalRecordRow[]) => nationalRecordSheet(preset, rows, privacy),
    id: (r: NationalRecordRow) => r.record.id,
  },
});

/**
 * Reads `read` page by page, turning each page into sheet rows as it comes (see mapPages) and writing them
 * into the workbook (see writePages); once all are in, logs a full export and offers the file. Resolves
 * with the ids written and whether the file was saved.
 */
async function writeRun<T, C>(
  read: ReadExportPage<T, C>,
  layout: { sheet: (rows: readonly T[]) => Sheet; id: (row: T) => string },
  file: { fileName: string; preset: NationalPreset },
  options: RunOptions,
): Promise<{ ids: string[]; saved: boolean }> {
  const toRows = (page: readonly T[]): SheetRow[] => {
    const cells = layout.sheet(page).rows;
    return page.map((row, i) => ({ id: layout.id(row), cells: cells[i] ?? [] }));
  };
  const ids: string[] = [];
  const head = { sheetName: file.preset.name.slice(0, 31), ...layout.sheet([]) };
  const written = await writePages(
    mapPages(read, toRows),
    head,
    (r) => r.cells,
    options,
    (rows) => {
      for (const r of rows) ids.push(r.id);
    },
  );
  await options.beforeSave(written.rows);
  return { ids, saved: await saveXlsxBytes(file.fileName, written.bytes) };
}

/**
 * Reads the preset's rows by keyset pages (all of them, or only those added or edited since the last run
 * of its kind), saves them in the preset's layout through the same writer as the lists, and, once the
 * file is saved, records the run with the ids it held. A cancelled save records nothing, so the next
 * export offers the same rows again.
 */
export async function runNationalExport(
  repos: Repos,
  preset: NationalPreset,
  scope: ExportScope,
  privacy: ExportPrivacy,
  today: string,
  options: RunOptions,
): Promise<{ rows: number; saved: boolean; run: ExportRun | null }> {
  const at = repos.exportRuns.readingStarts();
  const since = scope === 'changed' ? (await repos.exportRuns.lastRun(preset.entity))?.at : undefined;
  const layout = layouts(preset, privacy);
  const file = { fileName: `${preset.name}_${today}`, preset };
  let written: { ids: string[]; saved: boolean };
  if (preset.entity === 'volunteers') {
    written =
      since === undefined
        ? await writeRun<Volunteer, string>(
            async (after, size) => {
              const page = await repos.people.volunteersAfter(after, size);
              return { rows: page, next: page.length < size ? null : (page.at(-1)?.volunteerNo ?? null) };
            },
            layout.volunteers,
            file,
            options,
          )
        : await writeRun<Volunteer, ChangedCursor>(
            (after, size) => repos.exportRuns.changedVolunteersPage(since, after, size),
            layout.volunteers,
            file,
            options,
          );
  } else {
    written =
      since === undefined
        ? await writeRun<NationalRecordRow, RecordCursor>(
            (after, size) => repos.exports.confirmedRecordsPage(after, size),
            layout.records,
            file,
            options,
          )
        : await writeRun<NationalRecordRow, ChangedCursor>(
            (after, size) => repos.exportRuns.changedRecordsPage(since, after, size),
            layout.records,
            file,
            options,
          );
  }
  const { saved } = written;
  const run = saved
    ? await repos.exportRuns.saveRun({
        kind: preset.entity,
        presetId: preset.id,
        presetName: preset.name,
        at,
        scope: since === undefined ? 'all' : 'changed',
        ids: written.ids,
      })
    : null;
  return { rows: written.ids.length, saved, run };
}

/**
 * Writes a past run's records again, chunk by chunk of its marks, as they are now and in `preset`'s
 * current layout. It makes no new run: the next 'changed' export still counts from the original run,
 * so nothing edited since then is skipped. The repeat is logged.
 */
export async function repeatNationalExport(
  repos: Repos,
  run: ExportRun,
  preset: NationalPreset,
  privacy: ExportPrivacy,
  options: RunOptions,
): Promise<{ rows: number; saved: boolean }> {
  const keys = await repos.exportRuns.markKeys(run.id);
  const byChunk =
    <T>(read: (key: string) => Promise<T[]>): ReadExportPage<T, number> =>
    async (index) => {
      const i = index ?? 0;
      const key = keys[i];
      return { rows: key ? await read(key) : [], next: i + 1 < keys.length ? i + 1 : null };
    };
  const layout = layouts(preset, privacy);
  const stamp = exportRunTime(run.at).replace(' ', '_').replace(':', '');
  const file = { fileName: `${preset.name}_${stamp}_重新导出`, preset };
  const written =
    run.kind === 'volunteers'
      ? await writeRun(
          byChunk((k) => repos.exportRuns.volunteersOfMark(k)),
          layout.volunteers,
          file,
          options,
        )
      : await writeRun(
          byChunk((k) => repos.exportRuns.recordsOfMark(k)),
          layout.records,
          file,
          options,
        );
  if (written.saved) await repos.exportRuns.logRepeat(run, written.ids.length);
  return { rows: written.ids.length, saved: written.saved };
}
