import { describe, expect, it } from 'vitest';
import { dayOffReason, expandPattern, expandShifts, postRunDates } from '@shared/rosters/expand';
import { AUTUMN, CALENDAR, DESK, GATE } from './rosters-fixture';

const pattern = {
  id: 'pat-1',
  postId: GATE.id,
  shiftId: 's-am',
  weekdays: [1],
  from: '2026-09-01',
  to: '2027-06-30',
  volunteerId: 'v-1',
  termId: AUTUMN.id,
};

describe('which days a post runs', () => {
  it('runs a school post on a 调休 Saturday and Sunday, as school is held then', () => {
    expect(postRunDates(GATE, '2026-10-10', '2026-10-11', CALENDAR)).toEqual(['2026-10-10']);
    expect(postRunDates(GATE, '2026-09-19', '2026-09-21', CALENDAR)).toEqual(['2026-09-20', '2026-09-21']);
  });

  it('keeps a school post off on a holiday Monday and names the holiday', () => {
    expect(dayOffReason('校历', '2026-10-05', CALENDAR)).toBe('国庆节放假');
    expect(dayOffReason('工作日', '2026-10-05', CALENDAR)).toBe('国庆节放假');
  });

  it('skips a vacation week for school posts but not for workday posts', () => {
    expect(postRunDates(GATE, '2026-11-09', '2026-11-13', CALENDAR)).toEqual([]);
    expect(dayOffReason('校历', '2026-11-10', CALENDAR)).toBe('秋假（2026秋季学期）');
    expect(postRunDates({ calendar: '工作日' }, '2026-11-09', '2026-11-13', CALENDAR)).toHaveLength(5);
  });

  it('keeps school posts off outside every term and ignores deleted terms', () => {
    expect(dayOffReason('校历', '2026-08-31', CALENDAR)).toBe('不在学期内');
    const deleted = { ...CALENDAR, terms: [{ ...AUTUMN, deletedAt: 1 }] };
    expect(dayOffReason('校历', '2026-09-01', deleted)).toBe('不在学期内');
  });

  it('runs an every-day post on weekends and holidays alike', () => {
    expect(postRunDates(DESK, '2026-10-01', '2026-10-07', CALENDAR)).toHaveLength(7);
    expect(dayOffReason('工作日', '2026-10-11', CALENDAR)).toBe('周末');
  });
});

describe('expanding shifts', () => {
  it('lists each running date with every shift by start time and its need', () => {
    const week = expandShifts(GATE, '2026-12-07', '2026-12-13', CALENDAR);
    expect(week).toHaveLength(15);
    expect(week.slice(0, 3).map((o) => [o.date, o.shiftId, o.needed])).toEqual([
      ['2026-12-07', 's-am', 2],
      ['2026-12-07', 's-am2', 1],
      ['2026-12-07', 's-pm', 2],
    ]);
  });
});

describe('expanding a pattern', () => {
  it('stops at the term end even when the pattern runs longer', () => {
    const r = expandPattern(pattern, GATE, CALENDAR);
    expect(r.until).toBe('2027-01-22');
    expect(r.entries.at(-1)?.date).toBe('2027-01-18');
    expect(r.entries.every((e) => e.date <= '2027-01-22')).toBe(true);
  });

  it('reports the skipped holiday and vacation Mondays with their reasons', () => {
    const r = expandPattern(pattern, GATE, CALENDAR);
    expect(r.skipped).toEqual([
      { date: '2026-10-05', reason: '国庆节放假' },
      { date: '2026-11-09', reason: '秋假（2026秋季学期）' },
    ]);
    expect(r.entries).toHaveLength(20 - 2);
  });

  it('makes planned entries that point back at the pattern', () => {
    expect(expandPattern(pattern, GATE, CALENDAR).entries[0]).toEqual({
      postId: GATE.id,
      shiftId: 's-am',
      date: '2026-09-07',
      volunteerId: 'v-1',
      patternId: 'pat-1',
      status: '排班',
      substituteFor: null,
      serviceRecordId: null,
    });
  });

  it('picks up a 调休 Saturday when the pattern includes Saturdays', () => {
    const r = expandPattern({ ...pattern, weekdays: [6], to: '2026-10-31' }, GATE, CALENDAR);
    expect(r.entries.map((e) => e.date)).toEqual(['2026-10-10']);
    expect(r.skipped.map((s) => s.reason)).toContain('周末');
  });

  it('makes nothing for a shift the post no longer has', () => {
    expect(expandPattern({ ...pattern, shiftId: 'gone' }, GATE, CALENDAR).entries).toEqual([]);
  });
});
