import type { HoursRuleSet } from '../model/people';
import { dateKey, dayStartOf } from '../time/center-time';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * The rules a new desk starts with: served time rounded down to the half hour, at least half an hour
 * for any session, at most 8 hours a session and 12 a day; a sign-in left open for 8 hours is closed.
 *
 * @example
 * DEFAULT_HOURS_RULES.roundingStepMinutes // => 30
 */
export const DEFAULT_HOURS_RULES: HoursRuleSet = {
  name: '中心默认规则',
  roundingStepMinutes: 30,
  minimumCreditMinutes: 30,
  capPerSessionMinutes: 480,
  capPerDayMinutes: 720,
  autoCloseAfterMinutes: 480,
};

/**
 * Why a credit came out lower than the served time, for the explanation shown at sign-out.
 *
 * @example
 * const why: CreditLimit = 'session';
 */
export type CreditLimit = 'session' | 'day' | null;

/**
 * The result of crediting one session.
 *
 * @example
 * const c: SessionCredit = creditSession({ signInAt, signOutAt, rules });
 */
export interface SessionCredit {
  /** Whole minutes actually between sign-in and sign-out (0 when sign-out is not after sign-in). */
  servedMinutes: number;
  creditedMinutes: number;
  limitedBy: CreditLimit;
  minimumApplied: boolean;
}

/**
 * Splits an interval into whole minutes per center calendar day, so a session across midnight counts
 * towards both days.
 *
 * @example
 * minutesByDay(Date.UTC(2026, 10, 22, 15, 0), Date.UTC(2026, 10, 22, 17, 0))
 * // => Map { '2026-11-22' => 60, '2026-11-23' => 60 } (23:00-01:00 in Beijing)
 */
export function minutesByDay(from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  let cursor = from;
  while (cursor < to) {
    const dayEnd = dayStartOf(cursor) + DAY_MS;
    const end = Math.min(to, dayEnd);
    const key = dateKey(cursor);
    out.set(key, (out.get(key) ?? 0) + (end - cursor) / MINUTE_MS);
    cursor = end;
  }
  for (const [key, ms] of out) out.set(key, Math.floor(ms));
  return out;
}

/**
 * Checks a rule set a person typed in; returns a Chinese message per bad field (empty when fine).
 *
 * @example
 * hoursRuleProblems({ ...DEFAULT_HOURS_RULES, roundingStepMinutes: 0 }) // => { roundingStepMinutes: '取整步长应为1至120分钟' }
 */
export function hoursRuleProblems(rules: HoursRuleSet): Partial<Record<keyof HoursRuleSet, string>> {
  const p: Partial<Record<keyof HoursRuleSet, string>> = {};
  const int = (n: number, lo: number, hi: number): boolean => Number.isInteger(n) && n >= lo && n <= hi;
  if (!int(rules.roundingStepMinutes, 1, 120)) p.roundingStepMinutes = '取整步长应为1至120分钟';
  if (!int(rules.minimumCreditMinutes, 0, 240)) p.minimumCreditMinutes = '最低计时应为0至240分钟';
  if (!int(rules.capPerSessionMinutes, 30, 1440)) p.capPerSessionMinutes = '单次上限应为30至1440分钟';
  if (!int(rules.capPerDayMinutes, 30, 1440)) p.capPerDayMinutes = '每日上限应为30至1440分钟';
  else if (rules.capPerDayMinutes < rules.capPerSessionMinutes)
    p.capPerDayMinutes = '每日上限不能小于单次上限';
  if (rules.minimumCreditMinutes > rules.capPerSessionMinutes)
    p.minimumCreditMinutes = '最低计时不能大于单次上限';
  const auto = rules.autoCloseAfterMinutes;
  if (auto !== undefined && !int(auto, 60, 1440)) p.autoCloseAfterMinutes = '自动签退时间应为60至1440分钟';
  return p;
}

/**
 * Credited minutes for one session under a rule set. Served time is whole minutes between sign-in and
 * sign-out (never negative; a sign-out before the sign-in credits nothing), split by center day so a
 * session across midnight is correct; each day's part is limited by what is left of that day's cap
 * (`creditedOnDay` gives minutes already credited to other sessions that day), then rounded down to the
 * step, lifted to the minimum credit, and capped per session. Caps always win over the minimum.
 *
 * @example
 * creditSession({ signInAt: t, signOutAt: t + 215 * 60_000, rules: DEFAULT_HOURS_RULES }).creditedMinutes // => 210
 * creditSession({ signInAt: t, signOutAt: t + 10 * 60_000, rules: DEFAULT_HOURS_RULES }).creditedMinutes // => 30
 */
export function creditSession(input: {
  signInAt: number;
  signOutAt: number;
  rules: HoursRuleSet;
  creditedOnDay?: (day: string) => number;
}): SessionCredit {
  const { signInAt, signOutAt, rules } = input;
  const already = input.creditedOnDay ?? (() => 0);
  const byDay = signOutAt > signInAt ? minutesByDay(signInAt, signOutAt) : new Map<string, number>();
  let served = 0;
  let allowed = 0;
  let room = 0;
  for (const [day, minutes] of byDay) {
    const left = Math.max(0, rules.capPerDayMinutes - Math.max(0, already(day)));
    served += minutes;
    allowed += Math.min(minutes, left);
    room += left;
  }
  if (served <= 0) return { servedMinutes: 0, creditedMinutes: 0, limitedBy: null, minimumApplied: false };
  const step = Math.max(1, Math.floor(rules.roundingStepMinutes));
  const rounded = Math.floor(allowed / step) * step;
  const lifted = Math.max(rounded, Math.max(0, rules.minimumCreditMinutes));
  const sessionCap = Math.max(0, rules.capPerSessionMinutes);
  const credited = Math.max(0, Math.min(lifted, sessionCap, room));
  let limitedBy: CreditLimit = null;
  if (credited < lifted) limitedBy = sessionCap < room ? 'session' : 'day';
  else if (allowed < served) limitedBy = 'day';
  return {
    servedMinutes: served,
    creditedMinutes: credited,
    limitedBy,
    minimumApplied: credited > rounded,
  };
}

/**
 * When a forgotten sign-out is closed: the sign-in plus the rule set's auto-close time (its session
 * cap when unset). Open records past this instant are closed at it and flagged for review.
 *
 * @example
 * autoCloseAt(signInAt, DEFAULT_HOURS_RULES) // => signInAt + 8 hours
 */
export function autoCloseAt(signInAt: number, rules: HoursRuleSet): number {
  return signInAt + (rules.autoCloseAfterMinutes ?? rules.capPerSessionMinutes) * MINUTE_MS;
}

/**
 * Minutes as the desk says them: '3.5 小时', '45 分钟' below an hour.
 *
 * @example
 * describeMinutes(210) // => '3.5 小时'
 * describeMinutes(45) // => '45 分钟'
 */
export function describeMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${hours} 小时`;
}
