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
import { xlsxBytes, XlsxWriter } from '../../renderer/src/features/exchange/xlsx/xlsx-writer';
import { crc32 } from '../../renderer/src/features/exchange/xlsx/zip-writer';

const AT = Date.UTC(2026, 11, 1, 15, 30);
const header = ['编号', '证件号码', '手机号', '出生日期', '注册时间', '开始', '时长', '人次', '备注'];
const widths = header.map(() => 10);
const row = (i: number): ExportCell[] => [
  textCell(String(i).padStart(6, '0')),
  idNumberCell('110105199001011234', i % 2 ? 'masked' : 'full'),
  phoneCell('13812345678', 'masked'),
  dateKeyCell(i % 3 ? '1990-01-01' : '1990-13-01'),
  dateTimeCell(AT + i * 60_000),
  timeCell(AT),
  hoursCell(i % 4 ? 90 : null),
  numberCell(i),
  textCell(i === 2 ? ' a<&>"b ' : i === 3 ? 'bad\u0001char' : ''),
];
// More than one written page (1,000 rows), so page boundaries are read back too.
const rows = Array.from({ length: 1200 }, (_, i) => row(i));

function read(bytes: Uint8Array) {
  const book = XLSX.read(bytes, { cellDates: true, cellNF: true, cellStyles: true });
  return { book, sheet: (name: string) => book.Sheets[name] ?? {} };
}

describe('xlsx writer', () => {
  it(
    'writes every cell as write-excel-file did: text ids, real dates under their formats, numbers',
    { timeout: 30_000 },
    async () => {
      const ours = read(await xlsxBytes([{ sheetName: '志愿者名册', header, widths, rows }]));
      const theirs = read(
        await writeXlsxFile([header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows], {
          sheet: '志愿者名册',
          columns: widths.map((width) => ({ width })),
          stickyRowsCount: 1,
        }).toBuffer(),
      );
      const a = ours.sheet('志愿者名册');
      const b = theirs.sheet('志愿者名册');
      expect(a['!ref']).toBe(b['!ref']);
      const cells = Object.keys(b).filter((k) => !k.startsWith('!'));
      expect(Object.keys(a).filter((k) => !k.startsWith('!'))).toEqual(cells);
      for (const ref of cells) {
        const [x, y] = [a[ref] as XLSX.CellObject, b[ref] as XLSX.CellObject];
        expect({ ref, t: x.t, v: x.v, w: x.w, z: x.z }).toEqual({ ref, t: y.t, v: y.v, w: y.w, z: y.z });
      }
    },
  );

  it('keeps an ID number and a phone as text and a birth date as a date cell', async () => {
    const { sheet } = read(await xlsxBytes([{ sheetName: 'S', header, widths, rows }]));
    const s = sheet('S');
    expect(s['B2']).toMatchObject({ t: 's', v: '110105199001011234' });
    expect(s['B3']).toMatchObject({ t: 's', v: '110105********1234' });
    expect(s['C2']).toMatchObject({ t: 's', v: '138****5678' });
    expect(s['A2']).toMatchObject({ t: 's', v: '000000' });
    expect(s['D3']).toMatchObject({ t: 'd', z: 'yyyy-mm-dd', w: '1990-01-01' });
    expect(s['D2']).toMatchObject({ t: 's', v: '1990-13-01' });
    expect(s['E2']).toMatchObject({ t: 'd', w: '2026-12-01 23:30' });
    expect(s['G3']).toMatchObject({ t: 'n', v: 1.5 });
    expect(s['I4']).toMatchObject({ t: 's', v: ' a<&>"b ' });
    expect(s['I5']).toMatchObject({ t: 's', v: 'badchar' });
    expect(s['I6']).toBeUndefined();
    expect(s['A1']).toMatchObject({ t: 's', v: '编号' });
  });

  it('writes several sheets sharing one string table, rows added page by page', async () => {
    const book = new XlsxWriter();
    const first = await book.sheet('甲', ['名'], [8]);
    await first.addRows([[textCell('张三')], [textCell('李四')]]);
    await first.addRows([[textCell('张三')]]);
    expect(first.rowCount).toBe(4);
    const second = await book.sheet('乙', ['日期'], [12]);
    await second.addRows([[dateCell(AT)]]);
    const { book: wb, sheet } = read(await book.finish());
    expect(wb.SheetNames).toEqual(['甲', '乙']);
    expect(sheet('甲')['A4']).toMatchObject({ t: 's', v: '张三' });
    expect(sheet('乙')['A2']).toMatchObject({ t: 'd', w: '2026-12-01' });
  });

  it('computes the CRC-32 a zip reader checks', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
  });
});
