import type { HoursRuleSet } from '../model/people';
import { dateKey, dayStartOf } from '../time/center-time';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * The rules a new desk starts with: served time rounded down to the half hour, no credit for a session
 * shorter than half an hour, at most 8 hours a session and 12 a day; a sign-in left open for 8 hours is
 * closed.
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
  /** Never more than the served minutes: service time is the time actually served. */
  creditedMinutes: number;
  limitedBy: CreditLimit;
  /** Served less than the rule set's minimum, so nothing was credited. */
  belowMinimum: boolean;
}

/**
 * Splits an interval into milliseconds per center calendar day, at the exact midnight instant, so a
 * session across midnight counts towards both days and rounding happens once, on the sum.
 *
 * @example
 * msByDay(Date.UTC(2026, 10, 22, 15, 0), Date.UTC(2026, 10, 22, 17, 0))
 * // => Map { '2026-11-22' => 3_600_000, '2026-11-23' => 3_600_000 } (23:00-01:00 in Beijing)
 */
export function msByDay(from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  let cursor = from;
  while (cursor < to) {
    const end = Math.min(to, dayStartOf(cursor) + DAY_MS);
    const key = dateKey(cursor);
    out.set(key, (out.get(key) ?? 0) + (end - cursor));
    cursor = end;
  }
  return out;
}

/**
 * How a session's credited minutes fall on the center days it spans, for the day cap of later sessions:
 * in proportion to the time served each day, in whole minutes that add up to the credit (the remainder
 * goes to the earliest days), and never more than was served on a day.
 *
 * @example
 * creditByDay(at('2026-11-22', '23:00'), at('2026-11-23', '07:00'), 480)
 * // => Map { '2026-11-22' => 60, '2026-11-23' => 420 }
 */
export function creditByDay(
  signInAt: number,
  signOutAt: number,
  creditedMinutes: number,
): Map<string, number> {
  const parts = [...msByDay(signInAt, signOutAt)];
  const total = parts.reduce((sum, [, ms]) => sum + ms, 0);
  const out = new Map<string, number>();
  if (total <= 0 || creditedMinutes <= 0) return out;
  let given = 0;
  for (const [day, ms] of parts) {
    const share = Math.floor((creditedMinutes * ms) / total);
    out.set(day, share);
    given += share;
  }
  for (const [day, ms] of parts) {
    if (given >= creditedMinutes) break;
    const room = Math.floor(ms / MINUTE_MS) - (out.get(day) ?? 0);
    const add = Math.min(Math.max(0, room), creditedMinutes - given);
    out.set(day, (out.get(day) ?? 0) + add);
    given += add;
  }
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
  const repeat = rules.repeatScanSeconds;
  if (repeat !== undefined && !int(repeat, 0, 600)) p.repeatScanSeconds = '重复扫码间隔应为0至600秒';
  return p;
}

/**
 * Credited minutes for one session under a rule set. Served time is the exact time between sign-in and
 * sign-out (never negative; a sign-out before the sign-in credits nothing), split by center day at the
 * midnight instant so a session across midnight is correct; each day's part is limited by what is left of
 * that day's cap (`creditedOnDay` gives minutes already credited to other sessions that day), the sum is
 * rounded down to whole minutes once, then down to the step, and capped per session. A session shorter
 * than the minimum credits nothing: the credit never exceeds the time served.
 *
 * @example
 * creditSession({ signInAt: t, signOutAt: t + 215 * 60_000, rules: DEFAULT_HOURS_RULES }).creditedMinutes // => 210
 * creditSession({ signInAt: t, signOutAt: t + 10 * 60_000, rules: DEFAULT_HOURS_RULES }).creditedMinutes // => 0
 */
export function creditSession(input: {
  signInAt: number;
  signOutAt: number;
  rules: HoursRuleSet;
  creditedOnDay?: (day: string) => number;
}): SessionCredit {
  const { signInAt, signOutAt, rules } = input;
  const already = input.creditedOnDay ?? (() => 0);
  const byDay = signOutAt > signInAt ? msByDay(signInAt, signOutAt) : new Map<string, number>();
  let servedMs = 0;
  let allowedMs = 0;
  for (const [day, ms] of byDay) {
    const leftMs = Math.max(0, rules.capPerDayMinutes - Math.max(0, already(day))) * MINUTE_MS;
    servedMs += ms;
    allowedMs += Math.min(ms, leftMs);
  }
  const served = Math.floor(servedMs / MINUTE_MS);
  if (served <= 0) return { servedMinutes: 0, creditedMinutes: 0, limitedBy: null, belowMinimum: false };
  if (served < Math.max(0, rules.minimumCreditMinutes))
    return { servedMinutes: served, creditedMinutes: 0, limitedBy: null, belowMinimum: true };
  const allowed = Math.floor(allowedMs / MINUTE_MS);
  const step = Math.max(1, Math.floor(rules.roundingStepMinutes));
  const rounded = Math.floor(allowed / step) * step;
  const credited = Math.max(0, Math.min(rounded, rules.capPerSessionMinutes));
  let limitedBy: CreditLimit = null;
  if (credited < rounded) limitedBy = 'session';
  else if (allowed < served) limitedBy = 'day';
  return { servedMinutes: served, creditedMinutes: credited, limitedBy, belowMinimum: false };
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
