import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { volunteerRosterExport } from '../../renderer/src/features/exchange/export/list-exports';
import { runListExport } from '../../renderer/src/features/exchange/export/run-export';
import { openTestDesk, type testContext } from './helpers';
import { volunteerDraft } from './volunteer-fixtures';

// The save dialog is the platform's: here the workbook the export would save is kept.
const files = vi.hoisted(() => ({ saved: [] as Uint8Array[] }));
vi.mock('../../renderer/src/features/exchange/save-xlsx', () => ({
  saveXlsxBytes: (_name: string, bytes: Uint8Array) => {
    files.saved.push(bytes);
    return Promise.resolve(true);
  },
}));

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

beforeEach(async () => {
  ({ db, repos, ctx } = await openTestDesk('list-export-file'));
  files.saved = [];
});
afterEach(() => db.close());

describe('list export file', () => {
  it(
    'writes every roster row, read and turned into cells page by page, with text IDs and real dates',
    { timeout: 60_000 },
    async () => {
      for (let i = 1; i <= 25; i += 1) await repos.volunteers.register(volunteerDraft(i, ctx.now()));
      const logged: number[] = [];
      // Pages of 10, so the file is assembled from three pages of cells.
      const options = {
        signal: new AbortController().signal,
        onProgress: () => undefined,
        beforeSave: (rows: number) => Promise.resolve(void logged.push(rows)),
        chunk: 10,
      };
      const result = await runListExport(volunteerRosterExport(repos, '2026-12-01'), 'masked', options);
      expect(result).toEqual({ rows: 25, saved: true });
      expect(logged).toEqual([25]);
      const book = XLSX.read(files.saved[0], { cellDates: true, cellNF: true });
      const sheet = book.Sheets['志愿者名册'] ?? {};
      const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
      expect(rows).toHaveLength(25);
      const numbers = rows.map((r) => r['志愿者编号']);
      expect(numbers).toEqual([...numbers].sort());
      expect(new Set(numbers).size).toBe(25);
      expect(sheet['A2']?.t).toBe('s');
      expect(sheet['F2']).toMatchObject({ t: 's' });
      expect(String(sheet['F2']?.v)).toMatch(/^350102\*{8}\d{3}[\dX]$/);
      expect(sheet['G2']).toMatchObject({ t: 's', v: '138****0001' });
      expect(sheet['D26']).toMatchObject({ t: 'd', z: 'yyyy-mm-dd', w: '1990-01-01' });
      expect(sheet['L26']).toMatchObject({ t: 'd', z: 'yyyy-mm-dd hh:mm' });
    },
  );
});
