import type { Measure } from '../measure';
import { firstPullOverHttp, pullRows, rawBulkPutMs } from '../sync-http';

const phase = (p: string) => ((globalThis as unknown as { benchPhase?: string }).benchPhase = p);

/**
 * Issue 15's first pull as a new desk meets it: `--pull` volunteers (126,000 by default) from the center
 * over HTTP, into a profile holding nothing else yet (run.mjs gives each scenario a fresh one). The raw
 * Dexie bulkPut of the same rows is measured after it, in the same origin, as its reference.
 * Needs the stand-in center run.mjs starts (`center`, `centerAdmin`); a page opened without one measures
 * nothing.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const url = params.get('center');
  if (!url) return [];
  const count = Number(params.get('pull') ?? '126000');
  const now = Date.now();
  const rows = pullRows(count, now, 'bench-http');

  phase('sync-pull-http: over HTTP');
  const measure = await firstPullOverHttp({ url, admin: params.get('centerAdmin') ?? '' }, rows);

  phase('sync-pull-http: reference');
  const rawMs = await rawBulkPutMs(`bench-http-raw-${now}`, rows);
  return [
    { ...measure, reference: { name: 'raw Dexie bulkPut of the same rows (after the pull)', ms: rawMs } },
  ];
}
