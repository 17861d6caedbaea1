import { packServed, unpackServed, type ServedTally } from '@shared/stats/daily-totals';
import type { TableOf } from './rebuild';

/**
 * Rewrites every stored row of who served in the current packed format (the 'served-compact' upgrade).
 * Rows are rewritten, not recounted: the tallies keep the party membership and birth dates they were
 * counted with. A district holds ~13,000 day rows over five years, rewritten in place by one cursor per table.
 */
export async function repackServed(tableOf: TableOf): Promise<void> {
  for (const name of ['volunteerDays', 'volunteerMonths']) {
    await tableOf(name)
      .toCollection()
      .modify((row: { volunteers: string }, ref) => {
        ref.value = packServed(unpackServed<{ volunteers: ServedTally }>(row));
      });
  }
}
