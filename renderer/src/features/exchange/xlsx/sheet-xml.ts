/**
 * The XML parts of an .xlsx workbook, written as strings page by page (a 126,000-row roster is some 50 MB
 * of sheet XML: built in one go by a general-purpose writer it took most of an export's time). The markup
 * is the one write-excel-file wrote before, so files read the same: shared strings, a bold frozen header,
 * dates as serial numbers under their number format, empty cells left out.
 */
import type { ExportCell } from '@shared/exchange/export-cells';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900-01-01 (with its phantom 1900-02-29) to 1970-01-01. */
const DAYS_BEFORE_UNIX_EPOCH = 25_569;
const FIRST_CUSTOM_FORMAT = 100;

// Characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF): dropped, as before.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  /[\0-\x08\v\f\x0E-\x1F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NEEDS_WORK = /[&<>\0-\x08\v\f\x0E-\x1F\uD800-\uDFFF\uFFFD\uFFFE\uFFFF]/u;

/** Text as XML character data: invalid characters dropped, & < > escaped. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The workbook's strings, each written once and referred to by index (as Excel itself saves them). */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly xml: string[] = [];

  /** The index of `text`, adding it on first sight. */
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.xml.length;
      this.index.set(text, i);
      const space = text.trim().length === text.length ? '' : ' xml:space="preserve"';
      this.xml.push(`<si><t${space}>${xmlText(text)}</t></si>`);
    }
    return i;
  }

  /** xl/sharedStrings.xml */
  toXml(): string {
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.xml.length}" uniqueCount="${this.xml.length}">${this.xml.join('')}</sst>`;
  }
}

/** Cell styles: 0 plain, 1 bold, then one per number format (and bold with one, should a cell ask). */
export class CellStyles {
  private readonly styles = new Map<string, number>([
    ['', 0],
    ['b', 1],
  ]);
  private readonly formats = new Map<string, number>();

  /** The style index of a cell. */
  of(cell: ExportCell): number {
    const bold = cell.fontWeight === 'bold';
    if (cell.format === undefined) return bold ? 1 : 0;
    const key = `${bold ? 'b' : ''}|${cell.format}`;
    let s = this.styles.get(key);
    if (s === undefined) {
      if (!this.formats.has(cell.format)) {
        this.formats.set(cell.format, FIRST_CUSTOM_FORMAT + this.formats.size);
      }
      s = this.styles.size;
      this.styles.set(key, s);
    }
    return s;
  }

  /** xl/styles.xml */
  toXml(): string {
    const numFmts = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${attr(code)}"/>`)
      .join('');
    const xfs = [...this.styles.keys()]
      .map((key) => {
        const [bold, format] = key.split('|');
        const font = bold ? ' fontId="1" applyFont="1"' : '';
        const fmt = format ? ` numFmtId="${this.formats.get(format) ?? 0}" applyNumberFormat="1"` : '';
        return `<xf${font}${fmt}/>`;
      })
      .join('');
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : '') +
      '<fonts count="2"><font><family val="2"/><scheme val="minor"/><color theme="1"/></font>' +
      '<font><family val="2"/><scheme val="minor"/><b/><color theme="1"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      `<cellXfs count="${this.styles.size}">${xfs}</cellXfs></styleSheet>`
    );
  }
}

const attr = (text: string) => xmlText(text).replaceAll('"', '&quot;');

/** Writes one sheet's rows as <row> markup, numbering rows from 1 as they come. */
export class SheetRows {
  private next = 1;
  private readonly letters: string[] = [];

  constructor(
    private readonly strings: SharedStrings,
    private readonly styles: CellStyles,
  ) {}

  /** The markup of `rows`, which follow the rows written before. */
  toXml(rows: readonly (readonly ExportCell[])[]): string {
    let xml = '';
    for (const row of rows) {
      const r = this.next++;
      xml += `<row r="${r}">`;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) xml += this.cell(cell, c, r);
      }
      xml += '</row>';
    }
    return xml;
  }

  private cell(cell: ExportCell, column: number, row: number): string {
    const { value } = cell;
    if (value === undefined || value === '') return '';
    const ref = (this.letters[column] ??= columnLetters(column)) + row;
    const s = this.styles.of(cell);
    const style = s === 0 ? '' : ` s="${s}"`;
    if (typeof value === 'string') return `<c r="${ref}"${style} t="s"><v>${this.strings.of(value)}</v></c>`;
    if (typeof value === 'number') {
      return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : '';
    }
    if (cell.format === undefined) throw new Error(`a date cell needs a format (${ref})`);
    return `<c r="${ref}"${style}><v>${value.getTime() / MS_PER_DAY + DAYS_BEFORE_UNIX_EPOCH}</v></c>`;
  }
}

/** The start of a sheet's XML: the frozen header row and the column widths, up to <sheetData>. */
export function sheetStart(widths: readonly number[]): string {
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0">' +
    '<pane ySplit="1" xSplit="0" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}

/** The end of a sheet's XML. */
export const SHEET_END = '</sheetData></worksheet>';

/** The package parts around the sheets: content types, relationships, the workbook. */
export function packageParts(sheetNames: readonly string[]): Record<string, string> {
  const sheets = sheetNames.map((name, i) => ({ n: i + 1, name }));
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
  return {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      override('/xl/workbook.xml', 'sheet.main') +
      override('/xl/sharedStrings.xml', 'sharedStrings') +
      override('/xl/styles.xml', 'styles') +
      sheets.map((s) => override(`/xl/worksheets/sheet${s.n}.xml`, 'worksheet')).join('') +
      '</Types>',
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>` +
      sheets.map((s) => `<sheet name="${attr(s.name)}" sheetId="${s.n}" r:id="rId${s.n}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      sheets.map((s) => rel(`rId${s.n}`, 'worksheet', `worksheets/sheet${s.n}.xml`)).join('') +
      rel(`rId${sheets.length + 1}`, 'sharedStrings', 'sharedStrings.xml') +
      rel(`rId${sheets.length + 2}`, 'styles', 'styles.xml') +
      '</Relationships>',
  };
}
