import { liveQuery } from 'dexie';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { statusStore, syncErrorMessage, type SyncStatus } from './engine-status';
import { openMirror, type Mirror, type MirrorAdapter } from './mirror';
import { pull, pulledSince } from './pull';
import { pump } from './pump';
import { reconcile } from './reconcile';
import { keepRefusal } from './refusal';
import { openRemote, replicateLive, type CenterDb, type LinkState, type SyncRemote } from './replication';
import { syncRepo } from './sync-repo';

export type { SyncRemote } from './replication';
export { IDLE_STATUS, type SyncState, type SyncStatus, type TableDrift } from './engine-status';

/** What the engine needs: the desk's database and context, the mirror's storage, the center. */
export interface SyncEngineOptions {
  db: DeskDatabase;
  ctx: WriteContext;
  /** The mirror's PouchDB adapter: IndexedDB in the app (idbAdapter), memory in node tests. */
  adapter?: () => Promise<MirrorAdapter>;
  remote: SyncRemote;
  /** This desk's name as staff set it, carried with its writes (see PumpOptions.deskName). */
  deskName?: string;
  /** The clock for the status's times (defaults to the context's). */
  now?: () => number;
  /** The safety-net cycle, should a trigger be missed (default 30 s). */
  cycleEveryMs?: number;
  /** Between reconciliations (default daily). */
  reconcileEveryMs?: number;
  /** Replication's retry delays (default: 1 s doubling to 60 s; see backOff). */
  backOff?: (delay: number) => number;
}

/** The desk's sync engine: replication with the center, and the cycles that move changes to and from Dexie. */
export interface SyncEngine {
  /**
   * Opens the mirror and starts. Sync must be on (syncRepo.setEnabled) so every change queues. `paused`
   * opens it already paused (staff paused it before a restart): nothing is exchanged until resume.
   */
  start(options?: { paused?: boolean }): Promise<void>;
  /** Stops replication and cycles; changes made meanwhile still queue, to be sent on resume. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Stops everything and closes the mirror; the status returns to 未设置. */
  stop(): Promise<void>;
  snapshot(): SyncStatus;
  /** Calls `listener` with each new status; returns the unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
}

const DAY = 24 * 60 * 60 * 1000;
/** Reconciliations retried when the mirror received changes the pull had not taken in yet. */
const SETTLE_TRIES = 3;

/**
 * Creates the engine. One cycle is a pump, then a pull: the pull recognises this desk's own writes by
 * the revisions the pump recorded, so the order is fixed and two cycles never overlap. A cycle runs when
 * the outbox changes, when the mirror's changes feed reports a change (replication brought one in), and
 * on a timer; reconciliation runs inside a cycle (at start, then daily), so no pull is half applied then.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, ctx, remote } = options;
  const now = options.now ?? (() => ctx.now());
  const status = statusStore();
  const links: Record<'push' | 'pull', { state: LinkState; error?: unknown }> = {
    push: { state: 'connecting' },
    pull: { state: 'connecting' },
  };
  let mirror: Mirror | null = null;
  let center: CenterDb | null = null;
  let running = false;
  let cycling: Promise<void> | null = null;
  let again = false;
  /** The last cycle failed: its error shows until one succeeds. */
  let cycleFailed = false;
  let reconcileDue = 0;
  let abort = new AbortController();
  const stopsWhileRunning: (() => unknown)[] = [];
  const stopsWhileStarted: (() => void)[] = [];

  /** The state the two replications make together: the worse of them. */
  function showLinks(): void {
    if (!running) return;
    const states = [links.push, links.pull];
    const worst =
      states.find((l) => l.state === 'stopped') ??
      states.find((l) => l.state === 'offline') ??
      states.find((l) => l.state === 'connecting');
    if (!worst) return status.set({ state: '已连接', error: null });
    const state = { stopped: '出错', offline: '离线', connecting: '连接中', up: '已连接' } as const;
    status.set({
      state: state[worst.state],
      error: worst.state === 'connecting' ? null : syncErrorMessage(worst.error),
    });
  }

  async function reconcileNow(m: Mirror): Promise<void> {
    const drift = await reconcile(db, m);
    const since = await pulledSince(db);
    const unpulled = (await m.changes({ since, limit: 1 })).results.length > 0;
    // Changes replication brought in after the pull differ from Dexie only until the next cycle.
    if (drift.length > 0 && unpulled && reconcileDue > 1) {
      reconcileDue -= 1;
      again = true;
      return;
    }
    reconcileDue = 0;
    status.set({ drift, reconciledAt: now() });
  }

  async function cycle(m: Mirror): Promise<void> {
    const { signal } = abort;
    try {
      await pump(db, ctx, m, { signal, deskName: options.deskName });
      await pull(db, ctx, m, { signal });
      if (reconcileDue > 0 && !signal.aborted) await reconcileNow(m);
      if (cycleFailed) {
        cycleFailed = false;
        showLinks();
      }
    } catch (error) {
      cycleFailed = true;
      const message = error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '';
      status.set({ error: message || '本机同步出错，稍后自动重试' });
    }
  }

  /** Runs a cycle now, or once more after the one under way: never two at once. */
  function kick(): void {
    if (!running || !mirror) return;
    if (cycling) {
      again = true;
      return;
    }
    const m = mirror;
    cycling = (async () => {
      do {
        again = false;
        await cycle(m);
      } while (again && running);
    })().finally(() => (cycling = null));
  }

  function run(m: Mirror, { db: c, idle }: CenterDb): void {
    running = true;
    abort = new AbortController();
    links.push = { state: 'connecting' };
    links.pull = { state: 'connecting' };
    status.set({ state: '连接中', error: null });
    stopsWhileRunning.push(
      replicateLive(
        m,
        c,
        {
          state: (direction, state, error) => {
            links[direction] = { state, error };
            showLinks();
          },
          moved: (direction) =>
            status.set(direction === 'push' ? { lastSentAt: now() } : { lastReceivedAt: now() }),
          denied: (error) => {
            keepRefusal(db, ctx, m, c, error).then(
              (refusal) => status.set({ refusal }),
              () => status.set({ error: '中心拒绝了一条修改，本机未能记下它，请重新开始同步' }),
            );
          },
        },
        options.backOff,
      ),
    );
    const feed = m.changes({ since: 'now', live: true }).on('change', kick);
    const timer = setInterval(kick, options.cycleEveryMs ?? 30_000);
    stopsWhileRunning.push(
      () => feed.cancel(),
      () => clearInterval(timer),
    );
    stopsWhileRunning.push(idle);
    kick();
  }

  async function halt(): Promise<void> {
    running = false;
    abort.abort();
    // In order: replication winds down before the wait for its last requests to the center.
    for (const stop of stopsWhileRunning.splice(0)) await stop();
    await cycling;
  }

  return {
    async start({ paused = false } = {}) {
      if (mirror) return;
      if (!syncRepo(db, ctx).isOn()) throw new Error('同步未开启：先开启同步，本机的修改才会排队发送');
      [mirror, center] = await Promise.all([openMirror(db.name, options.adapter), openRemote(remote)]);
      const counts = liveQuery(async () => ({
        queued: await db.outbox.count(),
        conflicts: await db.syncConflicts.filter((c) => c.resolvedAt === null).count(),
      })).subscribe({
        next: (counts) => {
          status.set(counts);
          kick();
        },
        error: () => status.set({ error: '读不到本机的同步队列，请重新打开软件' }),
      });
      const daily = setInterval(() => {
        reconcileDue = SETTLE_TRIES;
        kick();
      }, options.reconcileEveryMs ?? DAY);
      stopsWhileStarted.push(
        () => counts.unsubscribe(),
        () => clearInterval(daily),
      );
      reconcileDue = SETTLE_TRIES;
      if (paused) status.set({ state: '已暂停', error: null });
      else run(mirror, center);
    },
    async pause() {
      if (!mirror || !running) return;
      await halt();
      status.set({ state: '已暂停', error: null });
    },
    async resume() {
      if (!mirror || !center || running) return;
      run(mirror, center);
    },
    async stop() {
      await halt();
      for (const stop of stopsWhileStarted.splice(0)) stop();
      await Promise.all([mirror?.close(), center?.db.close()]);
      mirror = center = null;
      status.reset();
    },
    snapshot: () => status.snapshot(),
    subscribe: (listener) => status.subscribe(listener),
  };
}
