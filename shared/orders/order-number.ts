/**
 * The `counters` key under which a year's 服务单 numbers are allocated.
 *
 * @example
 * orderCounterKey(2026) // => 'order-FW-2026'
 */
export function orderCounterKey(year: number): string {
  return `order-FW-${year}`;
}

/**
 * A 服务单号: FW, the year, and a five-digit sequence that restarts each year.
 *
 * @example
 * formatOrderNumber(2026, 12) // => 'FW2026-00012'
 */
export function formatOrderNumber(year: number, seq: number): string {
  return `FW${year}-${String(seq).padStart(5, '0')}`;
}
