import type { StarLadderSetting } from '../model/people';

/**
 * Hours per star, one to five: the common national ladder and Beijing's.
 *
 * @example
 * STAR_LADDERS.national // => [100, 300, 600, 1000, 1500]
 */
export const STAR_LADDERS = {
  national: [100, 300, 600, 1000, 1500],
  beijing: [100, 200, 500, 800, 1000],
} as const satisfies Record<'national' | 'beijing', readonly number[]>;

/**
 * Display names of the ladders for the settings page.
 *
 * @example
 * STAR_LADDER_NAMES.beijing // => '北京标准（100/200/500/800/1000 小时）'
 */
export const STAR_LADDER_NAMES: Record<StarLadderSetting['kind'], string> = {
  national: '全国通行标准（100/300/600/1000/1500 小时）',
  beijing: '北京标准（100/200/500/800/1000 小时）',
  custom: '自定义',
};

/**
 * The setting a new desk starts with.
 *
 * @example
 * DEFAULT_STAR_LADDER.kind // => 'national'
 */
export const DEFAULT_STAR_LADDER: StarLadderSetting = { kind: 'national', customHours: [] };

const STAR_WORDS = ['一', '二', '三', '四', '五'] as const;

/**
 * The hour thresholds a setting stands for.
 *
 * @example
 * ladderHours({ kind: 'custom', customHours: [50, 150] }) // => [50, 150]
 */
export function ladderHours(setting: StarLadderSetting): readonly number[] {
  return setting.kind === 'custom' ? setting.customHours : STAR_LADDERS[setting.kind];
}

/**
 * Checks custom thresholds: one to five positive whole hours, strictly ascending. Null when fine.
 *
 * @example
 * customLadderProblem([100, 50]) // => '各星级小时数应逐级递增'
 */
export function customLadderProblem(hours: readonly number[]): string | null {
  if (hours.length < 1 || hours.length > 5) return '请填写一至五个星级的小时数';
  if (hours.some((h) => !Number.isInteger(h) || h <= 0)) return '星级小时数应为正整数';
  if (hours.some((h, i) => i > 0 && h <= (hours[i - 1] ?? 0))) return '各星级小时数应逐级递增';
  return null;
}

/**
 * Where someone stands on a ladder. Worded as meeting a standard ("已达三星标准"), never as an award:
 * stars are granted by volunteer associations on application, a desk only shows progress.
 *
 * @example
 * const p: StarProgress = starProgress(650 * 60, STAR_LADDERS.national);
 */
export interface StarProgress {
  stars: number;
  /** e.g. '已达三星标准', or '尚未达到一星标准'. */
  label: string;
  /** The next star, or null at the top of the ladder. */
  next: { stars: number; hours: number; remainingMinutes: number; label: string } | null;
  /** 0..1 progress from the current threshold to the next (1 at the top). */
  ratio: number;
}

/**
 * The standard a star count is worded as.
 *
 * @example
 * starLabel(3) // => '已达三星标准'
 */
export function starLabel(stars: number): string {
  if (stars <= 0) return '尚未达到一星标准';
  return `已达${STAR_WORDS[Math.min(stars, 5) - 1] ?? ''}星标准`;
}

/**
 * Progress on a ladder for a number of confirmed minutes.
 *
 * @example
 * starProgress(650 * 60, STAR_LADDERS.national).label // => '已达三星标准'
 * starProgress(650 * 60, STAR_LADDERS.national).next?.remainingMinutes // => 350 * 60
 */
export function starProgress(confirmedMinutes: number, hours: readonly number[]): StarProgress {
  const minutes = Math.max(0, confirmedMinutes);
  const stars = hours.filter((h) => minutes >= h * 60).length;
  const nextHours = hours[stars];
  if (nextHours === undefined) return { stars, label: starLabel(stars), next: null, ratio: 1 };
  const fromMinutes = (hours[stars - 1] ?? 0) * 60;
  return {
    stars,
    label: starLabel(stars),
    next: {
      stars: stars + 1,
      hours: nextHours,
      remainingMinutes: nextHours * 60 - minutes,
      label: `${STAR_WORDS[stars] ?? ''}星标准`,
    },
    ratio: (minutes - fromMinutes) / (nextHours * 60 - fromMinutes),
  };
}

/**
 * The star standard newly reached when confirmed minutes grow from `before` to `after`, for the notice
 * at sign-out; null when no threshold was crossed.
 *
 * @example
 * crossedStar(95 * 60, 101 * 60, STAR_LADDERS.national) // => 1
 * crossedStar(101 * 60, 120 * 60, STAR_LADDERS.national) // => null
 */
export function crossedStar(before: number, after: number, hours: readonly number[]): number | null {
  const a = starProgress(before, hours).stars;
  const b = starProgress(after, hours).stars;
  return b > a ? b : null;
}
