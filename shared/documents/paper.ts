/**
 * Paper sizes and millimetre conversions for printed documents. Everything on a page is placed in
 * millimetres so a template prints the same on any printer and screen.
 */

/**
 * A named paper size in millimetres, portrait.
 *
 * @example
 * PAPER_SIZES.A4 // => { widthMm: 210, heightMm: 297 }
 */
export const PAPER_SIZES = {
  A4: { widthMm: 210, heightMm: 297 },
  A3: { widthMm: 297, heightMm: 420 },
  A5: { widthMm: 148, heightMm: 210 },
} as const;
export type PaperName = keyof typeof PAPER_SIZES;

/**
 * A page's size and orientation, in millimetres as printed (width is across the page as it lies).
 *
 * @example
 * const landscapeA4: Paper = { widthMm: 297, heightMm: 210, orientation: 'landscape' };
 */
export interface Paper {
  widthMm: number;
  heightMm: number;
  orientation: 'portrait' | 'landscape';
}

/**
 * The paper of a named size in an orientation.
 *
 * @example
 * paperOf('A4', 'landscape') // => { widthMm: 297, heightMm: 210, orientation: 'landscape' }
 */
export function paperOf(name: PaperName, orientation: Paper['orientation']): Paper {
  const { widthMm, heightMm } = PAPER_SIZES[name];
  return orientation === 'portrait'
    ? { widthMm, heightMm, orientation }
    : { widthMm: heightMm, heightMm: widthMm, orientation };
}

/**
 * The name of a paper size when it matches one (either orientation), otherwise `自定义`.
 *
 * @example
 * paperName({ widthMm: 297, heightMm: 210, orientation: 'landscape' }) // => 'A4'
 */
export function paperName(paper: Pick<Paper, 'widthMm' | 'heightMm'>): PaperName | '自定义' {
  for (const [name, size] of Object.entries(PAPER_SIZES) as [
    PaperName,
    { widthMm: number; heightMm: number },
  ][]) {
    const short = Math.min(paper.widthMm, paper.heightMm);
    const long = Math.max(paper.widthMm, paper.heightMm);
    if (Math.abs(short - size.widthMm) < 0.5 && Math.abs(long - size.heightMm) < 0.5) return name;
  }
  return '自定义';
}

/**
 * Millimetres to microns, the unit Electron's `webContents.print` takes for `pageSize`.
 *
 * @example
 * mmToMicrons(210) // => 210000
 */
export function mmToMicrons(mm: number): number {
  return Math.round(mm * 1000);
}

/**
 * Millimetres to inches, the unit `printToPDF` takes.
 *
 * @example
 * mmToInches(25.4) // => 1
 */
export function mmToInches(mm: number): number {
  return mm / 25.4;
}

/**
 * Millimetres to PDF points (1/72 inch), as pdfinfo and pdftotext report positions.
 *
 * @example
 * mmToPt(25.4) // => 72
 */
export function mmToPt(mm: number): number {
  return (mm / 25.4) * 72;
}

/**
 * The CSS `@page` rule for a paper: exact size and no margin, so positions in mm are positions on paper.
 *
 * @example
 * pageRule({ widthMm: 210, heightMm: 297, orientation: 'portrait' }) // => '@page { size: 210mm 297mm; margin: 0; }'
 */
export function pageRule(paper: Pick<Paper, 'widthMm' | 'heightMm'>): string {
  return `@page { size: ${paper.widthMm}mm ${paper.heightMm}mm; margin: 0; }`;
}
