import type { SyncCredential } from '@shared/ipc/contract';
import type { SyncCenter } from '@shared/model';
import { deskCodeTakenMessage, type DeskCodeEntry } from '@shared/sync/desk-codes';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { settingsRepo } from '../repos/settings';
import type { DistrictLink } from './district-link';
import { conflictsRepo, type ConflictsRepo } from './conflicts-repo';
import { claimDeskCode, DeskCodeTakenError } from './desk-codes';
import type { SyncEngine, SyncEngineOptions } from './engine';
import { statusStore, type SyncStatus } from './engine-status';
import { figuresSchedule } from './figures-schedule';
import { syncRepo } from './sync-repo';

/** Where the desk's center password is kept (the platform's credential store). */
export interface SyncCredentials {
  readSyncCredential(): Promise<SyncCredential | null>;
  writeSyncCredential(credential: SyncCredential | null): Promise<void>;
}

/** What 设置 → 同步 shows in its form: the saved center, whether a password is saved, whether sync is on. */
export interface SyncSetup {
  center: SyncCenter | null;
  passwordSaved: boolean;
  enabled: boolean;
}

/** The desk-wide sync service: the engine's lifecycle and the settings behind it. */
export interface DeskSync {
  /** At boot, before any write: queues changes again if sync was on when the desk last ran. */
  boot(): Promise<void>;
  setup(): Promise<SyncSetup>;
  /** Starts the engine when sync is on and a center and password are saved; otherwise does nothing. */
  connect(): Promise<void>;
  /** Saves the center (audited) and password, turns sync on and (re)connects. An empty password keeps the saved one. */
  save(center: SyncCenter, password: string): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Turns sync off (audited): the desk works alone from now on; changes already queued are kept. */
  stopSync(): Promise<void>;
  /** Stops the engine only (sign-out, closing): sync stays on and the next connect starts it again. */
  close(): Promise<void>;
  snapshot(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** 同步冲突: the open conflicts and their resolution (works whether or not the engine runs). */
  conflicts: ConflictsRepo;
  /** The district's databases with this desk's account, or null while no center and password are saved. */
  district(): Promise<DistrictLink | null>;
}

export interface DeskSyncOptions {
  db: DeskDatabase;
  ctx: WriteContext;
  credentials: SyncCredentials;
  /** Passed to the engine: the memory adapter and quick retries in tests; the defaults in the app. */
  engine?: Pick<SyncEngineOptions, 'adapter' | 'backOff' | 'cycleEveryMs' | 'now'>;
}

/** Shown when the engine could not even start (PouchDB failed to load, the mirror would not open). */
const START_FAILED = '同步没能启动，请检查中心地址后点“保存并连接”重试';

/**
 * Creates the service. The engine (and PouchDB with it) is loaded by dynamic import only when a center
 * is set and sync is on, so a desk that works alone never downloads it. Operations run one at a time:
 * a sign-out's stop and the next sign-in's start never interleave.
 */
export function createDeskSync(options: DeskSyncOptions): DeskSync {
  const { db, ctx, credentials } = options;
  const settings = settingsRepo(db, ctx);
  const sync = syncRepo(db, ctx);
  const status = statusStore();
  let engine: SyncEngine | null = null;
  let unsubscribe: () => void = () => undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let backlog: AbortController | null = null;
  const conflicts = conflictsRepo(db, ctx);

  /**
   * Without an engine (sync stopped, signed out, never connected) nothing keeps the status's conflict
   * count: it is read here instead, so 设置 → 同步 never says 0 while conflicts wait to be resolved.
   */
  async function recount(): Promise<void> {
    if (!engine) status.set({ conflicts: await conflicts.countOpen() });
  }
  let stopPublishing: () => void = () => undefined;

  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const run = chain.then(op);
    chain = run.catch(() => undefined);
    return run;
  };

  /**
   * Queues, beside the running engine, the rows sync never sent (the data from before it was turned on,
   * the changes of the time it was stopped). Cut short by a stop, it runs again at the next start: the
   * setting that asks for it is cleared only when it finished.
   */
  function sendBacklog(): void {
    if (backlog) return;
    const control = new AbortController();
    backlog = control;
    const onProgress = (done: number, total: number) => status.set({ backlog: { done, total } });
    void (async () => {
      const since = await sync.backlogSince();
      if (since === null) return;
      await sync.queueBacklog(since, { signal: control.signal, onProgress });
      if (!control.signal.aborted) await sync.backlogQueued();
    })()
      .catch(() => undefined)
      .finally(() => {
        if (backlog !== control) return;
        backlog = null;
        status.set({ backlog: null });
      });
  }

  /** One link per saved center and account: it keeps the district's database names once read. */
  let linked: { key: string; link: DistrictLink } | null = null;
  async function linkFor(center: SyncCenter, password: string): Promise<DistrictLink> {
    const key = JSON.stringify([center.url, center.username, password]);
    if (linked?.key === key) return linked.link;
    // Loaded on demand like the engine: a desk that works alone never downloads it.
    const { createDistrictLink } = await import('./district-http');
    const link = createDistrictLink({ url: center.url, credential: { username: center.username, password } });
    linked = { key, link };
    return link;
  }

  async function district(): Promise<DistrictLink | null> {
    const [center, credential] = await Promise.all([
      settings.get('syncCenter'),
      credentials.readSyncCredential(),
    ]);
    return center && credential ? linkFor(center, credential.password) : null;
  }

  /** The other desk holding `center`'s 本机代号, or null (free, this desk's, unchecked: see claimDeskCode). */
  async function codeHolder(center: SyncCenter, password: string): Promise<DeskCodeEntry | null> {
    if (!center.deskCode) return null;
    const mine = { code: center.deskCode, deskId: ctx.deskId, deskName: center.deskName };
    return claimDeskCode(await linkFor(center, password), mine);
  }

  const figures = figuresSchedule({
    db,
    link: district,
    deskName: async () => (await settings.get('syncCenter'))?.deskName ?? '',
    now: options.engine?.now ?? (() => ctx.now()),
  });

  async function halt(): Promise<void> {
    backlog?.abort();
    backlog = null;
    const running = engine;
    engine = null;
    stopPublishing();
    stopPublishing = () => undefined;
    if (!running) return;
    await running.stop();
    unsubscribe();
    status.reset();
  }

  async function start(): Promise<void> {
    if (engine) return;
    const [on, center, credential, paused] = await Promise.all([
      sync.resume(),
      settings.get('syncCenter'),
      credentials.readSyncCredential(),
      settings.get('syncPaused'),
    ]);
    if (!on || !center || !credential) return;
    const { createSyncEngine } = await import('./engine');
    const started = createSyncEngine({
      ...options.engine,
      db,
      ctx,
      remote: { url: center.url, credential: { username: center.username, password: credential.password } },
      deskName: center.deskName,
    });
    engine = started;
    // The engine knows nothing of the backlog pass: its progress stays as this service last set it.
    unsubscribe = started.subscribe((next) => {
      const { backlog: pass, deskCodeClash } = status.snapshot();
      status.set({ ...next, backlog: pass, deskCodeClash });
    });
    try {
      await started.start({ paused: paused === true });
      sendBacklog();
      // Checked at every connect as well as at save: a desk set up offline, or a code taken meanwhile.
      void codeHolder(center, credential.password)
        .then((holder) => {
          if (holder && engine === started) status.set({ deskCodeClash: deskCodeTakenMessage(holder) });
        })
        .catch(() => undefined);
      stopPublishing = figures.attach({
        connected: () => status.snapshot().state === '已连接',
        subscribe: (listener) => status.subscribe(listener),
      });
    } catch (error) {
      await halt().catch(() => undefined);
      const message = error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '';
      status.set({ state: '出错', error: message || START_FAILED });
    }
  }

  return {
    // No conflict count here: boot is on the path to the first screen, and the sign-in's connect counts.
    boot: () => serial(() => sync.resume().then(() => undefined)),
    async setup() {
      const [center, credential, enabled] = await Promise.all([
        settings.get('syncCenter'),
        credentials.readSyncCredential(),
        settings.get('syncEnabled'),
        recount(),
      ]);
      return { center: center ?? null, passwordSaved: credential !== null, enabled: enabled === true };
    },
    connect: () =>
      serial(async () => {
        await start();
        await recount();
      }),
    save: (center, password) =>
      serial(async () => {
        const kept = password || (await credentials.readSyncCredential())?.password;
        // Refused before anything changes: the desk keeps syncing as it was set up.
        const holder = kept ? await codeHolder(center, kept) : null;
        if (holder) throw new DeskCodeTakenError(holder);
        await halt();
        status.reset();
        try {
          if (!kept) throw new Error('请填写密码');
          await credentials.writeSyncCredential({ username: center.username, password: kept });
          await settings.set('syncCenter', center);
          await sync.setEnabled(true);
          // 保存并连接 says connect: a pause chosen earlier ends here.
          if ((await settings.get('syncPaused')) === true) await settings.set('syncPaused', false);
        } finally {
          // Saved or not, the desk syncs with whatever setup now stands, as it would after a restart.
          await start();
          await recount();
        }
      }),
    // Kept in settings (audited): a pause staff chose is not undone by a sign-out or a restart.
    pause: () =>
      serial(async () => {
        await settings.set('syncPaused', true);
        await engine?.pause();
      }),
    resume: () =>
      serial(async () => {
        await settings.set('syncPaused', false);
        await engine?.resume();
      }),
    stopSync: () =>
      serial(async () => {
        await halt();
        await sync.setEnabled(false);
        status.reset();
        await recount();
      }),
    // No recount: the database may be closing with the desk; the next connect counts again.
    close: () => serial(halt),
    snapshot: () => status.snapshot(),
    subscribe: (listener) => status.subscribe(listener),
    conflicts: {
      ...conflicts,
      resolve: async (id, choice) => {
        await conflicts.resolve(id, choice);
        await recount();
      },
    },
    district,
  };
}
