import { describe, expect, it } from 'vitest';
import type { DutyPost, RosterEntry } from '@shared/rosters/model';
import type { PostWeek } from '../../renderer/src/db/repos/rosters';
import {
  dayHeading,
  mondayOf,
  moveInGrid,
  postFormValues,
  weekCells,
} from '../../renderer/src/features/rosters/week-grid';

const stamp = { id: 'p-1', createdAt: 0, updatedAt: 0, deletedAt: null, deskId: 'd', rev: 1 };
const post = {
  ...stamp,
  name: '社区教育宣传',
  place: '实验小学南门',
  stationId: null,
  teamId: null,
  community: '',
  adultsOnly: false,
  calendar: '工作日',
  // Stored out of order: the grid lists shifts by start time.
  shifts: [
    { id: 's-pm', label: '午岗', startMinute: 990, endMinute: 1035, needed: 1 },
    { id: 's-am', label: '早岗', startMinute: 440, endMinute: 480, needed: 2 },
  ],
} as unknown as DutyPost;

const entry = (id: string, shiftId: string, date: string, status: RosterEntry['status'] = '排班') =>
  ({
    ...stamp,
    id,
    postId: 'p-1',
    shiftId,
    date,
    volunteerId: `v-${id}`,
    status,
    substituteFor: null,
    patternId: null,
    serviceRecordId: null,
  }) as RosterEntry;

/** Monday 2026-12-07 to Sunday; the post runs Monday only (the rest stand for holidays and weekends). */
const week: PostWeek = {
  post,
  days: ['07', '08', '09', '10', '11', '12', '13'].map((d, i) => ({
    date: `2026-12-${d}`,
    offReason: i === 0 ? null : i < 5 ? '节假日' : '周末',
  })),
  occurrences: [
    { postId: 'p-1', shiftId: 's-am', date: '2026-12-07', startMinute: 440, endMinute: 480, needed: 2 },
  ],
  entries: [entry('a', 's-am', '2026-12-07'), entry('b', 's-am', '2026-12-07', '请假')],
  gaps: [],
};

describe('the week grid', () => {
  it('starts a week on Monday, also from a Sunday', () => {
    expect(mondayOf('2026-12-10')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });

  it('heads a column with the short weekday and month/day', () => {
    expect(dayHeading('2026-12-07')).toBe('周一 12/07');
  });

  it('puts shifts in rows by start time and counts only people on duty against the need', () => {
    const cells = weekCells(week);
    expect(cells.map((row) => row[0]?.shiftId)).toEqual(['s-am', 's-pm']);
    expect(cells[0]?.[0]).toMatchObject({ staffed: 1, needed: 2, offReason: null });
    expect(cells[0]?.[0]?.entries.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it("marks a day off with the calendar's reason, and a shift that does not run that day as off", () => {
    const cells = weekCells(week);
    expect(cells[0]?.[1]?.offReason).toBe('节假日');
    expect(cells[0]?.[6]?.offReason).toBe('周末');
    expect(cells[1]?.[0]?.offReason).toBe('不上岗');
  });

  it('moves focus with the arrows and Home/End, staying inside the grid', () => {
    expect(moveInGrid({ row: 0, col: 6 }, 'ArrowRight', 2, 7)).toEqual({ row: 0, col: 6 });
    expect(moveInGrid({ row: 0, col: 2 }, 'ArrowDown', 2, 7)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid({ row: 1, col: 2 }, 'ArrowDown', 2, 7)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid({ row: 1, col: 2 }, 'ArrowUp', 2, 7)).toEqual({ row: 0, col: 2 });
    expect(moveInGrid({ row: 1, col: 0 }, 'ArrowLeft', 2, 7)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 3 }, 'End', 2, 7)).toEqual({ row: 1, col: 6 });
    expect(moveInGrid({ row: 1, col: 3 }, 'Home', 2, 7)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 3 }, 'Tab', 2, 7)).toBeNull();
  });

  it('edits a stored post with its shift ids kept and times back as HH:mm', () => {
    const values = postFormValues(post);
    expect(values.shifts).toEqual([
      { id: 's-pm', label: '午岗', startMinute: '16:30', endMinute: '17:15', needed: '1' },
      { id: 's-am', label: '早岗', startMinute: '07:20', endMinute: '08:00', needed: '2' },
    ]);
    expect(values).toMatchObject({ stationId: '', teamId: '', calendar: '工作日' });
  });
});
