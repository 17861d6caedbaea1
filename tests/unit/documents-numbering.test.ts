import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateNumbers,
  counterKey,
  formatDocumentNumber,
  parseDocumentNumber,
} from '@shared/documents/numbering';
import { chineseDate } from '@shared/documents/dates';
import { mmToMicrons, paperName, paperOf } from '@shared/documents/paper';

describe('document numbers', () => {
  it('formats the kind prefix, the year and a five-digit sequence', () => {
    expect(formatDocumentNumber('志愿服务记录证明', 2026, 42)).toBe('ZM-2026-00042');
    expect(counterKey('荣誉证书', 2027)).toBe('RY-2027');
  });

  it('allocates consecutive numbers after the last one and reports the new last', () => {
    expect(allocateNumbers('感谢信', 2026, 9, 3)).toEqual({
      numbers: ['GX-2026-00010', 'GX-2026-00011', 'GX-2026-00012'],
      last: 12,
    });
  });

  it('reads back what a desk types or scans, tolerating case, spaces and full-width dashes', () => {
    expect(parseDocumentNumber(' ry－2026－00007 ')).toEqual({
      kind: '荣誉证书',
      year: 2026,
      sequence: 7,
      number: 'RY-2026-00007',
    });
    expect(parseDocumentNumber('XX-2026-00001')).toBeNull();
    expect(parseDocumentNumber('张三')).toBeNull();
  });

  it('round-trips every number it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 1, max: 99_999 }), (year, seq) => {
        const parsed = parseDocumentNumber(formatDocumentNumber('荣誉证书', year, seq));
        expect(parsed).toMatchObject({ year, sequence: seq, kind: '荣誉证书' });
      }),
    );
  });

  it('refuses a sequence below one', () => {
    expect(() => formatDocumentNumber('感谢信', 2026, 0)).toThrow(RangeError);
  });
});

describe('paper and dates', () => {
  it('turns A4 landscape into 297 × 210 mm and names it back', () => {
    const paper = paperOf('A4', 'landscape');
    expect(paper).toEqual({ widthMm: 297, heightMm: 210, orientation: 'landscape' });
    expect(paperName(paper)).toBe('A4');
    expect(paperName({ widthMm: 260, heightMm: 185 })).toBe('自定义');
    expect(mmToMicrons(297)).toBe(297_000);
  });

  it('writes issue dates in Chinese numerals as certificates do', () => {
    expect(chineseDate('2026-11-22')).toBe('二〇二六年十一月二十二日');
    expect(chineseDate('2030-10-10')).toBe('二〇三〇年十月十日');
    expect(chineseDate('2026-02-30')).toBe('');
  });
});
