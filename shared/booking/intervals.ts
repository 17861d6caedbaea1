/**
 * A half-open span of time [start, end) in epoch milliseconds. Back-to-back spans do not overlap.
 *
 * @example
 * const morning: Interval = { start: 0, end: 3_600_000 };
 */
export interface Interval {
  start: number;
  end: number;
}

/**
 * True when two half-open spans share any instant (touching ends do not).
 *
 * @example
 * overlaps({ start: 0, end: 10 }, { start: 10, end: 20 }) // => false
 * overlaps({ start: 0, end: 11 }, { start: 10, end: 20 }) // => true
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Sorts and merges spans so none overlap or touch; empty spans are dropped.
 *
 * @example
 * mergeIntervals([{ start: 5, end: 9 }, { start: 0, end: 5 }]) // => [{ start: 0, end: 9 }]
 */
export function mergeIntervals(spans: readonly Interval[]): Interval[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Total length of the union of spans, each instant counted once.
 *
 * @example
 * unionLength([{ start: 0, end: 10 }, { start: 5, end: 15 }]) // => 15
 */
export function unionLength(spans: readonly Interval[]): number {
  return mergeIntervals(spans).reduce((sum, s) => sum + s.end - s.start, 0);
}

/**
 * The parts of `spans` that lie inside `within` (both may be unsorted).
 *
 * @example
 * intersectIntervals([{ start: 0, end: 10 }], [{ start: 5, end: 20 }]) // => [{ start: 5, end: 10 }]
 */
export function intersectIntervals(spans: readonly Interval[], within: readonly Interval[]): Interval[] {
  const a = mergeIntervals(spans);
  const b = mergeIntervals(within);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i += 1;
    else j += 1;
  }
  return out;
}

/**
 * The parts of `spans` not covered by `minus`.
 *
 * @example
 * subtractIntervals([{ start: 0, end: 10 }], [{ start: 3, end: 5 }]) // => [{ start: 0, end: 3 }, { start: 5, end: 10 }]
 */
export function subtractIntervals(spans: readonly Interval[], minus: readonly Interval[]): Interval[] {
  const cuts = mergeIntervals(minus);
  const out: Interval[] = [];
  for (const s of mergeIntervals(spans)) {
    let cursor = s.start;
    for (const c of cuts) {
      if (c.end <= cursor || c.start >= s.end) continue;
      if (c.start > cursor) out.push({ start: cursor, end: c.start });
      cursor = Math.max(cursor, c.end);
    }
    if (cursor < s.end) out.push({ start: cursor, end: s.end });
  }
  return out;
}
