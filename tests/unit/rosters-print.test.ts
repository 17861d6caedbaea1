import { describe, expect, it } from 'vitest';
import type { DutyPost } from '@shared/rosters/model';
import type { PostWeek } from '../../renderer/src/db/repos/rosters';
import {
  pageRows,
  personLabel,
  printedWeek,
  rowLines,
  signLines,
  weekRangeText,
} from '../../renderer/src/features/rosters/print/roster-print';
import { entry, GATE } from './rosters-fixture';

/** The school gate of the fixture (早岗, 早岗二, 午岗), with its shifts stored out of start order. */
const post: DutyPost = { ...GATE, shifts: [...GATE.shifts].reverse() };

const names = new Map([
  ['v-lin', '林小梅'],
  ['v-wang', '王芳'],
  ['v-chen', '陈强'],
]);

/** Monday 2026-12-07 runs both shifts; Tuesday is a holiday; the weekend is off. */
const week: PostWeek = {
  post,
  days: ['07', '08', '09', '10', '11', '12', '13'].map((d, i) => ({
    date: `2026-12-${d}`,
    offReason: i === 1 ? '节假日' : i >= 5 ? '周末' : null,
  })),
  occurrences: ['07', '09', '10', '11'].flatMap((d) =>
    post.shifts.map((s) => ({
      postId: post.id,
      shiftId: s.id,
      date: `2026-12-${d}`,
      startMinute: s.startMinute,
      endMinute: s.endMinute,
      needed: s.needed,
    })),
  ),
  entries: [
    entry({ volunteerId: 'v-chen', status: '请假' }),
    entry({ volunteerId: 'v-wang', substituteFor: 'v-chen' }),
    entry({ volunteerId: 'v-lin', shiftId: 's-pm' }),
  ],
  gaps: [],
};

describe('the printed week roster', () => {
  it('lists shifts by start time with their times and heads days with weekday and date', () => {
    const table = printedWeek(week, names);
    expect(table.rows.map((r) => r.shift)).toEqual([
      '早岗 07:20–08:00',
      '早岗二 08:00–08:30',
      '午岗 16:30–17:15',
    ]);
    expect(table.headings[0]).toEqual({ date: '2026-12-07', heading: '周一 12/07', offReason: null });
    expect(table.headings[6]?.offReason).toBe('周末');
  });

  it('prints names with 替 for a substitute and the reason for someone on leave, and the shortfall', () => {
    const monday = printedWeek(week, names).rows[0]?.cells[0];
    expect(monday).toEqual({
      offReason: null,
      people: ['陈强（请假）', '王芳（替）'],
      needed: 2,
      staffed: 1,
      short: 1,
    });
    expect(printedWeek(week, names).rows[2]?.cells[0]).toMatchObject({ people: ['林小梅'], short: 1 });
  });

  it('marks an off day with its reason and no names nor shortfall', () => {
    expect(printedWeek(week, names).rows[0]?.cells[1]).toEqual({
      offReason: '节假日',
      people: [],
      needed: 2,
      staffed: 0,
      short: 0,
    });
  });

  it('prints a volunteer missing from the name list as 未知志愿者, never the id', () => {
    const cell = printedWeek(week, new Map()).rows[2]?.cells[0];
    expect(cell?.people).toEqual(['未知志愿者']);
  });

  it('counts a row as tall as its fullest day plus the count line', () => {
    const [am] = printedWeek(week, names).rows;
    expect(am && rowLines(am)).toBe(3);
  });
});

describe('paging rows', () => {
  it('starts a new page when the next row would not fit', () => {
    expect(pageRows([2, 2, 3, 1], (n) => n, 4)).toEqual([
      [2, 2],
      [3, 1],
    ]);
  });

  it('gives a row taller than a page a page of its own and keeps one empty page for no rows', () => {
    expect(pageRows([9, 1], (n) => n, 4)).toEqual([[9], [1]]);
    expect(pageRows([], (n: number) => n, 4)).toEqual([[]]);
  });
});

describe('the shift sign-in sheet', () => {
  it('lists the people on duty, leaves off someone on leave, and adds blank lines up to the need', () => {
    const am = week.entries.filter((e) => e.shiftId === 's-am');
    expect(signLines(am, names, 3)).toEqual([
      { no: 1, name: '王芳（替）' },
      { no: 2, name: '' },
      { no: 3, name: '' },
    ]);
  });

  it('keeps one blank line for a walk-in when the shift is full', () => {
    const pm = week.entries.filter((e) => e.shiftId === 's-pm');
    expect(signLines(pm, names, 1)).toEqual([
      { no: 1, name: '林小梅' },
      { no: 2, name: '' },
    ]);
  });

  it('labels a planned volunteer by name alone', () => {
    expect(personLabel({ status: '到岗', substituteFor: null }, '林小梅')).toBe('林小梅');
    expect(personLabel({ status: '缺勤', substituteFor: null }, '林小梅')).toBe('林小梅（缺勤）');
  });
});

describe('the week in the title', () => {
  it('writes the year once within a year and again across New Year', () => {
    expect(weekRangeText('2026-12-07', '2026-12-13')).toBe('2026年12月7日—12月13日');
    expect(weekRangeText('2026-12-28', '2027-01-03')).toBe('2026年12月28日—2027年1月3日');
  });

  it('refuses a malformed date in Chinese', () => {
    expect(() => weekRangeText('2026-13-01', '2026-13-07')).toThrow('日期无效');
  });
});
