import { formatAuditTime } from './describe';

/**
 * The chain cannot show entries cut from its end: the last one left still verifies. The sentinel kept
 * outside the database remembers the newest write it saw, so a log that now ends earlier lost its tail.
 * Returns the Chinese warning, or null when the log reaches as far as the sentinel saw.
 *
 * @example
 * describeMissingTail({ sentinelLastWriteAt: Date.UTC(2026, 10, 22, 2, 0), logLatestAt: Date.UTC(2026, 10, 22, 1, 0) })
 * // => '本机在 2026-11-22 10:00 记录到过操作，但操作记录最新的一条停在 2026-11-22 09:00：最新的若干条记录可能已被删除。'
 */
export function describeMissingTail(input: {
  sentinelLastWriteAt: number | null;
  logLatestAt: number | null;
}): string | null {
  const { sentinelLastWriteAt: seen, logLatestAt: latest } = input;
  if (seen === null || (latest !== null && latest >= seen)) return null;
  const stop = latest === null ? '操作记录是空的' : `操作记录最新的一条停在 ${formatAuditTime(latest)}`;
  return `本机在 ${formatAuditTime(seen)} 记录到过操作，但${stop}：最新的若干条记录可能已被删除。`;
}
