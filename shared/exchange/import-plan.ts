import { validateIdNumber } from '../identity/id-card';
import { validateMobile } from '../identity/phone';
import type { Draft } from '../model/base';
import type { Gender, IdType, PoliticalStatus, Volunteer } from '../model/people';
import { ageOn } from '../identity/id-card';
import type { MinorAgeRules } from '../model/people';
import { minorRequirements } from '../volunteers/minors';
import { derivedFromId, MAINLAND_PHONE_ID_TYPES } from '../volunteers/registration';
import {
  cellText,
  parseGender,
  parseIdType,
  parseImportDate,
  parsePoliticalStatus,
  readIdCell,
  splitList,
  type CellResult,
  type RawCell,
} from './import-cells';
import type { ImportField } from './import-headers';

/**
 * One row of the file read into volunteer values (normalised ID number and phone, ISO dates).
 *
 * @example
 * const v: ImportedVolunteer = readImportRow(cells, columns, 2, today).values!;
 */
export interface ImportedVolunteer {
  name: string;
  idType: IdType;
  idNumber: string;
  gender: Gender | null;
  birthDate: string | null;
  phone: string;
  politicalStatus: PoliticalStatus;
  teamNames: string[];
  /** `YYYY-MM-DD` the volunteer registered elsewhere, when the file says. */
  registeredOn: string | null;
  volunteerNo: string | null;
  address: string;
  workUnit: string;
  skills: string[];
  notes: string;
}

/**
 * A row as read: its spreadsheet row number, its values (null when a problem makes it unusable) and problems.
 *
 * @example
 * const r: ReadRow = { rowNumber: 2, values: null, problems: ['姓名为空'] };
 */
export interface ReadRow {
  /** The row number Excel shows (the header row is usually 1). */
  rowNumber: number;
  values: ImportedVolunteer | null;
  problems: string[];
}

/**
 * Reads one data row through the column mapping. Returns null for a blank row (skipped silently).
 * Minors under the center's guardian age are refused: their guardian's details and consent are taken
 * at the desk, as registration requires.
 *
 * @example
 * readImportRow(['张三', '11010519491231002X'], ['name', 'idNumber'], 2, '2026-11-22')
 * // => { rowNumber: 2, values: { name: '张三', gender: '女', birthDate: '1949-12-31', … }, problems: [] }
 */
export function readImportRow(
  cells: readonly RawCell[],
  columns: readonly (ImportField | null)[],
  rowNumber: number,
  today: string,
  minorRules?: MinorAgeRules,
): ReadRow | null {
  if (cells.every((c) => cellText(c ?? null) === '')) return null;
  const cell = (f: ImportField): RawCell => {
    const i = columns.indexOf(f);
    return i < 0 ? null : (cells[i] ?? null);
  };
  const problems: string[] = [];
  const take = <T>(r: CellResult<T>, fallback: T): T => {
    if (r.ok) return r.value;
    problems.push(r.message);
    return fallback;
  };

  const name = cellText(cell('name'));
  if (name === '') problems.push('姓名为空');
  else if (name.length > 30) problems.push('姓名超过30个字');
  const idType = take(parseIdType(cell('idType')), '居民身份证');
  let idNumber = take(readIdCell(cell('idNumber')), '');
  if (problems.length === 0 || idNumber !== '') {
    const id = validateIdNumber(idType, idNumber, { today });
    if (id.ok) idNumber = id.normalised;
    else if (!problems.includes(id.message))
      problems.push(`证件号码${id.message.startsWith('请') ? '为空' : `有误：${id.message}`}`);
  }
  const derived = derivedFromId(idType, idNumber, today);
  const gender = take(parseGender(cell('gender')), null);
  const birthDate = take(parseImportDate(cell('birthDate')), null);
  let phone = cellText(cell('phone'));
  if (phone !== '') {
    const p = validateMobile(phone, { mainland: MAINLAND_PHONE_ID_TYPES.has(idType) });
    if (p.ok) phone = p.normalised;
    else problems.push(`手机号码有误：${p.message}`);
  }
  const born = derived?.birthDate ?? birthDate;
  if (minorRules && born !== null && born <= today) {
    const need = minorRequirements(ageOn(born, today), minorRules);
    if (need.tooYoung) problems.push(`未满${minorRules.minimumAge}周岁，不能注册为志愿者`);
    else if (need.needsGuardian)
      problems.push(`未满${minorRules.guardianBelow}周岁，请由监护人陪同到前台登记`);
  }
  const registeredOn = take(parseImportDate(cell('registeredOn')), null);
  if (registeredOn !== null && registeredOn > today) problems.push('注册时间晚于今天，请核对');
  const politicalStatus = take(parsePoliticalStatus(cell('politicalStatus')), '群众');
  const volunteerNo = cellText(cell('volunteerNo')).toUpperCase();

  const values: ImportedVolunteer = {
    name,
    idType,
    idNumber,
    gender: derived?.gender ?? gender,
    birthDate: derived?.birthDate ?? birthDate,
    phone,
    politicalStatus,
    teamNames: splitList(cell('team')),
    registeredOn,
    volunteerNo: volunteerNo === '' ? null : volunteerNo,
    address: cellText(cell('address')).slice(0, 100),
    workUnit: cellText(cell('workUnit')).slice(0, 60),
    skills: splitList(cell('skills')).slice(0, 20),
    notes: cellText(cell('notes')).slice(0, 200),
  };
  return { rowNumber, values: problems.length === 0 ? values : null, problems };
}

/**
 * What happens to a row: a new volunteer, someone already registered (skipped or filled in), a repeat
 * of an earlier row of the same file, or a row with errors.
 *
 * @example
 * const o: ImportOutcome = 'existing';
 */
export type ImportOutcome = 'new' | 'existing' | 'duplicate' | 'invalid';

/**
 * The Chinese name of each outcome, for the report.
 *
 * @example
 * IMPORT_OUTCOME_LABELS.duplicate // => '文件内重复'
 */
export const IMPORT_OUTCOME_LABELS: Record<ImportOutcome, string> = {
  new: '可导入',
  existing: '已登记',
  duplicate: '文件内重复',
  invalid: '有错误',
};

/**
 * One row of the plan shown before anything is written.
 *
 * @example
 * const p: PlannedRow = { rowNumber: 3, outcome: 'invalid', values: null, reasons: ['姓名为空'], existingId: null };
 */
export interface PlannedRow {
  rowNumber: number;
  outcome: ImportOutcome;
  values: ImportedVolunteer | null;
  reasons: string[];
  /** The registered volunteer with this ID number, for `existing`. */
  existingId: string | null;
}

/**
 * The per-row plan and its counts per outcome.
 *
 * @example
 * planImport(rows, new Map()).counts // => { new: 2, existing: 0, duplicate: 0, invalid: 1 }
 */
export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<ImportOutcome, number>;
}

/**
 * Sorts read rows into outcomes. `registered` maps normalised ID numbers to the live volunteers that
 * hold them. Rows with errors never hold back valid ones; the first row with an ID number wins.
 *
 * @example
 * planImport([row2, row3], new Map([['11010519491231002X', { id: 'v1', name: '张三', volunteerNo: 'ZYZ000001' }]]))
 */
export function planImport(
  rows: readonly ReadRow[],
  registered: ReadonlyMap<string, Pick<Volunteer, 'id' | 'name' | 'volunteerNo'>>,
): ImportPlan {
  const firstRowOf = new Map<string, number>();
  const counts: Record<ImportOutcome, number> = { new: 0, existing: 0, duplicate: 0, invalid: 0 };
  const planned = rows.map((r): PlannedRow => {
    const base = { rowNumber: r.rowNumber, values: r.values, existingId: null };
    let row: PlannedRow;
    if (!r.values) row = { ...base, outcome: 'invalid', reasons: r.problems };
    else {
      const id = r.values.idNumber;
      const first = firstRowOf.get(id);
      const holder = registered.get(id);
      if (first !== undefined)
        row = { ...base, outcome: 'duplicate', reasons: [`与第 ${first} 行证件号码重复`] };
      else if (holder)
        row = {
          ...base,
          outcome: 'existing',
          reasons: [`已登记：${holder.name}（${holder.volunteerNo}）`],
          existingId: holder.id,
        };
      else row = { ...base, outcome: 'new', reasons: [] };
      if (first === undefined) firstRowOf.set(id, r.rowNumber);
    }
    counts[row.outcome] += 1;
    return row;
  });
  return { rows: planned, counts };
}

/**
 * The volunteer row an imported one becomes, before the repository numbers and stamps it. Team names
 * the desk does not know are kept in 备注 so nothing typed is lost.
 *
 * @example
 * importedToDraft(values, new Map([['青年服务队', 't1']])).teamIds // => ['t1']
 */
export function importedToDraft(
  v: ImportedVolunteer,
  teamIdByName: ReadonlyMap<string, string>,
): Omit<Draft<Volunteer>, 'volunteerNo' | 'searchKeys'> {
  const teamIds = v.teamNames.flatMap((n) => teamIdByName.get(n) ?? []);
  const unknownTeams = v.teamNames.filter((n) => !teamIdByName.has(n));
  const notes = [v.notes, unknownTeams.length > 0 ? `所属队伍：${unknownTeams.join('、')}` : '']
    .filter((s) => s !== '')
    .join('；')
    .slice(0, 200);
  return {
    name: v.name,
    idType: v.idType,
    idNumber: v.idNumber,
    gender: v.gender,
    birthDate: v.birthDate,
    phone: v.phone,
    politicalStatus: v.politicalStatus,
    address: v.address,
    workUnit: v.workUnit,
    skills: v.skills,
    intentions: [],
    availability: '',
    teamIds,
    emergencyContact: null,
    guardian: null,
    photo: null,
    // The roll came from elsewhere: consent is asked at the desk the first time the person comes in.
    consent: null,
    notes,
    mergedIntoId: null,
  };
}

/**
 * For someone already registered: the fields the import may fill because they are empty on record.
 * Never overwrites a value the desk already has.
 *
 * @example
 * fillEmptyFields({ ...current, phone: '' }, draft) // => { phone: '13812345678' }
 */
export function fillEmptyFields(
  current: Volunteer,
  draft: ReturnType<typeof importedToDraft>,
): Partial<Volunteer> {
  const patch: Partial<Volunteer> = {};
  if (current.phone === '' && draft.phone !== '') patch.phone = draft.phone;
  if (current.gender === null && draft.gender !== null) patch.gender = draft.gender;
  if (current.birthDate === null && draft.birthDate !== null) patch.birthDate = draft.birthDate;
  if (current.address === '' && draft.address !== '') patch.address = draft.address;
  if (current.workUnit === '' && draft.workUnit !== '') patch.workUnit = draft.workUnit;
  if (current.notes === '' && draft.notes !== '') patch.notes = draft.notes;
  if (current.skills.length === 0 && draft.skills.length > 0) patch.skills = draft.skills;
  if (current.teamIds.length === 0 && draft.teamIds.length > 0) patch.teamIds = draft.teamIds;
  return patch;
}

/**
 * The rows left out of an import, as a sheet: the file's header plus 原因, then each left-out row's
 * cells and its reasons. With `existing: 'skip'`, already-registered rows count as left out.
 *
 * @example
 * rejectedRowsSheet(['姓名', '身份证号'], dataRows, 1, plan, 'skip')[0] // => ['姓名', '身份证号', '原因']
 */
export function rejectedRowsSheet(
  headers: readonly string[],
  dataRows: readonly (readonly RawCell[])[],
  headerRowNumber: number,
  // Only outcomes and reasons are read, so room and organisation plans give their rejected rows too.
  plan: { rows: readonly Pick<PlannedRow, 'rowNumber' | 'outcome' | 'reasons'>[] },
  existing: 'skip' | 'fill',
): RawCell[][] {
  const out: RawCell[][] = [[...headers, '原因']];
  for (const r of plan.rows) {
    if (r.outcome === 'new' || (r.outcome === 'existing' && existing === 'fill')) continue;
    const cells = dataRows[r.rowNumber - headerRowNumber - 1] ?? [];
    const padded = headers.map((_, i) => cells[i] ?? null);
    out.push([...padded, `第 ${r.rowNumber} 行：${r.reasons.join('；')}`]);
  }
  return out;
}
