import { describe, expect, it } from 'vitest';
import {
  crossedStar,
  customLadderProblem,
  ladderHours,
  STAR_LADDERS,
  starLabel,
  starProgress,
} from '@shared/volunteers/stars';

const h = (hours: number): number => hours * 60;

describe('starProgress', () => {
  it('words progress as meeting a standard, not as an award', () => {
    expect(starProgress(h(650), STAR_LADDERS.national).label).toBe('已达三星标准');
    expect(starProgress(h(99), STAR_LADDERS.national).label).toBe('尚未达到一星标准');
  });

  it('reaches a star exactly at its threshold', () => {
    expect(starProgress(h(100), STAR_LADDERS.national).stars).toBe(1);
    expect(starProgress(h(100) - 1, STAR_LADDERS.national).stars).toBe(0);
  });

  it('shows how far the next star is', () => {
    const p = starProgress(h(650), STAR_LADDERS.national);
    expect(p.next).toMatchObject({ stars: 4, hours: 1000, remainingMinutes: h(350), label: '四星标准' });
    expect(p.ratio).toBeCloseTo(50 / 400);
  });

  it('has no next star at the top of the ladder', () => {
    const p = starProgress(h(2000), STAR_LADDERS.national);
    expect(p).toMatchObject({ stars: 5, label: '已达五星标准', next: null, ratio: 1 });
  });

  it('uses the chosen ladder: 500 hours is three stars in Beijing but two nationally', () => {
    expect(starProgress(h(500), ladderHours({ kind: 'beijing', customHours: [] })).stars).toBe(3);
    expect(starProgress(h(500), ladderHours({ kind: 'national', customHours: [] })).stars).toBe(2);
    expect(starProgress(h(60), ladderHours({ kind: 'custom', customHours: [50, 80] })).label).toBe(
      '已达一星标准',
    );
  });
});

describe('crossedStar', () => {
  it('reports the standard newly reached by a sign-out', () => {
    expect(crossedStar(h(95), h(101), STAR_LADDERS.national)).toBe(1);
    expect(crossedStar(h(290), h(1100), STAR_LADDERS.national)).toBe(4);
  });

  it('stays quiet when no threshold is crossed', () => {
    expect(crossedStar(h(101), h(120), STAR_LADDERS.national)).toBeNull();
  });
});

describe('customLadderProblem', () => {
  it('accepts one to five ascending whole hours', () => {
    expect(customLadderProblem([50, 100, 200])).toBeNull();
  });

  it('explains what is wrong', () => {
    expect(customLadderProblem([])).toBe('请填写一至五个星级的小时数');
    expect(customLadderProblem([100, 50])).toBe('各星级小时数应逐级递增');
    expect(customLadderProblem([10.5])).toBe('星级小时数应为正整数');
  });
});

describe('starLabel', () => {
  it('names five stars at most', () => {
    expect(starLabel(5)).toBe('已达五星标准');
  });
});
