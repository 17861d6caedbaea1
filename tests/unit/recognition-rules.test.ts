import { describe, expect, it } from 'vitest';
import {
  assessmentRulesProblems,
  DEFAULT_ASSESSMENT_RULES,
  withRuleDefaults,
} from '@shared/recognition/assessment-rules';
import { honourTitle, periodOf, periodRange, shiftPeriod } from '@shared/recognition/periods';

describe('考评办法 validation', () => {
  it('accepts the default rules', () => {
    expect(assessmentRulesProblems(DEFAULT_ASSESSMENT_RULES)).toEqual({});
  });

  it('names each bad number at its field in Chinese', () => {
    expect(
      assessmentRulesProblems({
        ...DEFAULT_ASSESSMENT_RULES,
        pointsPerHour: -1,
        pointsPerOrder: Number.NaN,
        pointsPerStar: 0.25,
        hoursCap: 5000,
        categoryPoints: { 健康: 2000 },
        projectPoints: { p1: -2 },
      }),
    ).toEqual({
      pointsPerHour: '每小时积分不能为负数',
      pointsPerOrder: '请填写每单积分',
      pointsPerStar: '每星积分最多保留一位小数',
      hoursCap: '时长积分上限最多1000分',
      'category:健康': '“健康”主题加分最多1000分',
      'project:p1': '项目加分不能为负数',
    });
  });

  it('refuses a markup-like or over-long published text', () => {
    expect(assessmentRulesProblems({ ...DEFAULT_ASSESSMENT_RULES, description: '<b>办法</b>' })).toEqual({
      description: '考评办法说明不能包含 < > 或 &…; 等标记符号',
    });
    expect(
      assessmentRulesProblems({ ...DEFAULT_ASSESSMENT_RULES, description: '字'.repeat(1002) }).description,
    ).toBe('考评办法说明最多1000字，已超2字');
  });

  it('fills rules never saved with the defaults', () => {
    expect(withRuleDefaults(undefined)).toEqual(DEFAULT_ASSESSMENT_RULES);
    expect(withRuleDefaults({ pointsPerOrder: 8 }).pointsPerHour).toBe(2);
  });
});

describe('assessment periods', () => {
  it('starts weeks on Monday and numbers them as ISO weeks', () => {
    expect(periodOf('周', '2026-11-26')).toEqual({
      kind: '周',
      start: '2026-11-23',
      end: '2026-11-30',
      label: '2026年第48周',
    });
    expect(periodOf('周', '2026-11-29').start).toBe('2026-11-23');
    expect(periodOf('周', '2026-11-30').start).toBe('2026-11-30');
  });

  it('keeps a week across the year end in the year of its Thursday', () => {
    expect(periodOf('周', '2027-01-02')).toMatchObject({ start: '2026-12-28', label: '2026年第53周' });
    expect(periodOf('周', '2027-01-04').label).toBe('2027年第1周');
    // 2025-12-29 is a Monday whose Thursday is 2026-01-01: week 1 of 2026.
    expect(periodOf('周', '2025-12-31')).toMatchObject({ start: '2025-12-29', label: '2026年第1周' });
    expect(shiftPeriod(periodOf('周', '2027-01-04'), -1).label).toBe('2026年第53周');
  });

  it('labels months, quarters and years and steps across the year end', () => {
    expect(periodOf('月', '2026-11-05')).toEqual({
      kind: '月',
      start: '2026-11-01',
      end: '2026-12-01',
      label: '2026年11月',
    });
    expect(periodOf('季', '2026-11-26')).toEqual({
      kind: '季',
      start: '2026-10-01',
      end: '2027-01-01',
      label: '2026年第四季度',
    });
    expect(periodOf('年', '2026-03-01').label).toBe('2026年');
    expect(shiftPeriod(periodOf('月', '2026-01-15'), -1).label).toBe('2025年12月');
    expect(shiftPeriod(periodOf('季', '2026-11-15'), 1).label).toBe('2027年第一季度');
  });

  it('covers midnight to midnight in Beijing time', () => {
    expect(periodRange(periodOf('月', '2026-11-05'))).toEqual({
      from: Date.UTC(2026, 9, 31, 16),
      to: Date.UTC(2026, 10, 30, 16),
    });
  });

  it('titles honours by period and winner', () => {
    expect(honourTitle('月', 'volunteer')).toBe('月度时尚达人');
    expect(honourTitle('季', 'team')).toBe('季度先进集体');
  });
});
