import { nextSentinel, withBackup, type Sentinel, type TableCounts } from '@shared/backup/sentinel';
import type { SnapshotInfo } from '@shared/ipc/contract';
import type { Repos } from '../../db';
import type { Platform } from '../../platform/types';

type SentinelPlatform = Pick<Platform, 'readSentinel' | 'writeSentinel'>;

// One update at a time: each one reads, changes and writes the whole record.
let chain: Promise<unknown> = Promise.resolve();

function serially<T>(run: () => Promise<T>): Promise<T> {
  const next = chain.then(run, run);
  chain = next.catch(() => undefined);
  return next;
}

/**
 * Records what the database holds now in the sentinel (counts, last write, deskId). Runs four `count()`s,
 * so it belongs on the automatic backup check, at start and after a restore, never on a hot path.
 * Resolves to the new sentinel, or null when the database has no deskId yet.
 */
export function recordDatabase(
  repos: Pick<Repos, 'deskFacts'>,
  platform: SentinelPlatform,
  now: number,
): Promise<Sentinel | null> {
  return serially(async () => {
    const [facts, previous] = await Promise.all([repos.deskFacts(), platform.readSentinel()]);
    if (facts.deskId === null) return null;
    const next = nextSentinel(previous, { ...facts, deskId: facts.deskId }, now);
    await platform.writeSentinel(next);
    return next;
  });
}

/** Records a successful automatic backup (its time and contents) in the sentinel. */
export function recordBackup(
  repos: Pick<Repos, 'deskFacts'>,
  platform: SentinelPlatform,
  saved: SnapshotInfo,
  backup: { appVersion: string; counts: TableCounts },
  now: number,
): Promise<Sentinel | null> {
  return serially(async () => {
    const [facts, previous] = await Promise.all([repos.deskFacts(), platform.readSentinel()]);
    if (facts.deskId === null) return null;
    const current = nextSentinel(previous, { ...facts, deskId: facts.deskId }, now);
    const next = withBackup(current, { name: saved.name, at: saved.at, ...backup });
    await platform.writeSentinel(next);
    return next;
  });
}
