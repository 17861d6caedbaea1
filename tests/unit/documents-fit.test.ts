import { describe, expect, it } from 'vitest';
import { SAMPLE_VALUES } from '@shared/documents/content';
import { BUILTIN_TEMPLATES, builtinTemplate } from '@shared/documents/defaults';
import {
  countLines,
  fillSegments,
  fitLayout,
  fitText,
  overflowMessage,
  textBoxHeightMm,
  type TextSegment,
} from '@shared/documents/fit';
import { fillPlaceholders } from '@shared/documents/placeholders';
import type { TextElement } from '@shared/documents/template';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const PT_TO_MM = 25.4 / 72;
const plain = (text: string): TextSegment[] => [{ text, keep: false }];
/** A line exactly `em` characters of 10 pt wide. */
const style = (em: number) => ({
  widthMm: em * 10 * PT_TO_MM,
  sizePt: 10,
  letterSpacingEm: 0,
  firstLineEm: 0,
});

const honour = must(builtinTemplate('builtin:honour-a4')).layout;
const reason = honour.elements.find((e): e is TextElement => e.type === 'text' && e.id === 'reason');

/** 92 characters, as a district office writes a 表彰事由. */
const REASON_92 =
  '在2026年度新时代文明实践志愿服务工作中，长期坚持在鼓东街道开展文明交通劝导、河道巡护和垃圾分类宣传，组织青年志愿者结对帮扶辖区孤寡老人和留守儿童，累计服务时长超过三百小时，表现突出';

describe('measuring text lines', () => {
  it('breaks CJK text at the line width', () => {
    expect(countLines(plain('一'.repeat(30)), style(30))).toBe(1);
    expect(countLines(plain('一'.repeat(31)), style(30))).toBe(2);
    expect(countLines(plain('一'.repeat(10) + '\n' + '一'.repeat(10)), style(30))).toBe(2);
  });

  it('counts the first-line indent and the letter spacing', () => {
    expect(countLines(plain('一'.repeat(29)), { ...style(30), firstLineEm: 2 })).toBe(2);
    expect(countLines(plain('一'.repeat(20)), { ...style(30), letterSpacingEm: 0.6 })).toBe(2);
  });

  it('moves an honorary title whole to the next line instead of splitting 优秀/志愿者', () => {
    const text = '一'.repeat(8) + '优秀志愿者' + '一'.repeat(7);
    expect(countLines(plain(text), style(10))).toBe(2);
    const kept = [
      { text: '一'.repeat(8), keep: false },
      { text: '优秀志愿者', keep: true },
      { text: '一'.repeat(7), keep: false },
    ];
    expect(countLines(kept, style(10))).toBe(3);
  });

  it('says a kept run wider than the line can never fit', () => {
    expect(countLines([{ text: '新时代文明实践优秀志愿者', keep: true }], style(10))).toBe(Infinity);
  });

  it('keeps closing punctuation with the character before it', () => {
    // 10 characters fill the line; the 。 may not start the next, so the 10th moves down with it.
    expect(countLines(plain('一'.repeat(10) + '。'), style(10))).toBe(2);
    expect(countLines(plain('一'.repeat(9) + '。'), style(10))).toBe(1);
  });
});

describe('filling text as runs', () => {
  it('joins to the filled text and keeps the honorary title and the name whole', () => {
    const text = '{{姓名}}同志：{{表彰事由}}，被评为“{{荣誉称号}}”。';
    const segments = fillSegments(text, SAMPLE_VALUES);
    expect(segments.map((s) => s.text).join('')).toBe(fillPlaceholders(text, SAMPLE_VALUES));
    expect(segments.filter((s) => s.keep).map((s) => s.text)).toEqual(['张𠮷', '优秀志愿者']);
  });
});

describe('fitting text into its box', () => {
  const box = { widthMm: style(10).widthMm, heightMm: 2 * 10 * PT_TO_MM * 1.5, lineHeight: 1.5 };
  const fit = { ...box, letterSpacingEm: 0, firstLineEm: 0 };

  it('keeps the set size when the text fits', () => {
    expect(fitText(plain('一'.repeat(20)), { ...fit, sizePt: 10, minSizePt: 8 })).toEqual({
      fits: true,
      sizePt: 10,
    });
  });

  it('sets a long text smaller, but no smaller than needed', () => {
    const result = fitText(plain('一'.repeat(24)), { ...fit, sizePt: 10, minSizePt: 7 });
    expect(result).toEqual({ fits: true, sizePt: 8 });
  });

  it('refuses a text that does not fit at its minimum size', () => {
    expect(fitText(plain('一'.repeat(40)), { ...fit, sizePt: 10, minSizePt: 8 })).toEqual({ fits: false });
  });

  it('never shrinks a text that has no minimum size', () => {
    expect(fitText(plain('一'.repeat(21)), { ...fit, sizePt: 10, minSizePt: 10 })).toEqual({ fits: false });
  });
});

describe('fitting a template for a recipient', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t.layout] as const))(
    'prints %s with the sample values at the sizes it was set at',
    (_, layout) => {
      const { sizes, overflow } = fitLayout(layout, SAMPLE_VALUES);
      expect(overflow).toEqual([]);
      const texts = layout.elements.filter((e): e is TextElement => e.type === 'text');
      expect(texts.length).toBeGreaterThan(3);
      for (const el of texts) expect([el.id, sizes.get(el.id)]).toEqual([el.id, el.sizePt]);
    },
  );

  it('measures the 表彰事由 down to 特发此证 below it', () => {
    expect(textBoxHeightMm(honour, must(reason))).toBe(38);
  });

  it('sets a 92-character 表彰事由 smaller so it ends above 特发此证', () => {
    expect([...REASON_92]).toHaveLength(92);
    const values = { ...SAMPLE_VALUES, 表彰事由: REASON_92 };
    const { sizes, overflow } = fitLayout(honour, values);
    expect(overflow).toEqual([]);
    const size = must(sizes.get('reason'));
    expect(size).toBeLessThan(must(reason).sizePt);
    expect(size).toBeGreaterThanOrEqual(must(must(reason).minSizePt));
    const lines = countLines(fillSegments(must(reason).text, values), {
      widthMm: must(reason).widthMm,
      sizePt: size,
      letterSpacingEm: 0,
      // The paragraph's indent is the template's two full-width spaces, already in the text.
      firstLineEm: 0,
    });
    expect(lines * size * PT_TO_MM * must(reason).lineHeight).toBeLessThanOrEqual(38);
  });

  it('refuses a 表彰事由 too long even at the minimum size, naming the field', () => {
    const values = { ...SAMPLE_VALUES, 表彰事由: REASON_92 + '，' + REASON_92 };
    expect(fitLayout(honour, values).overflow).toEqual([{ elementId: 'reason', field: '表彰事由' }]);
    expect(overflowMessage('李华', '荣誉证书', { elementId: 'reason', field: '表彰事由' })).toContain(
      '“表彰事由”太长',
    );
  });

  it('sets a long issuing unit smaller rather than over the date below it', () => {
    const values = { ...SAMPLE_VALUES, 出具单位: '福州市鼓楼区鼓东街道新时代文明实践所' };
    const proof = must(builtinTemplate('builtin:proof')).layout;
    const { sizes, overflow } = fitLayout(proof, values);
    expect(overflow).toEqual([]);
    expect(must(sizes.get('issuer'))).toBeLessThan(11.5);
  });
});
