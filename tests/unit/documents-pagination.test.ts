import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtinTemplate } from '@shared/documents/defaults';
import { paperOf } from '@shared/documents/paper';
import { paginateRecords, recordsCapacity, splitLayout } from '@shared/documents/pagination';
import type { TemplateLayout } from '@shared/documents/template';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const proof = must(builtinTemplate('builtin:proof')).layout;
const letter = must(builtinTemplate('builtin:thanks-volunteer')).layout;

const rows = (n: number, project = '文明交通劝导'): string[][] =>
  Array.from({ length: n }, (_, i) => [
    `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
    project,
    '路口劝导',
    '1.5',
  ]);

/** Every row exactly once, in order, and only the first/last pages flagged as such. */
function expectWellFormed(layout: TemplateLayout, n: number, project?: string): void {
  const pages = paginateRecords(layout, rows(n, project));
  expect(pages[0]?.start).toBe(0);
  expect(pages.at(-1)?.end).toBe(n);
  pages.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(p.first).toBe(i === 0);
    expect(p.last).toBe(i === pages.length - 1);
    if (i > 0) expect(p.start).toBe(pages[i - 1]?.end);
    if (!p.last) expect(p.end).toBeGreaterThan(p.start);
  });
  expect(pages.reduce((sum, p) => sum + p.end - p.start, 0)).toBe(n);
}

describe('records pagination', () => {
  it('keeps a certificate with no records on one page', () => {
    const pages = paginateRecords(proof, []);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ index: 0, start: 0, end: 0, first: true, last: true });
  });

  it('moves the closing block up to follow a short table on a one-page certificate', () => {
    const pages = paginateRecords(proof, rows(2));
    expect(pages).toHaveLength(1);
    const shift = must(pages[0]).closingShiftMm;
    // Not left where a full page of rows would end, half a page below two rows.
    expect(shift).toBeLessThan(-40);
    // Never onto the rows: header, two rows and 合计 of about 7 mm each below the table's top.
    const split = must(splitLayout(proof));
    expect(split.closingTopMm + shift).toBeGreaterThan(split.table.yMm + 7 * 4);
  });

  it('keeps a short certificate on one page with the closing block', () => {
    const capacity = must(recordsCapacity(proof));
    const pages = paginateRecords(proof, rows(capacity.only));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ start: 0, end: capacity.only, first: true, last: true });
  });

  it('moves to a continuation page once the rows and the closing block no longer fit together', () => {
    const capacity = must(recordsCapacity(proof));
    const pages = paginateRecords(proof, rows(capacity.only + 1));
    expect(pages).toHaveLength(2);
    expect(pages[1]?.end).toBeGreaterThan(pages[1]?.start ?? 0);
  });

  it.each([0, 14, 15, 40, 100])('lists all %i rows exactly once, in order', (n) => {
    expectWellFormed(proof, n);
  });

  it('moves the closing block up to follow a short table on a last continuation page', () => {
    const pages = paginateRecords(proof, rows(40));
    expect(pages[0]?.closingShiftMm).toBe(0);
    const shift = must(pages.at(-1)).closingShiftMm;
    expect(shift).toBeLessThan(0);
    // Never onto the rows: the table ends above where the closing block now starts.
    const split = must(splitLayout(proof));
    expect(split.closingTopMm + shift).toBeGreaterThan(32 + 7 * 16);
  });

  it('fills the first page and full continuation pages before the last one', () => {
    const capacity = must(recordsCapacity(proof));
    const pages = paginateRecords(proof, rows(100));
    expect(pages[0]?.end).toBe(capacity.first);
    // First, two full continuation pages, then the last one.
    expect(pages).toHaveLength(4);
    for (const p of pages.slice(1, -1)) expect(p.end - p.start).toBe(capacity.continuation);
    const last = must(pages.at(-1));
    expect(last.end - last.start).toBeLessThanOrEqual(capacity.last);
    expect(last.end - last.start).toBeGreaterThan(0);
  });

  it('gives a continuation page more rows than the first page, which carries the identity text', () => {
    const capacity = must(recordsCapacity(proof));
    expect(capacity.continuation).toBeGreaterThan(capacity.first);
    expect(capacity.first).toBeGreaterThan(capacity.only);
    expect(capacity.last).toBeLessThan(capacity.continuation);
  });

  it('fits fewer rows per page when long project names wrap', () => {
    const long = '河道巡护与垃圾分类宣传暨新时代文明实践志愿服务进社区系列活动';
    expect(paginateRecords(proof, rows(40, long)).length).toBeGreaterThan(
      paginateRecords(proof, rows(40)).length,
    );
    expectWellFormed(proof, 40, long);
  });

  it('fits more rows on taller paper', () => {
    const a3 = { ...proof, paper: paperOf('A3', 'portrait') };
    expect(must(recordsCapacity(a3)).continuation).toBeGreaterThan(must(recordsCapacity(proof)).continuation);
  });

  it('treats the elements below the table as the closing block of the last page', () => {
    const split = must(splitLayout(proof));
    expect(split.closing.map((e) => e.id).sort()).toEqual(
      ['date', 'issuer', 'note', 'qr', 'seal', 'signatures', 'verify'].sort(),
    );
    expect(split.closingTopMm).toBe(200);
  });

  it('prints a layout without a records table on one page', () => {
    expect(splitLayout(letter)).toBeNull();
    expect(recordsCapacity(letter)).toBeNull();
    expect(paginateRecords(letter, rows(3))).toHaveLength(1);
  });

  it('never loses or repeats a row, whatever the count and wrapping', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.string({ maxLength: 80 }), (n, project) => {
        expectWellFormed(proof, n, project);
      }),
      { numRuns: 200 },
    );
  });
});
