import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_RULES, type AssessmentRules } from '@shared/recognition/assessment-rules';
import { rankTeams, scoreAndRank, scoreVolunteer, type VolunteerInputs } from '@shared/recognition/scoring';

const rules: AssessmentRules = {
  ...DEFAULT_ASSESSMENT_RULES,
  pointsPerHour: 2,
  pointsPerActivity: 3,
  categoryPoints: { 健康: 2 },
  projectPoints: { p1: 4 },
  pointsPerOrder: 5,
  pointsPerStar: 1,
};

const input = (over: Partial<VolunteerInputs>): VolunteerInputs => ({
  volunteerId: 'v1',
  volunteerNo: '000001',
  minutes: 0,
  activities: [],
  orderRatings: [],
  ...over,
});

describe('scoring a volunteer', () => {
  it('adds hours, activities with theme and project extras, orders and stars, line by line', () => {
    const scored = scoreVolunteer(
      rules,
      input({
        minutes: 270,
        activities: [
          { category: '健康', projectId: 'p1' },
          { category: '健康', projectId: null },
          { category: '法治', projectId: null },
        ],
        orderRatings: [5, 4, null],
      }),
    );
    expect(scored.breakdown).toEqual([
      { label: '服务时长', count: 4.5, points: 9 },
      { label: '参加活动', count: 3, points: 9 },
      { label: '主题“健康”', count: 2, points: 4 },
      { label: '服务项目加分', count: 1, points: 4 },
      { label: '完成服务单', count: 3, points: 15 },
      { label: '服务单评价', count: 9, points: 9 },
    ]);
    expect(scored.points).toBe(50);
  });

  it('stops each group at its cap and says so on the line', () => {
    const scored = scoreVolunteer(
      { ...rules, hoursCap: 10, activitiesCap: 5, ordersCap: 6 },
      input({
        minutes: 600,
        activities: [{ category: '健康', projectId: null }],
        orderRatings: [5],
      }),
    );
    expect(scored.breakdown).toEqual([
      { label: '服务时长（封顶）', count: 10, points: 10 },
      { label: '参加活动', count: 1, points: 3 },
      { label: '主题“健康”', count: 1, points: 2 },
      { label: '完成服务单', count: 1, points: 5 },
      { label: '服务单评价（封顶）', count: 5, points: 1 },
    ]);
    expect(scored.points).toBe(21);
  });
});

describe('ranking candidates', () => {
  it('ranks by points, then more hours, then the lower volunteer number, whatever the input order', () => {
    const inputs = [
      input({ volunteerId: 'c', volunteerNo: '000003', minutes: 60, orderRatings: [null] }), // 2 + 5 = 7
      input({ volunteerId: 'b', volunteerNo: '000008', minutes: 210 }), // 7 points, more hours, higher number
      input({ volunteerId: 'a', volunteerNo: '000009', minutes: 60, orderRatings: [null] }), // 7, same hours as c
      input({ volunteerId: 'd', volunteerNo: '000004', minutes: 600 }), // 20
      input({ volunteerId: 'z', volunteerNo: '000005' }), // nothing: left out
    ];
    const order = ['d', 'b', 'c', 'a'];
    expect(scoreAndRank(rules, inputs).map((c) => c.volunteerId)).toEqual(order);
    expect(scoreAndRank(rules, [...inputs].reverse()).map((c) => c.volunteerId)).toEqual(order);
  });

  it('ranks teams by the sum of their members’ points', () => {
    const scored = scoreAndRank(rules, [
      input({ volunteerId: 'a', minutes: 600 }),
      input({ volunteerId: 'b', minutes: 300 }),
      input({ volunteerId: 'c', minutes: 420 }),
    ]);
    expect(
      rankTeams(
        scored,
        new Map([
          ['t1', ['a']],
          ['t2', ['b', 'c', 'x']],
          ['t3', ['x']],
        ]),
      ),
    ).toEqual([
      { teamId: 't2', points: 24, members: 2, minutes: 720 },
      { teamId: 't1', points: 20, members: 1, minutes: 600 },
    ]);
  });
});
