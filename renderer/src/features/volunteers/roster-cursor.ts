/**
 * Where the roster is: the page number shown and the keyset cursor that reads it. Pages are read from
 * a volunteer number onwards (or backwards), so the last page of 126,000 costs what the first does.
 */
export type RosterCursor =
  { page: number; after: string | null } | { page: number; before: string | null; size: number };

export const FIRST_PAGE: RosterCursor = { page: 1, after: null };

/** How many pages `total` volunteers fill (at least one, so an empty roster is page 1 of 1). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The cursor of a neighbouring or end page, from the rows on screen now. */
export function moveCursor(
  to: 'first' | 'prev' | 'next' | 'last',
  at: { page: number; firstNo: string | undefined; lastNo: string | undefined },
  total: number,
  size: number,
): RosterCursor {
  const pages = pageCount(total, size);
  if (to === 'first' || (to === 'prev' && at.page <= 2)) return FIRST_PAGE;
  if (to === 'last') {
    return { page: pages, before: null, size: total - (pages - 1) * size || size };
  }
  if (to === 'prev') return { page: at.page - 1, before: at.firstNo ?? null, size };
  return { page: at.page + 1, after: at.lastNo ?? null };
}
