import {
  nationalRecordSheet,
  nationalVolunteerSheet,
  type NationalPreset,
  type NationalRecordRow,
} from '@shared/exchange/national-presets';
import type { ExportPrivacy } from '@shared/exchange/export-cells';
import type { Volunteer } from '@shared/model';
import type { Repos } from '../../../db';
import { saveXlsxSheets } from '../save-xlsx';
import { collectRows, ExportCancelledError } from './collect-rows';

/**
 * Reads the preset's rows (the roster, or every confirmed record) by keyset pages and saves them in the
 * preset's layout through the same writer as the lists. `beforeSave` logs a full export.
 */
export async function runNationalExport(
  repos: Repos,
  preset: NationalPreset,
  privacy: ExportPrivacy,
  today: string,
  options: {
    signal: AbortSignal;
    onProgress: (done: number) => void;
    beforeSave: (rows: number) => Promise<void>;
  },
): Promise<{ rows: number; saved: boolean }> {
  let sheet: ReturnType<typeof nationalVolunteerSheet>;
  if (preset.entity === 'volunteers') {
    const rows = await collectRows<Volunteer, string>(async (after, size) => {
      const page = await repos.people.volunteersAfter(after, size);
      return { rows: page, next: page.length < size ? null : (page.at(-1)?.volunteerNo ?? null) };
    }, options);
    sheet = nationalVolunteerSheet(preset, rows, privacy);
  } else {
    const rows = await collectRows<
      NationalRecordRow,
      Parameters<Repos['exports']['confirmedRecordsPage']>[0]
    >((after, size) => repos.exports.confirmedRecordsPage(after, size), options);
    sheet = nationalRecordSheet(preset, rows, privacy);
  }
  if (options.signal.aborted) throw new ExportCancelledError();
  await options.beforeSave(sheet.rows.length);
  const saved = await saveXlsxSheets(`${preset.name}_${today}`, [
    { sheetName: preset.name.slice(0, 31), ...sheet },
  ]);
  return { rows: sheet.rows.length, saved };
}
