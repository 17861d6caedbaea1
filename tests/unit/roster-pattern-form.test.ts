import { describe, expect, it } from 'vitest';
import {
  currentOrNextTerm,
  patternDefaults,
  termRange,
} from '../../renderer/src/features/rosters/patterns/pattern-form';

const spring = { id: 'spring', start: '2026-02-24', end: '2026-07-10' };
const autumn = { id: 'autumn', start: '2026-09-01', end: '2027-01-22' };
const shifts = [
  { id: 's-pm', label: '午岗', startMinute: 990, endMinute: 1035, needed: 1 },
  { id: 's-am', label: '早岗', startMinute: 440, endMinute: 480, needed: 2 },
];

describe('pattern form defaults', () => {
  it('a 校历 post starts on this term from today, at its earliest shift, with no weekday chosen', () => {
    expect(patternDefaults({ id: 'p', calendar: '校历', shifts }, [autumn, spring], '2026-11-20')).toEqual({
      postId: 'p',
      shiftId: 's-am',
      weekdays: [],
      from: '2026-11-20',
      to: '2027-01-22',
      volunteerId: '',
      termId: 'autumn',
    });
  });

  it('in the summer holidays a 校历 post starts on the next term from its first day', () => {
    expect(currentOrNextTerm([autumn, spring], '2026-08-01')?.id).toBe('autumn');
    expect(termRange(autumn, '2026-08-01')).toEqual({ from: '2026-09-01', to: '2027-01-22' });
  });

  it('a post on workdays is not tied to a term and runs twelve weeks', () => {
    const values = patternDefaults({ id: 'p', calendar: '工作日', shifts }, [autumn], '2026-11-20');
    expect([values.termId, values.from, values.to]).toEqual(['', '2026-11-20', '2027-02-11']);
  });
});
