import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { readSpreadsheet } from '../../renderer/src/features/exchange/import/read-spreadsheet';

function xlsx(rows: unknown[][], merges: XLSX.Range[] = []): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '名册');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('readSpreadsheet', () => {
  it('reads the header and data rows of the first sheet, dates as serials and IDs as typed', () => {
    const r = readSpreadsheet(
      '名册.xlsx',
      xlsx([
        ['姓名', '身份证号', '注册时间'],
        ['张三', '350102199001011238', 46086],
      ]),
    );
    expect(r).toEqual({
      ok: true,
      sheetName: '名册',
      headers: ['姓名', '身份证号', '注册时间'],
      rows: [['张三', '350102199001011238', 46086]],
      headerRowNumber: 1,
    });
  });

  it('keeps CSV text as typed, from UTF-8 or from GB18030 as Excel saves it', () => {
    const text = '姓名,身份证号,出生日期\n张三,350102199001011238,2026/3/5\n';
    const utf8 = readSpreadsheet('a.csv', new TextEncoder().encode(text));
    expect(utf8).toMatchObject({ ok: true, rows: [['张三', '350102199001011238', '2026/3/5']] });
    // "姓名,张三" in GBK.
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd]);
    expect(readSpreadsheet('b.csv', gbk)).toMatchObject({ ok: true, headers: ['姓名'], rows: [['张三']] });
  });

  it('refuses what it cannot import with a Chinese reason', () => {
    const cases: [string, Uint8Array, string][] = [
      ['照片.png', new Uint8Array([0x89, 0x50]), '只能导入 .xlsx、.xls 或 .csv 文件'],
      [
        '假的.xlsx',
        new TextEncoder().encode('hello'),
        '这不是 Excel 表格文件，请选择 .xlsx、.xls 或 .csv 文件',
      ],
      ['二进制.csv', new Uint8Array([0x41, 0, 0x42]), '这不是表格文件，请选择 Excel 或 CSV 文件'],
      ['空.xlsx', xlsx([]), '表格是空的，第一个工作表中没有内容'],
      ['只有表头.xlsx', xlsx([['姓名', '身份证号']]), '表格只有表头，没有数据行'],
      ['大.csv', new Uint8Array(30 * 1024 * 1024 + 1), '文件超过 30 MB，请分成几个文件后再导入'],
    ];
    for (const [name, bytes, message] of cases)
      expect(readSpreadsheet(name, bytes)).toEqual({ ok: false, message });
  });

  it('refuses a password-protected workbook', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as number[]);
    expect(readSpreadsheet('加密.xlsx', bytes)).toEqual({
      ok: false,
      message: '文件已加密，请先在 Excel 中取消密码',
    });
  });

  it('refuses merged header cells, naming the range', () => {
    const merged = xlsx(
      [
        ['联系方式', null, '姓名'],
        ['13812345678', '', '张三'],
      ],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }],
    );
    expect(readSpreadsheet('合并.xlsx', merged)).toEqual({
      ok: false,
      message: '表头有合并单元格（A1:B1），请在 Excel 中取消合并，让每列只有一个表头',
    });
  });
});
