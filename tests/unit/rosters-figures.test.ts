import { describe, expect, it } from 'vitest';
import { expandShifts } from '@shared/rosters/expand';
import { rosterFigures } from '@shared/rosters/figures';
import { CALENDAR, DESK, GATE, entry } from './rosters-fixture';

// Monday 12-07 and Tuesday 12-08 at the gate: 3 shifts a day needing 2 + 1 + 2 people.
const occurrences = [
  ...expandShifts(GATE, '2026-12-07', '2026-12-08', CALENDAR),
  ...expandShifts(DESK, '2026-12-07', '2026-12-07', CALENDAR),
];
const entries = [
  entry({ volunteerId: 'a', status: '到岗', serviceRecordId: 'sr-a' }),
  entry({ volunteerId: 'b', status: '缺勤' }),
  entry({ volunteerId: 'c', status: '到岗', substituteFor: 'b', serviceRecordId: 'sr-c' }),
  entry({ volunteerId: 'd', shiftId: 's-am2', status: '请假' }),
  entry({ volunteerId: 'b', date: '2026-12-08', status: '缺勤' }),
  entry({ volunteerId: 'e', date: '2026-12-08', status: '到岗', serviceRecordId: 'sr-e' }),
  entry({ volunteerId: 'f', date: '2026-12-08', status: '缺勤' }),
  entry({ volunteerId: 'g', postId: DESK.id, shiftId: 's-day', status: '排班' }),
  entry({ volunteerId: 'z', date: '2026-12-09', status: '缺勤' }),
  entry({ volunteerId: 'y', status: '到岗', deletedAt: 9 }),
];
const records = new Map([
  ['sr-a', { creditedMinutes: 40 }],
  ['sr-c', { creditedMinutes: 30 }],
  ['sr-e', { creditedMinutes: null }],
]);
const figures = rosterFigures({ from: '2026-12-07', to: '2026-12-08', occurrences, entries, records });

describe('roster figures for a period', () => {
  it('counts shifts and places filled against needed, a substitute filling the absent one', () => {
    expect(figures).toMatchObject({ shifts: 7, shiftsFullyStaffed: 2, placesNeeded: 11, placesFilled: 4 });
  });

  it('rates attendance as arrived over arrived plus absent, leave not counted', () => {
    expect(figures.arrived).toBe(3);
    expect(figures.absent).toBe(3);
    expect(figures.attendanceRate).toBe(0.5);
  });

  it('lists absences per volunteer, most first, within the period only', () => {
    expect(figures.absences).toEqual([
      { volunteerId: 'b', count: 2 },
      { volunteerId: 'f', count: 1 },
    ]);
  });

  it('sums rostered minutes from shift lengths and served minutes from the linked records', () => {
    expect(figures.byPost).toEqual([
      { postId: 'p-desk', rosteredMinutes: 195, servedMinutes: 0 },
      { postId: 'p-gate', rosteredMinutes: 2 * 40 + 40, servedMinutes: 70 },
    ]);
  });

  it('has no attendance rate when nobody was due', () => {
    expect(
      rosterFigures({ from: '2027-01-01', to: '2027-01-02', occurrences, entries, records }).attendanceRate,
    ).toBeNull();
  });
});
