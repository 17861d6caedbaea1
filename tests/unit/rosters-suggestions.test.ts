import { describe, expect, it } from 'vitest';
import { indexRoster, type ClashContext } from '@shared/rosters/clashes';
import { shiftIndex } from '@shared/rosters/model';
import { arrivalsAtPost, suggestVolunteers, type CandidateVolunteer } from '@shared/rosters/suggestions';
import { DESK, GATE, entry } from './rosters-fixture';

const births = new Map([['kid', '2012-01-01']]);
const clash: ClashContext = {
  shifts: shiftIndex([GATE, DESK]),
  birthDateOf: (id) => births.get(id),
  dailyCapMinutes: null,
};
const history = [
  ...['11-02', '11-03', '11-04', '11-05', '11-06'].map((d) =>
    entry({ volunteerId: 'veteran', date: `2026-${d}`, status: '到岗' }),
  ),
  entry({ volunteerId: 'neighbour', date: '2026-11-02', status: '缺勤' }),
  entry({ volunteerId: 'neighbour', date: '2026-11-03', status: '到岗', postId: DESK.id, shiftId: 's-day' }),
];
const candidates: CandidateVolunteer[] = [
  { id: 'stranger', teamIds: [], community: '西街社区' },
  { id: 'neighbour', teamIds: [], community: ' 东街社区' },
  { id: 'veteran', teamIds: [], community: '' },
  { id: 'mate', teamIds: ['t-1'], community: '' },
  { id: 'busy', teamIds: ['t-1'], community: '东街社区' },
  { id: 'kid', teamIds: ['t-1'], community: '东街社区' },
];
const today = [entry({ volunteerId: 'busy', postId: DESK.id, shiftId: 's-day' })];

function suggest(shiftId = 's-am2', limit?: number) {
  return suggestVolunteers({
    post: GATE,
    slot: { shiftId, date: '2026-12-07' },
    candidates,
    arrivals: arrivalsAtPost(history, GATE.id),
    index: indexRoster(today),
    clash,
    limit,
  });
}

describe('suggesting volunteers for a shift', () => {
  it('ranks team, then past attendance at the post, then community, each with its reason', () => {
    expect(suggest()).toEqual([
      { volunteerId: 'mate', score: 40, reasons: ['同队'] },
      { volunteerId: 'neighbour', score: 20, reasons: ['同社区'] },
      { volunteerId: 'veteran', score: 10, reasons: ['曾在此岗到岗 5 次'] },
      { volunteerId: 'stranger', score: 0, reasons: [] },
    ]);
  });

  it('leaves out whoever would clash: an overlapping shift elsewhere, or a minor at an adults-only post', () => {
    const ids = suggest().map((s) => s.volunteerId);
    expect(ids).not.toContain('busy');
    expect(ids).not.toContain('kid');
    expect(suggest('s-am').map((s) => s.volunteerId)).toContain('busy');
  });

  it('counts only arrivals at this post, not absences or other posts', () => {
    expect(arrivalsAtPost(history, GATE.id)).toEqual(new Map([['veteran', 5]]));
  });

  it('keeps to the limit', () => {
    expect(suggest('s-am2', 2).map((s) => s.volunteerId)).toEqual(['mate', 'neighbour']);
  });
});
