import { createDatabase, openDatabase } from '../../../renderer/src/db';
import {
  buildDistrict,
  countDistrict,
  countMismatches,
  DISTRICT_TABLES,
  type DistrictTable,
} from '../district';
import type { Measure } from '../measure';

/** What each step writes besides its own table, for the row names. */
const ALSO: Partial<Record<DistrictTable, string>> = {
  activities: ' with their volunteers’ hours (service records)',
  orders: ' through 点单—派单—接单—评单 (one service record each at 结项)',
};

/**
 * The district dataset of issue 14, built through the app's repositories in a fresh database at
 * `--scale=` (1 = district, the default with `--only=district`; `--quick` uses 0.005). Rows: the time to build each table, the total, and
 * a check row that counts every table and throws when a count is off. The build itself is not judged
 * (no target): it tells how long seeding a district through the real write paths takes.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  // A full build takes tens of minutes on 2 cores; a whole-bench run (no --only, no --scale) would
  // spend most of its 30-minute page limit on it, so it runs only when asked for.
  if (!params.has('scale') && !params.get('only'))
    return [
      {
        name: 'district build: not run in a whole-bench run (`npm run bench -- --only=district`, or --scale=)',
        ms: 0,
        reference: null,
        targetRatio: null,
      },
    ];
  const scale = Number(params.get('scale') ?? '1');
  const phase = (p: string) => {
    (globalThis as unknown as { benchPhase?: string }).benchPhase = p;
  };
  const db = createDatabase(`bench-district-${Date.now()}`);
  await openDatabase(db);
  const t0 = performance.now();
  // A fixed instant, not Date.now(): two runs build the same rows.
  const built = await buildDistrict(db, { now: Date.UTC(2026, 11, 1, 2), seed: 14, scale, onPhase: phase });
  const total = performance.now() - t0;
  phase('district: counting');
  const counted = await countDistrict(db);
  db.close();
  const wrong = countMismatches(counted, built.sizes);
  if (wrong.length > 0) throw new Error(`district build is incomplete: ${wrong.join(', ')}`);
  const rows: Measure[] = DISTRICT_TABLES.flatMap((table) => {
    const ms = built.ms[table];
    if (ms === undefined) return [];
    return [
      {
        name: `district build (scale ${scale}): ${built.sizes[table].toLocaleString('en')} ${table}${ALSO[table] ?? ''}`,
        ms,
        reference: null,
        targetRatio: null,
        note: `${((built.sizes[table] / ms) * 1000).toFixed(0)} rows/s`,
      },
    ];
  });
  rows.push({
    name: `district build (scale ${scale}): total through the repositories`,
    ms: total,
    reference: null,
    targetRatio: null,
  });
  rows.push({
    name: `district build (scale ${scale}): counts check (${DISTRICT_TABLES.map((t) => `${t} ${counted[t].toLocaleString('en')}`).join(', ')})`,
    ms: 0,
    reference: null,
    targetRatio: null,
    note: 'every table holds the asked number of rows',
  });
  return rows;
}
