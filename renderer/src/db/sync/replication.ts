import type { SyncCredential } from '@shared/ipc/contract';
import { isFatal } from './engine-status';
import { loadPouchDB, type Mirror, type MirrorBody } from './mirror';
import type { Replication } from './pouch-types';

/** The center's database this desk replicates with, and the desk's account there. */
export interface SyncRemote {
  /** The database's address, e.g. `http://10.0.0.2:5984/center-gulou`; never with the account in it. */
  url: string;
  credential: SyncCredential;
}

/** How one direction of replication stands: starting, connected, waiting to retry, or stopped for good. */
export type LinkState = 'connecting' | 'up' | 'offline' | 'stopped';

/** What live replication reports to the engine. */
export interface LinkEvents {
  state(direction: 'push' | 'pull', state: LinkState, error?: unknown): void;
  /** Documents written by one batch: to the center (push) or into the mirror (pull). */
  moved(direction: 'push' | 'pull'): void;
  /** The center refused one document the desk sent (its validator); replication goes on without it. */
  denied(error: unknown): void;
}

/**
 * The wait before the next retry: 1 s, then doubling up to a minute, so a center back after a long
 * outage is found within a minute without hammering it meanwhile.
 *
 * @example
 * [0, 1000, 32000, 60000].map(backOff) // => [1000, 2000, 60000, 60000]
 */
export const backOff = (delay: number): number => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000));

/** `Basic …` for an account; the password may hold any character, so it is sent as UTF-8. */
export function basicAuthorization({ username, password }: SyncCredential): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** The center's database, and a wait for the requests made to it that are still out. */
export interface CenterDb {
  db: Mirror;
  /** Settles once no request to the center is outstanding (PouchDB fires some it never waits for). */
  idle(): Promise<void>;
}

/**
 * The center's database over HTTP. The account goes in each request's Authorization header (through
 * the http adapter's `fetch` option), never in the address, so it never lands in a log or an error.
 */
export async function openRemote(remote: SyncRemote): Promise<CenterDb> {
  const PouchDB = await loadPouchDB();
  const authorization = basicAuthorization(remote.credential);
  const out = new Set<Promise<unknown>>();
  const send = (url: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', authorization);
    const request = { ...init, headers };
    const read = (init.method ?? 'GET') === 'GET';
    // A read on a kept-alive connection the center just closed fails at once; PouchDB does not catch
    // every such failure (its progress read of the center's info), so a read is tried once more.
    return fetch(url, request).catch((error: unknown) =>
      read ? fetch(url, request) : Promise.reject(error),
    );
  };
  const db = new PouchDB<MirrorBody>(remote.url, {
    fetch: (url, init) => {
      const answer = send(url, init);
      const settled = answer.then(noop, noop);
      out.add(settled);
      void settled.then(() => out.delete(settled));
      return answer;
    },
  });
  return {
    db,
    idle: async () => {
      while (out.size > 0) await Promise.all(out);
    },
  };
}

/**
 * How many changes each request of the center → mirror replication asks for (PouchDB's own
 * `batch_size`, 100 by default), and how many answered batches may wait to be written. Each batch is
 * fetched, written into the mirror in one transaction and checkpointed on both sides before the next:
 * a new desk's first pull of 126,000 volunteers took 139 s in batches of 1,000 and 105–114 s in batches
 * of 2,000 (fewer, larger IndexedDB transactions; peak heap +123 → +128–145 MB). At 5,000 the mirror
 * was done at 91 s but Dexie's pull fell behind it (136 s, +312 MB).
 */
export const PULL_BATCH = { batch_size: 2000, batches_limit: 10 } as const;

/**
 * Live two-way replication between the mirror and the center, retried with back-off; returns the stop,
 * which settles once both replications have wound down (no request of theirs outlives it). Push and pull
 * run as two replications so the status can tell what was last sent from what came in.
 */
export function replicateLive(
  mirror: Mirror,
  center: Mirror,
  events: LinkEvents,
  backOffBy: (delay: number) => number = backOff,
): () => Promise<void> {
  const options = { live: true, retry: true, back_off_function: backOffBy };
  const watch = (direction: 'push' | 'pull', r: Replication) =>
    r
      .on('active', () => events.state(direction, 'up'))
      .on('paused', (error) => events.state(direction, error ? 'offline' : 'up', error))
      .on('change', (info) => info.docs_written > 0 && events.moved(direction))
      .on('denied', (error) => events.denied(error))
      .on('error', (error) => events.state(direction, isFatal(error) ? 'stopped' : 'offline', error));
  const push = watch('push', mirror.replicate.to(center, options));
  const pull = watch('pull', mirror.replicate.from(center, { ...options, ...PULL_BATCH }));
  // A stopped replication rejects its promise (a 401, say): that is reported through `error` already.
  const ended = Promise.all([push, pull].map((r) => Promise.resolve(r).then(noop, noop)));
  return async () => {
    push.cancel();
    pull.cancel();
    await ended;
  };
}

const noop = (): void => undefined;
