import type { Volunteer } from '@shared/model';
import { createDatabase, openDatabase, systemContext } from '../../../renderer/src/db';
import { openMirror, type Mirror, type MirrorBody } from '../../../renderer/src/db/sync/mirror';
import type { ChangesPage } from '../../../renderer/src/db/sync/pouch-types';
import { PULL_ROUND, pull } from '../../../renderer/src/db/sync/pull';
import { syncRepo } from '../../../renderer/src/db/sync/sync-repo';
import type { Measure } from '../measure';
import { firstPullTarget, pullRows, pumpedDocs, rawBulkPutMs } from '../sync-http';
import { loopbackMeasure } from '../sync-loopback';

const phase = (p: string) => ((globalThis as unknown as { benchPhase?: string }).benchPhase = p);

/** Documents per bulkDocs call while filling the mirror: setup, sized to keep each IDB transaction short. */
const FILL_CHUNK = 2000;

/** The origin's storage use in bytes, read after a pause: Chromium's quota figures lag the last commit. */
async function usage(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return (await navigator.storage.estimate()).usage ?? Number.NaN;
}

/** Fills `mirror` with the rows as the pump writes them. */
async function fillMirror(mirror: Mirror, rows: readonly Volunteer[], at: number): Promise<void> {
  for (let i = 0; i < rows.length; i += FILL_CHUNK) {
    const docs = pumpedDocs(rows.slice(i, i + FILL_CHUNK), at);
    const answers = await mirror.bulkDocs(docs);
    const failed = answers.find((a) => !('ok' in a && a.ok));
    if (failed) throw new Error(`mirror fill: ${JSON.stringify(failed)}`);
  }
}

/** Documents read at a time by compactInPages. */
const COMPACT_PAGE = 1000;

/** The changes feed with every leaf's revision (`style: 'all_docs'`): not on the desk's Mirror type. */
interface LeafFeed {
  changes(options: { since: number | string; limit: number; style: 'all_docs' }): Promise<{
    results: { id: string; changes: { rev: string }[] }[];
    last_seq: number | string;
  }>;
  compactDocument(id: string, maxHeight: number): Promise<unknown>;
}

/**
 * What PouchDB's compact() does, a page at a time, for the documents that have something to drop. Its
 * own compact() reads the whole feed and starts a revision-tree read and a read-write transaction for
 * every document at once, even one whose only revision is its first: at 126,000 documents Chromium's
 * browser process was still at full CPU, without a write to disk, 17 minutes later, when it was stopped.
 * A document whose every leaf is a first revision holds no older body, so it is left alone.
 * `compactDocument(id, 0)` is what compact() runs per document (the app never compacts yet).
 */
async function compactInPages(mirror: Mirror): Promise<void> {
  const core = mirror as unknown as LeafFeed;
  for (let since: number | string = 0; ;) {
    const feed = await core.changes({ since, limit: COMPACT_PAGE, style: 'all_docs' });
    if (feed.results.length === 0) break;
    const older = feed.results.filter((r) => r.changes.some((c) => !c.rev.startsWith('1-')));
    await Promise.all(older.map((r) => core.compactDocument(r.id, 0)));
    since = feed.last_seq;
  }
}

/**
 * Issue 15's scale targets for sync: a desk's first pull of the district's volunteers from its mirror into
 * Dexie (≤ 120 s at 126,000; the raw bulkPut of the same rows is the floor), the disk the mirror adds
 * (≤ 1.6× Dexie alone), and a change at one desk reaching another (≤ 2 s). `--pull=20000` sets the size,
 * `--loops=10` the loopback rounds. The same rows pulled from a center over HTTP: sync-pull-http.ts.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const count = Number(params.get('pull') ?? '126000');
  const now = Date.now();
  const ctx = systemContext('bench-pull');
  const rows = pullRows(count, now, ctx.deskId);

  // Measured from an origin with nothing of this scenario's yet: usage deltas, not totals, are compared.
  phase('sync-pull: baseline');
  const before = await usage();
  const rawMs = await rawBulkPutMs(`bench-pull-raw-${now}`, rows);
  const dexieOnly = (await usage()) - before;

  phase('sync-pull: fill mirror');
  const name = `bench-pull-desk-${now}`;
  const db = createDatabase(name);
  await openDatabase(db);
  await syncRepo(db, ctx).setEnabled(true);
  const mirror = await openMirror(name);
  const afterDexie = await usage();
  let t = performance.now();
  await fillMirror(mirror, rows, now);
  // The mirror's own write cost, with no network and no Dexie: what any center → mirror replication pays.
  const fillMs = performance.now() - t;

  phase('sync-pull: pull');
  const from = Date.now();
  t = performance.now();
  const pulled = await pull(db, ctx, mirror);
  const pullMs = performance.now() - t;
  const to = Date.now();
  const inDexie = await db.volunteers.count();
  if (inDexie !== count || pulled.applied !== count)
    throw new Error(`pull: ${inDexie} volunteers in Dexie, ${pulled.applied} applied, expected ${count}`);

  // The same feed read again, nothing applied: splits the pull into PouchDB's part and Dexie's.
  t = performance.now();
  for (let since: number | string = 0; ;) {
    const feed: ChangesPage<MirrorBody> = await mirror.changes({
      since,
      limit: PULL_ROUND,
      include_docs: true,
      conflicts: true,
    });
    if (feed.results.length === 0) break;
    since = feed.last_seq;
  }
  const feedMs = performance.now() - t;

  phase('sync-pull: compact');
  await compactInPages(mirror);
  const end = await usage();
  const desk = end - afterDexie;
  await mirror.close();
  db.close();

  const rate = Math.round(count / (pullMs / 1000));
  const atFull = (126_000 / rate).toFixed(0);
  const mb = (b: number) => `${(b / 1_048_576).toFixed(1)} MB`;
  const measures: Measure[] = [
    {
      name: `mirror write of ${count.toLocaleString('en')} volunteers, PouchDB bulkDocs (the pull's first leg without the network)`,
      ms: fillMs,
      reference: { name: 'raw Dexie bulkPut of the same rows', ms: rawMs },
      targetRatio: null,
      note:
        `126,000 at this rate: ${((fillMs / count) * 126).toFixed(0)} s; the desk's mirror (PouchDB, ` +
        `pouchdb-adapter-idb) in bulkDocs of ${FILL_CHUNK}; replication writes the same documents in batches ` +
        'of its own, after asking which revisions the mirror lacks',
    },
    {
      name: `first pull of ${count.toLocaleString('en')} volunteers, mirror → Dexie (target ≤ 120 s at 126,000)`,
      ms: pullMs,
      reference: { name: 'raw Dexie bulkPut of the same rows', ms: rawMs },
      targetRatio: null,
      ...firstPullTarget(count),
      note:
        `${rate.toLocaleString('en')} rows/s (126,000 at this rate: ${atFull} s); app's pull(), batch ${PULL_ROUND}, ` +
        'IndexedDB mirror filled by bulkDocs beforehand; the network leg (center → mirror over HTTP) is not in it; ' +
        `reading the mirror's changes feed alone (same pages): ${(feedMs / 1000).toFixed(1)} s`,
      heapWindow: { from, to },
    },
    {
      name: `disk, Dexie + compacted mirror vs Dexie alone, ${count.toLocaleString('en')} volunteers (target ≤ 1.6×)`,
      ms: desk,
      reference: { name: 'Dexie alone (bytes)', ms: dexieOnly },
      targetRatio: 1.6,
      note:
        `bytes, not ms: ${mb(desk)} vs ${mb(dexieOnly)} (origin grew ${mb(end - before)} in all); ` +
        'navigator.storage.estimate() deltas in one origin: a raw Dexie database first (Dexie alone), then the ' +
        'synced desk (rows + syncMeta) and its mirror after compact(). Rough: all databases share one LevelDB, ' +
        'which compacts its log lazily, so the second delta can be understated by the first one shrinking',
    },
  ];
  phase('sync-pull: loopback');
  measures.push(await loopbackMeasure(Number(params.get('loops') ?? '10')));
  return measures;
}
