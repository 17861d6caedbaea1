import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import {
  defaultNationalPreset,
  durationCell,
  moveColumn,
  nationalPresetProblems,
  nationalRecordSheet,
  nationalVolunteerSheet,
  presetHasPersonalNumbers,
  type NationalPreset,
} from '../../shared/exchange/national-presets';
import type { ServiceRecord, Volunteer } from '../../shared/model';

// 2026-12-01 23:00–23:30 in Shanghai.
const SIGN_IN = Date.UTC(2026, 11, 1, 15, 0);
const SIGN_OUT = Date.UTC(2026, 11, 1, 15, 30);

const volunteer = {
  id: 'v1',
  volunteerNo: '000123',
  name: '林晓岚',
  idNumber: '350102199001011238',
  phone: '13812345678',
  birthDate: '1990-01-01',
  createdAt: SIGN_IN,
  skills: [],
} as unknown as Volunteer;
const record = {
  volunteerId: 'v1',
  signInAt: SIGN_IN,
  signOutAt: SIGN_OUT,
  creditedMinutes: 100,
  projectName: '夜读',
} as ServiceRecord;

const preset: NationalPreset = {
  id: 'p1',
  name: '2026 版服务记录',
  entity: 'records',
  columns: [
    { field: 'idNumber', header: '身份证号码' },
    { field: 'name', header: '志愿者姓名' },
    { field: 'date', header: '服务日期' },
    { field: 'duration', header: '服务时长（小时）' },
    { field: 'volunteerNo', header: '编号' },
  ],
  dateFormat: 'yyyy/mm/dd',
  duration: 'hours1',
};

describe('national export presets', () => {
  it('round-trips a preset to its header row and formatted cells in an .xlsx', async () => {
    const sheet = nationalRecordSheet(preset, [{ record, volunteer }], 'masked');
    expect(sheet.header).toEqual(preset.columns.map((c) => c.header));
    const buffer = await writeXlsxFile([sheet.header.map((value) => ({ value })), ...sheet.rows]).toBuffer();
    const book = XLSX.read(buffer, { cellDates: true, cellNF: true });
    const ws = book.Sheets[book.SheetNames[0] ?? ''];
    if (!ws) throw new Error('no sheet');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: false });
    expect(rows[0]).toEqual(['身份证号码', '志愿者姓名', '服务日期', '服务时长（小时）', '编号']);
    expect(ws['A2']).toMatchObject({ t: 's', v: '350102********1238' });
    expect(ws['C2']).toMatchObject({ t: 'd', w: '2026/12/01' });
    expect(ws['D2']).toMatchObject({ t: 'n', v: 1.7 });
    expect(ws['E2']).toMatchObject({ t: 's', v: '000123' });
  });

  it('writes durations as numbers in the chosen unit', () => {
    expect(durationCell(100, 'hours1')).toEqual({ value: 1.7, format: '0.0' });
    expect(durationCell(100, 'hours2')).toEqual({ value: 1.67, format: '0.00' });
    expect(durationCell(100, 'minutes')).toEqual({ value: 100, format: '0' });
    expect(durationCell(null, 'minutes').value).toBeUndefined();
  });

  it('writes full numbers only for a full export', () => {
    const full = nationalRecordSheet(preset, [{ record, volunteer }], 'full');
    expect(full.rows[0]?.[0]?.value).toBe('350102199001011238');
    expect(presetHasPersonalNumbers(preset)).toBe(true);
    expect(presetHasPersonalNumbers({ ...preset, columns: [{ field: 'name', header: '姓名' }] })).toBe(false);
  });

  it('keeps a birth date a date in the preset’s format and a bad one as text', () => {
    const p = { ...defaultNationalPreset('volunteers', 'p2'), dateFormat: 'yyyymmdd' as const };
    const sheet = nationalVolunteerSheet(p, [volunteer, { ...volunteer, birthDate: '1990-02-30' }], 'masked');
    const at = sheet.header.indexOf('出生日期');
    expect(sheet.rows[0]?.[at]).toMatchObject({ format: 'yyyymmdd' });
    expect(sheet.rows[1]?.[at]).toEqual({ value: '1990-02-30' });
  });

  it('moves columns up and down and ignores a move past either end', () => {
    const moved = moveColumn(preset.columns, 0, 1).map((c) => c.field);
    expect(moved.slice(0, 2)).toEqual(['name', 'idNumber']);
    expect(moveColumn(preset.columns, 0, -1)).toEqual(preset.columns);
    expect(moveColumn(preset.columns, 4, 1)).toEqual(preset.columns);
  });

  it('explains an unnamed, empty, duplicate-header or duplicate-name preset in Chinese', () => {
    expect(nationalPresetProblems(preset)).toEqual({});
    expect(nationalPresetProblems({ ...preset, name: ' ' }).name).toBe('请填写方案名称');
    expect(nationalPresetProblems({ ...preset, columns: [] }).columns).toBe('请至少保留一列');
    expect(
      nationalPresetProblems({
        ...preset,
        columns: [
          { field: 'name', header: '姓名' },
          { field: 'volunteerNo', header: '姓名' },
        ],
      }).columns,
    ).toBe('表头名称不能重复');
    expect(nationalPresetProblems(preset, [{ ...preset, id: 'p9' }]).name).toContain('已有名为');
  });
});
