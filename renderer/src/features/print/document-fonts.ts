import { fillPlaceholders } from '@shared/documents/placeholders';
import { RECORD_HEADERS } from '@shared/documents/pagination';
import type { TemplateFont, TemplateLayout } from '@shared/documents/template';
import { KAI, SANS, SERIF } from '../../styles/fonts';

/** The CSS font family list of each template font. */
export const FONTS: Record<TemplateFont, string> = { serif: SERIF, kai: KAI, sans: SANS };

/** One document's content as the print route lays it out. */
export interface DocumentText {
  layout: TemplateLayout;
  values: Readonly<Record<string, string>>;
  rows: readonly (readonly string[])[];
}

/**
 * The characters each font of a batch of documents sets, keyed by a CSS `font` value
 * (`700 16px 'Noto Serif SC', …`). Each character is listed once per font however many pages use it.
 *
 * @example
 * documentFontTexts([{ layout, values: { 姓名: '李华' }, rows: [] }]).get(`400 16px ${SERIF}`)
 * // => '李华同志：…' (each character of the serif text once)
 */
export function documentFontTexts(docs: Iterable<DocumentText>): Map<string, string> {
  const chars = new Map<string, Set<string>>();
  const add = (weight: number, family: string, text: string) => {
    const key = `${weight} 16px ${family}`;
    let set = chars.get(key);
    if (!set) chars.set(key, (set = new Set()));
    for (const ch of text) set.add(ch);
  };
  for (const { layout, values, rows } of docs) {
    for (const el of layout.elements) {
      if (el.type === 'text') add(el.bold ? 700 : 400, FONTS[el.font], fillPlaceholders(el.text, values));
      if (el.type === 'records') {
        add(700, SERIF, `${RECORD_HEADERS.join('')}合计（次）0123456789.`);
        for (const row of rows) add(400, SERIF, row.join(''));
      }
    }
  }
  return new Map([...chars].map(([key, set]) => [key, [...set].join('')]));
}

/**
 * Fetches the font slices a batch of documents needs before its pages are laid out. Laid out first, every
 * page is set in a fallback face, and each slice that arrives afterwards lays out every page set in that
 * font again: for 500 certificates, two extra layouts of the whole batch (~0.6 s). A slice that fails to
 * load is left to the browser's own loading, as before.
 *
 * @example
 * await preloadDocumentFonts(pages); // then render them
 */
export async function preloadDocumentFonts(docs: Iterable<DocumentText>): Promise<void> {
  const loads = [...documentFontTexts(docs)].map(([font, text]) =>
    document.fonts.load(font, text).catch(() => []),
  );
  await Promise.all(loads);
}
