import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import {
  dateCell,
  dateKeyCell,
  dateTimeCell,
  hoursCell,
  idNumberCell,
  numberCell,
  phoneCell,
  textCell,
  timeCell,
  type ExportCell,
} from '../../shared/exchange/export-cells';
import {
  ACTIVITY_COLUMNS,
  hasPersonalNumbers,
  sheetOf,
  VOLUNTEER_COLUMNS,
} from '../../shared/exchange/export-columns';
import { ORDER_COLUMNS } from '../../shared/exchange/export-orders';
import { RECORD_COLUMNS } from '../../shared/exchange/export-records';
import type { Activity, ServiceOrder, ServiceRecord, Volunteer } from '../../shared/model';

// 2026-12-01 23:30 in Shanghai is 15:30 UTC the same day; 00:30 on 12-02 is 16:30 UTC on 12-01.
const LATE_EVENING = Date.UTC(2026, 11, 1, 15, 30);
const JUST_AFTER_MIDNIGHT = Date.UTC(2026, 11, 1, 16, 30);

async function readBack(rows: ExportCell[][]) {
  const buffer = await writeXlsxFile(rows).toBuffer();
  const book = XLSX.read(buffer, { cellDates: true, cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const volunteer = (over: Partial<Volunteer> = {}): Volunteer => ({
  id: 'v1',
  createdAt: Date.UTC(2026, 0, 5, 2, 0),
  updatedAt: 0,
  deletedAt: null,
  deskId: 'd',
  volunteerNo: '000123',
  name: '张三丰',
  idType: '居民身份证',
  idNumber: '110105199001011234',
  gender: '男',
  birthDate: '1990-01-01',
  phone: '13812345678',
  politicalStatus: '群众',
  address: '',
  workUnit: '',
  skills: ['摄影'],
  intentions: [],
  availability: '',
  teamIds: ['t1', 'gone'],
  emergencyContact: null,
  guardian: null,
  photo: null,
  consent: null,
  searchKeys: [],
  notes: '',
  ...over,
});

describe('export cells', () => {
  it('keeps an instant at 23:30 Shanghai time on its own day and hour', () => {
    const date = dateCell(LATE_EVENING).value as Date;
    expect(date.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect((timeCell(LATE_EVENING).value as Date).toISOString().slice(11, 16)).toBe('23:30');
    expect((dateCell(JUST_AFTER_MIDNIGHT).value as Date).toISOString().slice(0, 10)).toBe('2026-12-02');
  });

  it('writes dates, times and hours as Excel dates and numbers that read back as such', async () => {
    const sheet = await readBack([
      [dateCell(LATE_EVENING), timeCell(LATE_EVENING), dateTimeCell(LATE_EVENING), hoursCell(90)],
    ]);
    expect(sheet['A1']?.t).toBe('d');
    expect((sheet['A1']?.v as Date).toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(sheet['A1']?.z).toBe('yyyy-mm-dd');
    expect(sheet['B1']?.z).toBe('hh:mm');
    expect(sheet['C1']?.w).toBe('2026-12-01 23:30');
    expect(sheet['D1']).toMatchObject({ t: 'n', v: 1.5 });
  });

  it('keeps volunteer numbers with leading zeros and ID numbers as text', async () => {
    const sheet = await readBack([[textCell('000123'), idNumberCell('110105199001011234', 'full')]]);
    expect(sheet['A1']).toMatchObject({ t: 's', v: '000123' });
    expect(sheet['B1']).toMatchObject({ t: 's', v: '110105199001011234' });
  });

  it('turns a birth date key into a date cell and leaves a malformed one as the text it was', () => {
    expect((dateKeyCell('1990-01-01').value as Date).toISOString()).toBe('1990-01-01T00:00:00.000Z');
    expect(dateKeyCell('1990-13-01')).toEqual({ value: '1990-13-01' });
    expect(dateKeyCell(null).value).toBeUndefined();
  });

  it('leaves a missing number empty rather than writing 0', () => {
    expect(numberCell(null).value).toBeUndefined();
    expect(numberCell(Number.NaN).value).toBeUndefined();
    expect(numberCell(0).value).toBe(0);
  });

  it('masks ID numbers and phones unless the export is full', () => {
    expect(idNumberCell('110105199001011234', 'masked').value).toBe('110105********1234');
    expect(phoneCell('13812345678', 'masked').value).toBe('138****5678');
    expect(phoneCell('13812345678', 'full').value).toBe('13812345678');
    expect(idNumberCell('', 'masked').value).toBe('');
  });
});

describe('list columns', () => {
  const lookups = { names: new Map([['t1', '青年志愿服务队']]) };

  it('writes the roster with masked numbers, team names and a real birth date', () => {
    const sheet = sheetOf(VOLUNTEER_COLUMNS, [volunteer()], lookups, 'masked');
    const cell = (header: string) => sheet.rows[0]?.[sheet.header.indexOf(header)];
    expect(cell('志愿者编号')?.value).toBe('000123');
    expect(cell('证件号码')?.value).toBe('110105********1234');
    expect(cell('手机号')?.value).toBe('138****5678');
    expect(cell('所属队伍')?.value).toBe('青年志愿服务队、（已删除）');
    expect(cell('出生日期')?.value).toBeInstanceOf(Date);
    expect((cell('注册时间')?.value as Date).toISOString()).toBe('2026-01-05T10:00:00.000Z');
  });

  it('writes an activity with its duration in hours and head counts as numbers', () => {
    const activity = {
      title: '读书会',
      start: LATE_EVENING - 90 * 60_000,
      end: LATE_EVENING,
      stationId: null,
      projectId: null,
      participants: 12,
      beneficiaries: 30,
      volunteerCount: 3,
    } as Activity;
    const sheet = sheetOf(ACTIVITY_COLUMNS, [activity], lookups, 'masked');
    const cell = (header: string) => sheet.rows[0]?.[sheet.header.indexOf(header)];
    expect(cell('时长（小时）')?.value).toBe(1.5);
    expect(cell('参与人次')?.value).toBe(12);
    expect(cell('所/站')?.value).toBe('本中心');
    expect((cell('开始')?.value as Date).toISOString().slice(11, 16)).toBe('22:00');
  });

  it('offers the full-number choice only for lists holding ID numbers or phones', () => {
    expect(hasPersonalNumbers(VOLUNTEER_COLUMNS)).toBe(true);
    expect(hasPersonalNumbers(ACTIVITY_COLUMNS)).toBe(false);
  });

  it('writes an order with its time as a date-time, the rating as a number and the phone masked', () => {
    const order = {
      number: 'FW2026-00012',
      orderedAt: LATE_EVENING,
      requesterPhone: '13812345678',
      assignee: { teamId: 't1', volunteerIds: [] },
      dispatchedAt: null,
      rating: 5,
    } as unknown as ServiceOrder;
    const sheet = sheetOf(ORDER_COLUMNS, [order], lookups, 'masked');
    const cell = (header: string) => sheet.rows[0]?.[sheet.header.indexOf(header)];
    expect(cell('联系电话')?.value).toBe('138****5678');
    expect(cell('点单时间')).toMatchObject({ format: 'yyyy-mm-dd hh:mm' });
    expect((cell('点单时间')?.value as Date).toISOString().slice(0, 16)).toBe('2026-12-01T23:30');
    expect(cell('满意度')?.value).toBe(5);
    expect(cell('派单时间')?.value).toBeUndefined();
    expect(cell('承接队伍')?.value).toBe('青年志愿服务队');
    expect(hasPersonalNumbers(ORDER_COLUMNS)).toBe(true);
  });

  it('writes a record’s credited hours as a number and leaves an open record’s sign-out and hours empty', () => {
    const base = { volunteerId: 'v1', signInAt: LATE_EVENING - 150 * 60_000, post: null };
    const done = { ...base, signOutAt: LATE_EVENING, creditedMinutes: 150 } as ServiceRecord;
    const open = { ...base, signOutAt: null, creditedMinutes: null } as ServiceRecord;
    const people = { volunteers: new Map([['v1', { volunteerNo: '000123', name: '林晓岚' }]]) };
    const sheet = sheetOf(RECORD_COLUMNS, [done, open], people, 'masked');
    const cell = (row: number, header: string) => sheet.rows[row]?.[sheet.header.indexOf(header)];
    expect(cell(0, '服务时长（小时）')?.value).toBe(2.5);
    expect(cell(0, '志愿者编号')?.value).toBe('000123');
    expect((cell(0, '签到')?.value as Date).toISOString().slice(11, 16)).toBe('21:00');
    expect(cell(1, '服务时长（小时）')?.value).toBeUndefined();
    expect(cell(1, '签退')?.value).toBeUndefined();
    expect(cell(1, '岗位')?.value).toBe('');
  });
});
