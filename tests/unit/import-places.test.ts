import { describe, expect, it } from 'vitest';
import { planKindImport, readKindRow, type KindReadRow } from '@shared/exchange/import-kind';
import { detectColumns, headerField, columnProblems, rememberMapping } from '@shared/exchange/import-headers';
import {
  fillEmptyRoomFields,
  ROOM_IMPORT,
  roomFromImport,
  type ImportedRoom,
} from '@shared/exchange/import-places';
import {
  fillEmptyOrganisationFields,
  ORGANISATION_IMPORT,
  type ImportedOrganisation,
} from '@shared/exchange/import-organisations';
import { rejectedRowsSheet } from '@shared/exchange/import-plan';
import type { Organisation, Room } from '@shared/model';

const ROOM_COLUMNS = ['name', 'kind', 'capacity', 'location'] as const;
const ORG_COLUMNS = ['name', 'type', 'contactName', 'phone', 'notes'] as const;

describe('header recognition for rooms and organisations', () => {
  it('recognises the Chinese headers of a room list, spaces and required marks aside', () => {
    expect(headerField(ROOM_IMPORT, '场地名称')).toBe('name');
    expect(headerField(ROOM_IMPORT, ' *名称（必填）')).toBe('name');
    expect(headerField(ROOM_IMPORT, '场地类型')).toBe('kind');
    expect(headerField(ROOM_IMPORT, '可容纳人数')).toBe('capacity');
    expect(headerField(ROOM_IMPORT, '楼层/位置')).toBe('location');
    expect(headerField(ROOM_IMPORT, '楼层')).toBe('location');
    expect(headerField(ROOM_IMPORT, '鞋码')).toBeNull();
  });

  it('recognises the Chinese headers of an organisation list', () => {
    expect(
      detectColumns(ORGANISATION_IMPORT, ['单位名称', '单位性质', '负责人', '联系电话', '备注', '鞋码']),
    ).toEqual(['name', 'type', 'contactName', 'phone', 'notes', null]);
  });

  it('lets a remembered choice win and gives a field to its first column only', () => {
    expect(detectColumns(ORGANISATION_IMPORT, ['单位', '名称'])).toEqual(['name', null]);
    const remembered = rememberMapping(['单位', '名称'], [null, 'name']);
    expect(remembered).toEqual({ 单位: '', 名称: 'name' });
    expect(detectColumns(ORGANISATION_IMPORT, ['单位', '名称'], remembered)).toEqual([null, 'name']);
    // A choice remembered for another kind's field is not carried over.
    expect(detectColumns(ROOM_IMPORT, ['类型'], { 类型: 'type' })).toEqual([null]);
  });

  it('asks for the required columns and refuses a field given twice, in Chinese', () => {
    expect(columnProblems(ROOM_IMPORT, ['kind', null])).toEqual([
      '请指定哪一列是名称',
      '请指定哪一列是容纳人数',
    ]);
    expect(columnProblems(ORGANISATION_IMPORT, ['name', 'type', 'contactName', 'phone', 'phone'])).toEqual([
      '“联系电话”只能对应一列',
    ]);
  });
});

describe('room rows', () => {
  it('reads a good row with the room form defaults for what a file does not carry', () => {
    const row = readKindRow(ROOM_IMPORT, ['大讲堂', '报告厅', '120人', '一楼东侧'], ROOM_COLUMNS, 2);
    expect(row).toEqual({
      rowNumber: 2,
      problems: [],
      values: {
        name: '大讲堂',
        kind: '讲堂',
        capacity: 120,
        location: '一楼东侧',
        openingHours: null,
        area: null,
        equipment: [],
      },
    });
    const room = roomFromImport(row?.values as ImportedRoom);
    expect(room.openingHours).toHaveLength(6);
    expect(room.active).toBe(true);
  });

  it('reads 开放时间 as days and windows into the stored opening hours', () => {
    const cols = ['name', 'capacity', 'openingHours'] as const;
    const hours = (text: string) =>
      readKindRow(ROOM_IMPORT, ['活动室', 30, text], cols, 2)?.values?.openingHours ?? null;
    expect(hours('周一至周五 9:00-12:00、14:00～17:30')).toEqual(
      [1, 2, 3, 4, 5].flatMap((weekday) => [
        { weekday, openMinute: 540, closeMinute: 720 },
        { weekday, openMinute: 840, closeMinute: 1050 },
      ]),
    );
    expect(hours('周六、周日 08:30-17:00')).toEqual([
      { weekday: 6, openMinute: 510, closeMinute: 1020 },
      { weekday: 0, openMinute: 510, closeMinute: 1020 },
    ]);
    // Without days, the room form's usual days (Tuesday to Sunday) take the file's hours.
    expect(hours('08:00-20:00')?.map((h) => h.weekday)).toEqual([2, 3, 4, 5, 6, 0]);
    expect(readKindRow(ROOM_IMPORT, ['活动室', 30, '看情况'], cols, 3)?.problems).toEqual([
      '开放时间“看情况”无法识别，请写成“周二至周日 08:30-17:30”的形式',
    ]);
    expect(readKindRow(ROOM_IMPORT, ['活动室', 30, '每天 18:00-09:00'], cols, 4)?.problems).toEqual([
      '关门时间须晚于开门时间',
    ]);
  });

  it('gives a Chinese message per bad cell and ignores blank rows', () => {
    expect(readKindRow(ROOM_IMPORT, ['', '会议室', 'abc', ''], ROOM_COLUMNS, 3)?.problems).toEqual([
      '类型“会议室”无法识别，应为讲堂、培训室、图书室、阅览室、活动室、多功能厅、功能区、户外场地之一',
      '容纳人数“abc”不是数字',
      '请填写场地名称',
    ]);
    expect(readKindRow(ROOM_IMPORT, ['活动室一', '', null, ''], ROOM_COLUMNS, 4)?.problems).toEqual([
      '请填写容纳人数',
    ]);
    expect(readKindRow(ROOM_IMPORT, ['活动室一', '', 9000, ''], ROOM_COLUMNS, 4)?.problems).toEqual([
      '容纳人数不能超过5000',
    ]);
    expect(readKindRow(ROOM_IMPORT, ['', null, ' ', null], ROOM_COLUMNS, 5)).toBeNull();
  });

  it('fills only empty room fields', () => {
    const current = { location: '', area: 60, equipment: [] } as unknown as Room;
    const v: ImportedRoom = {
      name: '活动室',
      kind: '活动室',
      capacity: 30,
      location: '二楼',
      openingHours: null,
      area: 80,
      equipment: ['投影仪'],
    };
    expect(fillEmptyRoomFields(current, v)).toEqual({ location: '二楼', equipment: ['投影仪'] });
  });
});

describe('organisation rows', () => {
  it('reads a good row with the phone normalised as the organisation form does', () => {
    const row = readKindRow(
      ORGANISATION_IMPORT,
      ['东街街道', '街道', '林晓', '0591-87654321', '每月例会'],
      ORG_COLUMNS,
      2,
    );
    expect(row?.values).toEqual({
      name: '东街街道',
      type: '党政机关',
      contactName: '林晓',
      phone: '059187654321',
      notes: '每月例会',
    });
  });

  it('reports a bad phone, an unknown type and missing contact in Chinese', () => {
    expect(
      readKindRow(ORGANISATION_IMPORT, ['实验小学', '医院', '', '12345', ''], ORG_COLUMNS, 3)?.problems,
    ).toEqual([
      '类型“医院”无法识别，应为党政机关、事业单位、学校、企业、社会组织、社区、个人之一',
      '请填写联系人',
      '请填写正确的联系电话，如 0591-87654321 或 13812345678',
    ]);
    expect(
      readKindRow(ORGANISATION_IMPORT, ['实验小学', '', '王老师', '13812345678', ''], ORG_COLUMNS, 4)
        ?.problems,
    ).toEqual(['类型为空']);
  });

  it('fills only empty organisation fields', () => {
    const current = { contactName: '林晓', phone: '13812345678', notes: '' } as Organisation;
    const v: ImportedOrganisation = {
      name: 'x',
      type: '学校',
      contactName: '王老师',
      phone: '13900000000',
      notes: '周三下午',
    };
    expect(fillEmptyOrganisationFields(current, v)).toEqual({ notes: '周三下午' });
  });
});

describe('planning a room or organisation import', () => {
  const read = (rows: (string | number | null)[][]) =>
    rows
      .map((c, i) => readKindRow(ORGANISATION_IMPORT, c, ORG_COLUMNS, i + 2))
      .filter((r): r is KindReadRow<ImportedOrganisation> => r !== null);
  const rows = [
    ['东街街道', '党政机关', '林晓', '13812345678', ''],
    ['实验小学', '学校', '王老师', '12345', ''],
    ['东街街道', '党政机关', '林晓', '13812345678', ''],
    ['红星社区', '社区', '李红', '0591-87654321', ''],
  ];

  it('sorts rows into new, already on record (same name), duplicate in the file and errors', () => {
    const plan = planKindImport(ORGANISATION_IMPORT, read(rows), new Map([['红星社区', { id: 'o1' }]]));
    expect(plan.counts).toEqual({ new: 1, existing: 1, duplicate: 1, invalid: 1 });
    expect(plan.rows.map((r) => [r.rowNumber, r.outcome, r.reasons.join('；')])).toEqual([
      [2, 'new', ''],
      [3, 'invalid', '请填写正确的联系电话，如 0591-87654321 或 13812345678'],
      [4, 'duplicate', '与第 2 行单位重名'],
      [5, 'existing', '已有名为「红星社区」的单位'],
    ]);
    expect(plan.rows[3]?.existingId).toBe('o1');
  });

  it('lists the rows left out, with their reasons, as a sheet to fix', () => {
    const plan = planKindImport(ORGANISATION_IMPORT, read(rows), new Map([['红星社区', { id: 'o1' }]]));
    const headers = ['单位名称', '类型', '联系人', '联系电话', '备注'];
    const sheet = rejectedRowsSheet(headers, rows, 1, plan, 'skip');
    expect(sheet.map((r) => r.at(-1))).toEqual([
      '原因',
      '第 3 行：请填写正确的联系电话，如 0591-87654321 或 13812345678',
      '第 4 行：与第 2 行单位重名',
      '第 5 行：已有名为「红星社区」的单位',
    ]);
    expect(rejectedRowsSheet(headers, rows, 1, plan, 'fill')).toHaveLength(3);
  });
});
