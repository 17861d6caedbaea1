import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '@shared/identity/id-card';
import {
  detectMapping,
  fieldForHeader,
  mappingProblems,
  rememberMapping,
} from '@shared/exchange/import-headers';
import {
  cellText,
  ID_AS_NUMBER_MESSAGE,
  parseGender,
  parseImportDate,
  parsePoliticalStatus,
  readIdCell,
  splitList,
} from '@shared/exchange/import-cells';
import {
  fillEmptyFields,
  importedToDraft,
  planImport,
  readImportRow,
  rejectedRowsSheet,
  type ReadRow,
} from '@shared/exchange/import-plan';
import type { Volunteer } from '@shared/model';

const TODAY = '2026-11-22';
const ID_A = makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: 123 });
const ID_B = makeIdNumber({ addressCode: '350102', birthDate: '19851231', sequence: 42 });
const COLUMNS = ['name', 'idNumber', 'phone', 'birthDate'] as const;

describe('header recognition', () => {
  it('recognises the Chinese headers rolls use, spaces and required marks aside', () => {
    expect(fieldForHeader('公民身份号码')).toBe('idNumber');
    expect(fieldForHeader('证件号码')).toBe('idNumber');
    expect(fieldForHeader(' *身份证号（必填） ')).toBe('idNumber');
    expect(fieldForHeader('联系电话')).toBe('phone');
    expect(fieldForHeader('所属队伍')).toBe('team');
    expect(fieldForHeader('注册时间')).toBe('registeredOn');
    expect(fieldForHeader('志愿者编号')).toBe('volunteerNo');
    expect(fieldForHeader('鞋码')).toBeNull();
  });

  it('leaves unknown headers unmapped and lists them, and gives a field to its first column only', () => {
    expect(detectMapping(['姓名', '身份证号', '鞋码', '证件号码'])).toEqual({
      columns: ['name', 'idNumber', null, null],
      unmapped: ['鞋码', '证件号码'],
    });
  });

  it('prefers the remembered choice for a header over recognition', () => {
    const remembered = rememberMapping(['姓名', '号码', '电话'], ['name', 'idNumber', null]);
    expect(detectMapping(['姓名', '号码', '电话'], remembered).columns).toEqual(['name', 'idNumber', null]);
  });

  it('refuses a mapping without name or ID number, or with a field on two columns', () => {
    expect(mappingProblems(['name', null])).toEqual(['请指定哪一列是证件号码']);
    expect(mappingProblems(['name', 'idNumber', 'phone', 'phone'])).toEqual(['“手机号码”只能对应一列']);
    expect(mappingProblems(['name', 'idNumber'])).toEqual([]);
  });
});

describe('cells', () => {
  it('reads dates typed as text in the usual ways', () => {
    for (const t of ['2026/3/5', '2026-03-05', '2026.3.5', '2026年3月5日', '20260305', '2026/3/5 10:30'])
      expect(parseImportDate(t)).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('reads Excel serial dates', () => {
    expect(parseImportDate(46086)).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseImportDate(32874)).toEqual({ ok: true, value: '1990-01-01' });
  });

  it('refuses dates it cannot read or that do not exist, and takes empty as none', () => {
    expect(parseImportDate('3月5日')).toMatchObject({
      ok: false,
      message: expect.stringContaining('无法识别'),
    });
    expect(parseImportDate('2026/2/30')).toEqual({ ok: false, message: '日期“2026/2/30”不存在，请核对' });
    expect(parseImportDate(null)).toEqual({ ok: true, value: null });
  });

  it('flags an 18-digit ID stored as a number, never guessing its last digits', () => {
    expect(readIdCell(350102199001011200)).toEqual({ ok: false, message: ID_AS_NUMBER_MESSAGE });
    expect(readIdCell('3.50102E+17')).toEqual({ ok: false, message: ID_AS_NUMBER_MESSAGE });
    expect(readIdCell(' 11010519491231002x ')).toEqual({ ok: true, value: '11010519491231002X' });
    // 15 digits fit a double exactly: the old 15-digit cards survive as numbers.
    expect(readIdCell(110105491231002)).toEqual({ ok: true, value: '110105491231002' });
  });

  it('reads phones stored as numbers, genders, political status and lists', () => {
    expect(cellText(13812345678)).toBe('13812345678');
    expect(parseGender('女性')).toEqual({ ok: true, value: '女' });
    expect(parseGender('未知')).toMatchObject({ ok: false });
    expect(parsePoliticalStatus('党员')).toEqual({ ok: true, value: '中共党员' });
    expect(parsePoliticalStatus('')).toEqual({ ok: true, value: '群众' });
    expect(splitList('书法、摄影, 急救')).toEqual(['书法', '摄影', '急救']);
  });
});

describe('rows and plan', () => {
  const read = (cells: (string | number | null)[], n: number) =>
    readImportRow(cells, [...COLUMNS], n, TODAY) as ReadRow;

  it('derives birth date and gender from the ID number and normalises the phone', () => {
    const r = read(['张三', ID_A, '138 1234 5678', null], 2);
    expect(r.problems).toEqual([]);
    expect(r.values).toMatchObject({
      idNumber: ID_A,
      birthDate: '1990-01-01',
      gender: '男',
      phone: '13812345678',
    });
  });

  it('skips blank rows and reports a bad ID, a bad phone and an ID stored as a number', () => {
    expect(readImportRow([null, '', null], [...COLUMNS], 2, TODAY)).toBeNull();
    expect(read(['李四', '350102199001011230', '', null], 3).problems[0]).toMatch(
      /^证件号码有误：校验位错误/,
    );
    expect(read(['王五', ID_B, '12345', null], 4).problems).toEqual([
      '手机号码有误：手机号码应为11位，当前为5位',
    ]);
    expect(read(['赵六', 350102199001011200, '', null], 5).problems).toEqual([ID_AS_NUMBER_MESSAGE]);
    expect(read(['', ID_B, '', null], 6).problems).toEqual(['姓名为空']);
  });

  it('refuses minors under the guardian age: registration at the desk takes the guardian', () => {
    const rules = { minimumAge: 8, guardianBelow: 18, consentBelow: 14, accompanyBelow: 10 };
    const minor = makeIdNumber({ addressCode: '350102', birthDate: '20150601', sequence: 7 });
    const child = makeIdNumber({ addressCode: '350102', birthDate: '20220601', sequence: 8 });
    expect(readImportRow(['小明', minor], ['name', 'idNumber'], 2, TODAY, rules)?.problems).toEqual([
      '未满18周岁，请由监护人陪同到前台登记',
    ]);
    expect(readImportRow(['小小', child], ['name', 'idNumber'], 3, TODAY, rules)?.problems).toEqual([
      '未满8周岁，不能注册为志愿者',
    ]);
    expect(readImportRow(['张三', ID_A], ['name', 'idNumber'], 4, TODAY, rules)?.problems).toEqual([]);
  });

  it('plans new, duplicate-in-file, already registered and invalid rows, with counts', () => {
    const rows = [
      read(['张三', ID_A, '', null], 2),
      read(['张三', ID_A, '', null], 3),
      read(['王五', ID_B, '', null], 4),
      read(['坏行', '123', '', null], 5),
    ];
    const plan = planImport(rows, new Map([[ID_B, { id: 'v9', name: '王五', volunteerNo: 'ZYZ000009' }]]));
    expect(plan.rows.map((r) => [r.rowNumber, r.outcome, r.reasons[0] ?? ''])).toEqual([
      [2, 'new', ''],
      [3, 'duplicate', '与第 2 行证件号码重复'],
      [4, 'existing', '已登记：王五（ZYZ000009）'],
      [5, 'invalid', expect.stringContaining('证件号码有误')],
    ]);
    expect(plan.counts).toEqual({ new: 1, existing: 1, duplicate: 1, invalid: 1 });
  });

  it('writes the rejected rows with their cells and a 原因 column, registered ones only when skipped', () => {
    const data = [
      ['张三', ID_A],
      ['坏行', '123'],
      ['王五', ID_B],
    ];
    const rows = data.map((c, i) => readImportRow(c, ['name', 'idNumber'], i + 2, TODAY) as ReadRow);
    const plan = planImport(rows, new Map([[ID_B, { id: 'v9', name: '王五', volunteerNo: 'ZYZ000009' }]]));
    const skip = rejectedRowsSheet(['姓名', '身份证号'], data, 1, plan, 'skip');
    expect(skip.map((r) => r.slice(0, 2))).toEqual([
      ['姓名', '身份证号'],
      ['坏行', '123'],
      ['王五', ID_B],
    ]);
    expect(skip[0]?.[2]).toBe('原因');
    expect(String(skip[1]?.[2])).toMatch(/^第 3 行：证件号码有误/);
    expect(rejectedRowsSheet(['姓名', '身份证号'], data, 1, plan, 'fill')).toHaveLength(2);
  });

  it('fills only empty fields of a registered volunteer and keeps unknown team names in notes', () => {
    const values = read(['张三', ID_A, '13812345678', null], 2).values;
    if (!values) throw new Error('row should read');
    const draft = importedToDraft(
      { ...values, teamNames: ['青年队', '无名队'] },
      new Map([['青年队', 't1']]),
    );
    expect(draft.teamIds).toEqual(['t1']);
    expect(draft.notes).toBe('所属队伍：无名队');
    const current = { ...draft, phone: '', birthDate: '1990-01-01', notes: '老备注' } as unknown as Volunteer;
    expect(fillEmptyFields(current, draft)).toEqual({ phone: '13812345678' });
  });
});
