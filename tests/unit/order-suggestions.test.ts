import { describe, expect, it } from 'vitest';
import { rankDispatchSuggestions, type DispatchCandidate } from '@shared/orders/suggestions';

const base: DispatchCandidate = {
  volunteerId: 'v',
  name: '某人',
  skills: [],
  intentions: [],
  availability: '',
  teamNames: [],
  sameCategoryCount: 0,
  recentCount: 5,
};
const SATURDAY_10 = Date.UTC(2026, 11, 5, 2); // 2026-12-05 10:00 +08:00, a Saturday

describe('派单 suggestions', () => {
  it('puts a volunteer whose 特长 matches the category first and says so', () => {
    const ranked = rankDispatchSuggestions(
      [
        { ...base, volunteerId: 'a', name: '李梅', skills: ['书法'] },
        { ...base, volunteerId: 'b', name: '王强', skills: ['水电维修'] },
      ],
      { category: '维修', wishedAt: null },
    );
    expect(ranked.map((s) => s.name)).toEqual(['王强', '李梅']);
    expect(ranked[0]?.reasons).toContain('特长：水电维修');
  });

  it('counts experience with the same kind of order and a team named after it', () => {
    const [first, second] = rankDispatchSuggestions(
      [
        { ...base, volunteerId: 'a', name: '甲' },
        { ...base, volunteerId: 'b', name: '乙', sameCategoryCount: 3, teamNames: ['维修服务队'] },
      ],
      { category: '维修', wishedAt: null },
    );
    expect(first?.name).toBe('乙');
    expect(first?.reasons).toEqual(['服务队：维修服务队', '同类服务 3 次', '近30天服务 5 次']);
    expect(second?.name).toBe('甲');
  });

  it('prefers the less busy volunteer and shows the recent load', () => {
    const ranked = rankDispatchSuggestions(
      [
        { ...base, volunteerId: 'busy', name: '忙', recentCount: 9 },
        { ...base, volunteerId: 'idle', name: '闲', recentCount: 2 },
      ],
      { category: '助老', wishedAt: null },
    );
    expect(ranked[0]?.name).toBe('闲');
    expect(ranked[0]?.reasons).toContain('近30天服务 2 次（较空闲）');
  });

  it('prefers a volunteer free at the wished time (周末有空 for a Saturday)', () => {
    const ranked = rankDispatchSuggestions(
      [
        { ...base, volunteerId: 'a', name: '工作日', availability: '工作日晚上' },
        { ...base, volunteerId: 'b', name: '周末', availability: '周末全天' },
      ],
      { category: '助老', wishedAt: SATURDAY_10 },
    );
    expect(ranked[0]?.name).toBe('周末');
    expect(ranked[0]?.reasons).toContain('周末有空');
    expect(ranked[1]?.reasons).not.toContain('周末有空');
  });

  it('returns nothing for an empty pool', () => {
    expect(rankDispatchSuggestions([], { category: '维修', wishedAt: null })).toEqual([]);
  });
});
