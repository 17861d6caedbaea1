import { describe, expect, it } from 'vitest';
import type { DutyPost, RosterEntry } from '@shared/rosters/model';
import type { PostWeek } from '../../renderer/src/db/repos/rosters';
import {
  cellWhat,
  entryChoices,
  isCovered,
  rateText,
  shiftEndOf,
  weekFigures,
} from '../../renderer/src/features/rosters/entry-actions';

const stamp = { createdAt: 0, updatedAt: 0, deletedAt: null, deskId: 'd', rev: 1 };
const post = {
  ...stamp,
  id: 'p-1',
  name: '公益服务模范',
  place: '东街社区站',
  calendar: '每天',
  shifts: [{ id: 's-am', label: '早班', startMinute: 440, endMinute: 480, needed: 2 }],
} as unknown as DutyPost;

const entry = (
  id: string,
  status: RosterEntry['status'] = '排班',
  substituteFor: string | null = null,
  date = '2026-12-07',
) =>
  ({
    ...stamp,
    id,
    postId: 'p-1',
    shiftId: 's-am',
    date,
    volunteerId: `v-${id}`,
    status,
    substituteFor,
    patternId: null,
    serviceRecordId: null,
  }) as RosterEntry;

/** 08:00 on Monday 2026-12-07 in Beijing: the shift's end. */
const END = Date.UTC(2026, 11, 7, 0, 0);
const MINUTE = 60_000;
const disabled = (choices: ReturnType<typeof entryChoices>, key: string) =>
  choices.find((c) => c.key === key)?.disabledReason;

describe('a rostered person’s choices', () => {
  it('offers 缺勤 only once the shift has ended', () => {
    expect(
      disabled(entryChoices(entry('a'), { shiftEnd: END, now: END - MINUTE, covered: false }), '缺勤'),
    ).toBe('班次结束后才能标记');
    expect(
      disabled(entryChoices(entry('a'), { shiftEnd: END, now: END, covered: false }), '缺勤'),
    ).toBeNull();
  });

  it('offers 改回排班 only after a change, and no 替班 once covered or arrived', () => {
    const planned = entryChoices(entry('a'), { shiftEnd: END, now: END, covered: false });
    expect(planned.map((c) => c.key)).toEqual(['到岗', '请假', '缺勤', '替班']);
    const leave = entryChoices(entry('a', '请假'), { shiftEnd: END, now: END, covered: true });
    expect(leave.map((c) => c.key)).toContain('排班');
    expect(disabled(leave, '请假')).toBe('已是请假');
    expect(disabled(leave, '替班')).toBe('已有人替班');
    expect(
      disabled(entryChoices(entry('a', '到岗'), { shiftEnd: END, now: END, covered: false }), '替班'),
    ).toBe('本人已到岗');
  });

  it('counts a person covered only by a substitute still on duty', () => {
    const leave = entry('a', '请假');
    expect(isCovered(leave, [leave, entry('b', '排班', 'v-a')])).toBe(true);
    expect(isCovered(leave, [leave, entry('b', '请假', 'v-a')])).toBe(false);
    expect(isCovered(leave, [leave, entry('c')])).toBe(false);
  });

  it('ends a shift at its end time on the center’s clock', () => {
    expect(shiftEndOf(post, 's-am', '2026-12-07')).toBe(END);
    expect(shiftEndOf(post, 'gone', '2026-12-07')).toBeNull();
    expect(cellWhat(post, { date: '2026-12-07', shiftId: 's-am' })).toContain('公益服务模范（东街社区站）');
  });
});

describe('the week figures', () => {
  const week = (entries: RosterEntry[]): PostWeek => ({
    post,
    days: ['07', '08', '09', '10', '11', '12', '13'].map((d) => ({ date: `2026-12-${d}`, offReason: null })),
    occurrences: ['07', '08'].map((d) => ({
      postId: 'p-1',
      shiftId: 's-am',
      date: `2026-12-${d}`,
      startMinute: 440,
      endMinute: 480,
      needed: 2,
    })),
    entries,
    gaps: [],
  });

  it('counts a substitute as filling the place of someone on leave', () => {
    const f = weekFigures(week([entry('a'), entry('b', '请假'), entry('c', '排班', 'v-b')]));
    expect(f).toMatchObject({ shifts: 2, shiftsFullyStaffed: 1, placesNeeded: 4, placesFilled: 2 });
  });

  it('rates attendance over arrivals and absences, leaving 请假 out', () => {
    const f = weekFigures(
      week([entry('a', '到岗'), entry('b', '请假'), entry('c', '缺勤', null, '2026-12-08')]),
    );
    expect(f.attendanceRate).toBe(0.5);
    expect(f.absent).toBe(1);
    expect(rateText(f.attendanceRate)).toBe('50%');
    expect(rateText(weekFigures(week([entry('a')])).attendanceRate)).toBe('暂无');
  });
});
