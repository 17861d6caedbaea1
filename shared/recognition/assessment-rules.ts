import { BOOKING_CATEGORIES, type BookingCategory } from '../model/places';
import { markupProblem } from '../text/plain-text';

/**
 * 考评办法: how a volunteer's points for a period are counted when choosing 时尚达人. Only confirmed
 * service records (已确认) and orders completed in the period (已办结/待回访) count. Caps (`null` = none)
 * apply to the period being assessed, whatever its length.
 *
 * @example
 * const rules: AssessmentRules = { ...DEFAULT_ASSESSMENT_RULES, pointsPerHour: 3 };
 */
export interface AssessmentRules {
  /** Points per hour of confirmed service (credited minutes / 60). */
  pointsPerHour: number;
  /** Points per activity the volunteer took part in (a confirmed record of it). */
  pointsPerActivity: number;
  /** Extra points per activity by its theme (the activity's category). */
  categoryPoints: Partial<Record<BookingCategory, number>>;
  /** Extra points per activity by the 服务项目 it belongs to, by project id. */
  projectPoints: Record<string, number>;
  /** Points per order the volunteer completed. */
  pointsPerOrder: number;
  /** Points per star of a rated order (a 5-star order gives 5 × this). */
  pointsPerStar: number;
  /** Most points from service hours in one period. */
  hoursCap: number | null;
  /** Most points from activities (taking part and theme/project extras) in one period. */
  activitiesCap: number | null;
  /** Most points from orders (completion and rating) in one period. */
  ordersCap: number | null;
  /** 考评办法 说明: the published text shown on the screen. */
  description: string;
}

/**
 * The rules a new desk starts with: 2 points an hour, 3 per activity, 5 per completed order, 1 per star.
 *
 * @example
 * DEFAULT_ASSESSMENT_RULES.pointsPerHour // => 2
 */
export const DEFAULT_ASSESSMENT_RULES: AssessmentRules = {
  pointsPerHour: 2,
  pointsPerActivity: 3,
  categoryPoints: { 志愿服务: 2, 文化文艺: 1 },
  projectPoints: {},
  pointsPerOrder: 5,
  pointsPerStar: 1,
  hoursCap: null,
  activitiesCap: null,
  ordersCap: null,
  description:
    '按已确认的志愿服务时长、参加活动次数和办结的服务单累计积分，积分高者当选；积分相同时服务时长多者优先。',
};

/**
 * The highest points one unit (an hour, an activity, an order, a star) or one cap may be set to.
 *
 * @example
 * POINTS_MAX // => 1000
 */
export const POINTS_MAX = 1000;

/**
 * The longest 考评办法 说明, in characters.
 *
 * @example
 * DESCRIPTION_MAX // => 1000
 */
export const DESCRIPTION_MAX = 1000;

/**
 * The field a rules problem belongs to: a rules key, or `category:<主题>` / `project:<id>` for extras.
 *
 * @example
 * const f: AssessmentRulesField = 'category:健康';
 */
export type AssessmentRulesField = keyof AssessmentRules | `category:${string}` | `project:${string}`;

const NUMBER_LABELS = {
  pointsPerHour: '每小时积分',
  pointsPerActivity: '每次活动积分',
  pointsPerOrder: '每单积分',
  pointsPerStar: '每星积分',
} as const;

const CAP_LABELS = {
  hoursCap: '时长积分上限',
  activitiesCap: '活动积分上限',
  ordersCap: '服务单积分上限',
} as const;

function numberProblem(label: string, value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `请填写${label}`;
  if (value < 0) return `${label}不能为负数`;
  if (value > POINTS_MAX) return `${label}最多${POINTS_MAX}分`;
  if (Math.round(value * 10) !== value * 10) return `${label}最多保留一位小数`;
  return null;
}

/**
 * What is wrong with a set of rules, by field, in Chinese; empty when they can be saved.
 *
 * @example
 * assessmentRulesProblems({ ...DEFAULT_ASSESSMENT_RULES, pointsPerHour: -1 })
 * // => { pointsPerHour: '每小时积分不能为负数' }
 * assessmentRulesProblems({ ...DEFAULT_ASSESSMENT_RULES, categoryPoints: { 健康: 2000 } })
 * // => { 'category:健康': '“健康”主题加分最多1000分' }
 */
export function assessmentRulesProblems(
  rules: AssessmentRules,
): Partial<Record<AssessmentRulesField, string>> {
  const problems: Partial<Record<AssessmentRulesField, string>> = {};
  for (const [key, label] of Object.entries(NUMBER_LABELS) as [keyof typeof NUMBER_LABELS, string][]) {
    const p = numberProblem(label, rules[key]);
    if (p) problems[key] = p;
  }
  for (const [key, label] of Object.entries(CAP_LABELS) as [keyof typeof CAP_LABELS, string][]) {
    const value = rules[key];
    if (value === null) continue;
    const p = numberProblem(label, value);
    if (p) problems[key] = p;
  }
  for (const [category, value] of Object.entries(rules.categoryPoints)) {
    if (!(BOOKING_CATEGORIES as readonly string[]).includes(category)) continue;
    const p = numberProblem(`“${category}”主题加分`, value);
    if (p) problems[`category:${category}`] = p;
  }
  for (const [id, value] of Object.entries(rules.projectPoints)) {
    const p = numberProblem('项目加分', value);
    if (p) problems[`project:${id}`] = p;
  }
  const length = Array.from(rules.description.trim()).length;
  if (length > DESCRIPTION_MAX)
    problems.description = `考评办法说明最多${DESCRIPTION_MAX}字，已超${length - DESCRIPTION_MAX}字`;
  else if (markupProblem('考评办法说明', rules.description))
    problems.description = markupProblem('考评办法说明', rules.description) ?? '';
  return problems;
}

/**
 * The stored rules completed with defaults for keys an older desk never saved (undefined = defaults).
 *
 * @example
 * withRuleDefaults(undefined).pointsPerOrder // => 5
 * withRuleDefaults({ ...DEFAULT_ASSESSMENT_RULES, pointsPerOrder: 8 }).pointsPerOrder // => 8
 */
export function withRuleDefaults(stored: Partial<AssessmentRules> | undefined): AssessmentRules {
  return { ...DEFAULT_ASSESSMENT_RULES, ...(stored ?? {}) };
}
