import { placeholdersIn } from './placeholders';
import type { TemplateLayout, TextElement } from './template';

/**
 * Text that must fit its place on the page. Text elements have a width but no height: the room a
 * text has is down to the next element below it that shares some of its width (the seal is meant to
 * overlap text and the frame surrounds everything, so neither counts), or to the page's bottom margin.
 * A text that would run into that is set smaller, down to its minimum size, or refused. Widths come
 * from the bundled faces' advance widths: CJK glyphs and full-width punctuation are exactly 1 em; Latin
 * letters and digits are proportional, so they are counted generously and a fitted text never overprints.
 */

const PT_TO_MM = 25.4 / 72;
/** A size step small enough to look continuous, large enough to keep the search short. */
const STEP_PT = 0.5;

/** Values that read wrong when split over two lines (优秀/志愿者): each prints unbroken. */
export const UNBROKEN_PLACEHOLDERS: readonly string[] = ['姓名', '荣誉称号', '编号', '志愿者编号'];

/**
 * A run of filled text; `keep` runs never break across lines.
 *
 * @example
 * const s: TextSegment = { text: '优秀志愿者', keep: true };
 */
export interface TextSegment {
  text: string;
  keep: boolean;
}

const TOKEN = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * A template text filled with values, as runs: the values of `UNBROKEN_PLACEHOLDERS` are kept whole.
 * Joined, the runs equal `fillPlaceholders(text, values)`.
 *
 * @example
 * fillSegments('被评为“{{荣誉称号}}”', { 荣誉称号: '优秀志愿者' })
 * // => [{ text: '被评为“', keep: false }, { text: '优秀志愿者', keep: true }, { text: '”', keep: false }]
 */
export function fillSegments(text: string, values: Readonly<Record<string, string>>): TextSegment[] {
  const out: TextSegment[] = [];
  const push = (part: string, keep: boolean) => {
    if (!part) return;
    const last = out.at(-1);
    if (last && !last.keep && !keep) last.text += part;
    else out.push({ text: part, keep });
  };
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    const key = m[1] ?? '';
    push(text.slice(at, m.index), false);
    push(values[key]?.trim() ?? '', UNBROKEN_PLACEHOLDERS.includes(key));
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return out;
}

// Punctuation that may not start a line (it joins the character before) or end one (joins the next).
const NO_LINE_START = new Set('，。、；：？！）》」』〕】”’…—·%,.;:?!)]}');
const NO_LINE_END = new Set('（《「『〔【“‘([{');

/** Advance width in em: CJK and full-width forms 1; Latin counted wide enough for the widest faces. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x20) return 0.3;
  if (code >= 0x30 && code <= 0x39) return 0.6;
  if (code >= 0x41 && code <= 0x5a) return 0.8;
  if (code < 0x2000) return 0.7;
  return 1;
}

/** Breakable units of one paragraph with their widths in em (letter spacing included). */
function units(segments: readonly TextSegment[], spacingEm: number): { em: number; keep: boolean }[] {
  const out: { em: number; keep: boolean; glue: boolean; latin: boolean }[] = [];
  for (const seg of segments) {
    if (seg.keep) {
      const em = [...seg.text].reduce((sum, ch) => sum + charEm(ch) + spacingEm, 0);
      const last = out.at(-1);
      if (last?.glue) Object.assign(last, { em: last.em + em, keep: true, glue: false, latin: false });
      else out.push({ em, keep: true, glue: false, latin: false });
      continue;
    }
    for (const ch of seg.text) {
      const em = charEm(ch) + spacingEm;
      const latin = /[0-9A-Za-z.\-/]/.test(ch);
      const last = out.at(-1);
      if (last && (NO_LINE_START.has(ch) || last.glue || (latin && last.latin))) {
        last.em += em;
        last.glue = NO_LINE_END.has(ch);
        last.latin = latin;
      } else out.push({ em, keep: false, glue: NO_LINE_END.has(ch), latin });
    }
  }
  return out;
}

/**
 * How the text is set in its box: the first-line indent (2 em for indented paragraphs) and spacing.
 *
 * @example
 * const style: LineStyle = { widthMm: 213, sizePt: 20, letterSpacingEm: 0, firstLineEm: 2 };
 */
export interface LineStyle {
  widthMm: number;
  sizePt: number;
  letterSpacingEm: number;
  firstLineEm: number;
}

/**
 * Lines a filled text takes at a size, breaking as the browser does between CJK characters and never
 * inside a kept run, a Latin word or before closing punctuation; Infinity when a kept run is wider
 * than the line.
 *
 * @example
 * countLines([{ text: '特发此证，以资鼓励。', keep: false }], { widthMm: 213, sizePt: 20, letterSpacingEm: 0, firstLineEm: 2 }) // => 1
 */
export function countLines(segments: readonly TextSegment[], style: LineStyle): number {
  const lineEm = style.widthMm / (style.sizePt * PT_TO_MM);
  const paragraphs: TextSegment[][] = [[]];
  for (const seg of segments) {
    seg.text.split('\n').forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      paragraphs.at(-1)?.push({ text: part, keep: seg.keep });
    });
  }
  let lines = 0;
  for (const paragraph of paragraphs) {
    lines += 1;
    let x = style.firstLineEm;
    for (const unit of units(paragraph, style.letterSpacingEm)) {
      if (x + unit.em <= lineEm + 1e-6) {
        x += unit.em;
        continue;
      }
      if (unit.keep && unit.em > lineEm + 1e-6) return Infinity;
      if (x > 0) lines += 1;
      // A Latin run longer than a line is cut anywhere (overflow-wrap: anywhere).
      const extra = Math.max(0, Math.ceil(unit.em / lineEm) - 1);
      lines += extra;
      x = unit.em - extra * lineEm;
    }
  }
  return lines;
}

/**
 * The size a text is printed at: its set size when it fits, else the largest size down to its minimum
 * (in 0.5 pt steps) at which it fits, else `fits: false`.
 *
 * @example
 * fitText(segments, { widthMm: 213, heightMm: 38, sizePt: 20, minSizePt: 15, lineHeight: 1.9, letterSpacingEm: 0, firstLineEm: 2 })
 * // => { fits: true, sizePt: 16.5 }
 */
export function fitText(
  segments: readonly TextSegment[],
  box: Omit<LineStyle, 'sizePt'> & {
    heightMm: number;
    sizePt: number;
    minSizePt: number;
    lineHeight: number;
  },
): { fits: true; sizePt: number } | { fits: false } {
  const floor = Math.min(box.minSizePt, box.sizePt);
  for (let size = box.sizePt; size >= floor - 1e-6; size -= STEP_PT) {
    const lines = countLines(segments, { ...box, sizePt: size });
    if (lines * size * PT_TO_MM * box.lineHeight <= box.heightMm + 0.05) return { fits: true, sizePt: size };
  }
  return { fits: false };
}

type Spanned = { xMm: number; yMm: number; right: number };

function spans(layout: TemplateLayout): Spanned[] {
  return layout.elements.flatMap((e) => {
    if (e.type === 'text' || e.type === 'records')
      return [{ xMm: e.xMm, yMm: e.yMm, right: e.xMm + e.widthMm }];
    if (e.type === 'qr') return [{ xMm: e.xMm, yMm: e.yMm, right: e.xMm + e.sizeMm }];
    return [];
  });
}

/**
 * The height (mm) a text element may fill: down to the next text, table or QR code below it that
 * shares more than 1 mm of its width, or to the page's bottom margin (inside a frame when there is one).
 *
 * @example
 * textBoxHeightMm(builtinTemplate('builtin:honour-a4')!.layout, reasonElement) // => 38
 */
export function textBoxHeightMm(layout: TemplateLayout, el: TextElement): number {
  const frame = layout.elements.find((e) => e.type === 'frame');
  let bottom = layout.paper.heightMm - (frame ? frame.insetMm + 3 : 8);
  for (const other of spans(layout)) {
    const shared = Math.min(other.right, el.xMm + el.widthMm) - Math.max(other.xMm, el.xMm);
    if (other.yMm > el.yMm + 0.01 && shared > 1) bottom = Math.min(bottom, other.yMm);
  }
  return bottom - el.yMm;
}

/**
 * The size each text element prints at for these values (the layout's own size, or smaller where a
 * long value would run into what follows), and the elements that do not fit even at their minimum,
 * with the placeholder most likely to blame: the one with the longest value.
 *
 * @example
 * fitLayout(layout, { 表彰事由: '…92 字…', 荣誉称号: '优秀志愿者' }).overflow // => [{ elementId: 'reason', field: '表彰事由' }]
 */
export function fitLayout(
  layout: TemplateLayout,
  values: Readonly<Record<string, string>>,
): { sizes: Map<string, number>; overflow: { elementId: string; field: string | null }[] } {
  const sizes = new Map<string, number>();
  const overflow: { elementId: string; field: string | null }[] = [];
  for (const el of layout.elements) {
    if (el.type !== 'text') continue;
    const fit = fitText(fillSegments(el.text, values), {
      widthMm: el.widthMm,
      heightMm: textBoxHeightMm(layout, el),
      sizePt: el.sizePt,
      minSizePt: el.minSizePt ?? el.sizePt,
      lineHeight: el.lineHeight,
      letterSpacingEm: el.letterSpacingEm,
      firstLineEm: el.indent ? 2 : el.align === 'center' ? el.letterSpacingEm : 0,
    });
    if (fit.fits) {
      sizes.set(el.id, fit.sizePt);
      continue;
    }
    sizes.set(el.id, el.minSizePt ?? el.sizePt);
    const keys = placeholdersIn(el.text).sort(
      (a, b) => [...(values[b] ?? '')].length - [...(values[a] ?? '')].length,
    );
    overflow.push({ elementId: el.id, field: keys[0] ?? null });
  }
  return { sizes, overflow };
}

/**
 * What the desk reads when a document is refused because a text does not fit: the recipient, the
 * field to shorten, or, for the template's own text, that the template needs changing.
 *
 * @example
 * overflowMessage('李华', '荣誉证书', { elementId: 'reason', field: '表彰事由' })
 * // => '李华的荣誉证书排不下：“表彰事由”太长，缩小字号后仍会压住下方文字，请删减后再开具'
 */
export function overflowMessage(
  recipient: string,
  kind: string,
  overflow: { elementId: string; field: string | null },
): string {
  return overflow.field
    ? `${recipient}的${kind}排不下：“${overflow.field}”太长，缩小字号后仍会压住下方文字，请删减后再开具`
    : `${recipient}的${kind}排不下：模板中的固定文字超出了位置，请在模板中调整`;
}
