import type { ExportPrivacy } from '@shared/exchange/export-cells';
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
import { saveXlsxSheets } from '../save-xlsx';
import { collectRows, ExportCancelledError } from './collect-rows';

interface RunOptions {
  signal: AbortSignal;
  onProgress: (done: number) => void;
  /** Logs a full export before the file is written. */
  beforeSave: (rows: number) => Promise<void>;
}

type Sheet = ReturnType<typeof nationalVolunteerSheet>;

function volunteerSheet(preset: NationalPreset, rows: Volunteer[], privacy: ExportPrivacy) {
  return { sheet: nationalVolunteerSheet(preset, rows, privacy), ids: rows.map((v) => v.id) };
}

function recordSheet(preset: NationalPreset, rows: NationalRecordRow[], privacy: ExportPrivacy) {
  return { sheet: nationalRecordSheet(preset, rows, privacy), ids: rows.map((r) => r.record.id) };
}

async function writeSheet(
  fileName: string,
  preset: NationalPreset,
  sheet: Sheet,
  options: RunOptions,
): Promise<boolean> {
  if (options.signal.aborted) throw new ExportCancelledError();
  await options.beforeSave(sheet.rows.length);
  return saveXlsxSheets(fileName, [{ sheetName: preset.name.slice(0, 31), ...sheet }]);
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
  let read: { sheet: Sheet; ids: string[] };
  if (preset.entity === 'volunteers') {
    const rows =
      since === undefined
        ? await collectRows<Volunteer, string>(async (after, size) => {
            const page = await repos.people.volunteersAfter(after, size);
            return { rows: page, next: page.length < size ? null : (page.at(-1)?.volunteerNo ?? null) };
          }, options)
        : await collectRows<Volunteer, ChangedCursor>(
            (after, size) => repos.exportRuns.changedVolunteersPage(since, after, size),
            options,
          );
    read = volunteerSheet(preset, rows, privacy);
  } else {
    const rows =
      since === undefined
        ? await collectRows<NationalRecordRow, RecordCursor>(
            (after, size) => repos.exports.confirmedRecordsPage(after, size),
            options,
          )
        : await collectRows<NationalRecordRow, ChangedCursor>(
            (after, size) => repos.exportRuns.changedRecordsPage(since, after, size),
            options,
          );
    read = recordSheet(preset, rows, privacy);
  }
  const saved = await writeSheet(`${preset.name}_${today}`, preset, read.sheet, options);
  const run = saved
    ? await repos.exportRuns.saveRun({
        kind: preset.entity,
        presetId: preset.id,
        presetName: preset.name,
        at,
        scope: since === undefined ? 'all' : 'changed',
        ids: read.ids,
      })
    : null;
  return { rows: read.ids.length, saved, run };
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
  const byChunk = async <T>(read: (key: string) => Promise<T[]>) =>
    collectRows<T, number>(async (index) => {
      const i = index ?? 0;
      const key = keys[i];
      return { rows: key ? await read(key) : [], next: i + 1 < keys.length ? i + 1 : null };
    }, options);
  const read =
    run.kind === 'volunteers'
      ? volunteerSheet(preset, await byChunk((k) => repos.exportRuns.volunteersOfMark(k)), privacy)
      : recordSheet(preset, await byChunk((k) => repos.exportRuns.recordsOfMark(k)), privacy);
  const stamp = exportRunTime(run.at).replace(' ', '_').replace(':', '');
  const saved = await writeSheet(`${preset.name}_${stamp}_重新导出`, preset, read.sheet, options);
  if (saved) await repos.exportRuns.logRepeat(run, read.ids.length);
  return { rows: read.ids.length, saved };
}
