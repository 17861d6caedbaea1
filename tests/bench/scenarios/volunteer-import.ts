import * as XLSX from '@e965/xlsx';
import { generateDemoData } from '@shared/demo';
import { detectMapping } from '@shared/exchange/import-headers';
import { planImport, readImportRow, type ReadRow } from '@shared/exchange/import-plan';
import { addDays, dateKey } from '@shared/time/center-time';
import { makeIdNumber } from '@shared/identity/id-card';
import { volunteerSearchKeys } from '@shared/search/search-keys';
import type { Volunteer } from '@shared/model';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import { readSpreadsheet } from '../../../renderer/src/features/exchange/import/read-spreadsheet';
import type { Measure } from '../measure';
import { roster } from './volunteers';

async function freshDesk(label: string) {
  const ctx = systemContext(`bench-${label}`);
  const db = createDatabase(`bench-${label}-${Date.now()}`);
  await openDatabase(db);
  return { db, repos: createRepos(db, ctx) };
}

/**
 * Importing a district's roll from .xlsx (parse, per-row checks, the registered lookup, chunked writes)
 * against a raw Dexie bulkAdd of the same volunteers; the target is within 2×. Defaults to
 * 20,000 rows; the full scale is `npm run bench -- --only=volunteer-import --import=126000`.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const count = Number(params.get('import') ?? '20000');
  const now = Date.now();
  const demo = generateDemoData({ now, seed: 5, deskId: 'bench-import' });
  // Valid, distinct ID numbers (roster's are only unique): every row should pass the checks.
  const people = roster(demo.volunteers[0] as Volunteer, count).map((p, i) => {
    const birthDate = addDays('1960-01-01', i % 12000).replaceAll('-', '');
    const idNumber = makeIdNumber({ addressCode: '350102', birthDate, sequence: Math.floor(i / 12000) + 1 });
    return { ...p, idNumber, searchKeys: volunteerSearchKeys({ ...p, idNumber }) };
  });
  const header = ['姓名', '性别', '身份证号', '手机号', '志愿者编号'];
  const sheet = XLSX.utils.aoa_to_sheet([
    header,
    ...people.map((p) => [p.name, p.gender ?? '', p.idNumber, p.phone, p.volunteerNo]),
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '名册');
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);

  const raw = await freshDesk('import-raw');
  let t = performance.now();
  await raw.db.volunteers.bulkAdd(people);
  const rawMs = performance.now() - t;
  raw.db.close();

  const desk = await freshDesk('import-run');
  t = performance.now();
  const read = readSpreadsheet('名册.xlsx', bytes);
  if (!read.ok) throw new Error(read.message);
  const { columns } = detectMapping(read.headers);
  const today = dateKey(now);
  const rows = read.rows
    .map((cells, i) => readImportRow(cells, columns, i + 2, today))
    .filter((r): r is ReadRow => r !== null);
  const registered = await desk.repos.volunteerImport.registeredByIdNumber(
    rows.flatMap((r) => r.values?.idNumber ?? []),
  );
  const plan = planImport(rows, registered);
  const result = await desk.repos.volunteerImport.run(plan, { existing: 'skip' });
  const importMs = performance.now() - t;
  desk.db.close();
  return [
    {
      name: `volunteer import from .xlsx (${count.toLocaleString('en')} rows; ${result.created.toLocaleString('en')} added), within 2× raw bulkAdd`,
      ms: importMs,
      reference: { name: 'raw bulkAdd', ms: rawMs },
      targetRatio: 2,
      note: `valid ${plan.counts.new}, invalid ${plan.counts.invalid}`,
    },
  ];
}
