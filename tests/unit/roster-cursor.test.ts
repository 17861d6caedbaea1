import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, moveCursor, pageCount } from '../../renderer/src/features/volunteers/roster-cursor';

const at = { page: 3, firstNo: 'ZYZ000041', lastNo: 'ZYZ000060' };

describe('moving through the keyset-paged roster', () => {
  it('reads the next page after the last number on screen', () => {
    expect(moveCursor('next', at, 200, 20)).toEqual({ page: 4, after: 'ZYZ000060' });
  });

  it('reads the previous page before the first number on screen, and page 1 from the start', () => {
    expect(moveCursor('prev', at, 200, 20)).toEqual({ page: 2, before: 'ZYZ000041', size: 20 });
    expect(moveCursor('prev', { ...at, page: 2 }, 200, 20)).toEqual(FIRST_PAGE);
  });

  it('reads the last page from the end with only the rows left over for it', () => {
    expect(moveCursor('last', at, 205, 20)).toEqual({ page: 11, before: null, size: 5 });
    expect(moveCursor('last', at, 200, 20)).toEqual({ page: 10, before: null, size: 20 });
  });

  it('counts at least one page, so an empty roster is page 1 of 1', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(201, 20)).toBe(11);
  });
});
