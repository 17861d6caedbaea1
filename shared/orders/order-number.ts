/**
 * The `counters` key under which a year's 服务单 numbers are allocated.
 *
 * @example
 * orderCounterKey(2026) // => 'order-FW-2026'
 * orderCounterKey(2026, 'B') // => 'order-FW-2026-B'
 */
export function orderCounterKey(year: number, mark = ''): string {
  return `order-FW-${year}${mark ? `-${mark}` : ''}`;
}

/**
 * A 服务单号: FW, the year, and a five-digit sequence that restarts each year, after a syncing desk's code.
 *
 * @example
 * formatOrderNumber(2026, 12) // => 'FW2026-00012'
 * formatOrderNumber(2026, 12, 'B') // => 'FW2026-B00012'
 */
export function formatOrderNumber(year: number, seq: number, mark = ''): string {
  return `FW${year}-${mark}${String(seq).padStart(5, '0')}`;
}
