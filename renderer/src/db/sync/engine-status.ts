/** What the sync engine tells the 设置 → 同步 screen: its state, the queue, conflicts, drift, errors. */

/**
 * 未设置: no center (or the engine is not running); 已暂停: staff paused it (changes still queue);
 * 连接中: starting; 已连接: replicating or caught up; 离线: the center cannot be reached, a retry waits;
 * 出错: replication stopped (wrong account, no access) until staff change something.
 */
export type SyncState = '未设置' | '已暂停' | '连接中' | '已连接' | '离线' | '出错';

/** One table whose rows in Dexie and in the mirror differ (see reconcile.ts). */
export interface TableDrift {
  table: string;
  /** Rows in Dexie and documents in the mirror, both without the rows still queued or in conflict. */
  local: number;
  mirror: number;
}

/** A document the center refused (its validator): kept as a conflict at this desk, named here too. */
export interface Refusal {
  docId: string;
  /** The center's reason, in Chinese. */
  reason: string;
  at: number;
}

/** A snapshot of the engine's status. */
export interface SyncStatus {
  state: SyncState;
  /** Changes in the outbox, not yet written to the mirror. */
  queued: number;
  /** Open (unresolved) conflicts. */
  conflicts: number;
  /** When a change last reached the center, and when one last came from it (epoch ms). */
  lastSentAt: number | null;
  lastReceivedAt: number | null;
  /** Why the desk is offline or stopped, in Chinese; null when all is well. */
  error: string | null;
  /** The latest document the center refused this session; null when none was. */
  refusal: Refusal | null;
  /** Tables drifted at the last reconciliation (empty: in step); null before the first one. */
  drift: TableDrift[] | null;
  reconciledAt: number | null;
  /** Another desk of the center numbers with this desk's 本机代号 (see desk-codes.ts): what to do, in Chinese. */
  deskCodeClash: string | null;
  /** Rows checked so far by the pass that queues the data sync never sent (see queueBacklog); null when none runs. */
  backlog: { done: number; total: number } | null;
}

/** The status of a desk with no center set, and of an engine before start or after stop. */
export const IDLE_STATUS: SyncStatus = {
  state: '未设置',
  queued: 0,
  conflicts: 0,
  lastSentAt: null,
  lastReceivedAt: null,
  error: null,
  refusal: null,
  drift: null,
  reconciledAt: null,
  deskCodeClash: null,
  backlog: null,
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;
const NO_ACCESS = '本机账号无权使用中心的这个数据库';

const field = (error: unknown, name: string): unknown =>
  typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;

/** The HTTP status an error stands for: PouchDB reports a document's refusal as 500 named forbidden. */
function statusOf(error: unknown): unknown {
  const name = String(field(error, 'name') ?? field(error, 'error') ?? '').toLowerCase();
  if (name === 'unauthorized') return 401;
  if (name === 'forbidden') return 403;
  return field(error, 'status');
}

/**
 * The Chinese message for a replication error: PouchDB and CouchDB speak English, staff must not see it.
 * A 403 carries the validator's own (Chinese) reason; CouchDB's English ones are replaced.
 *
 * @example
 * syncErrorMessage({ status: 401, reason: 'Name or password is incorrect.' }) // => '中心账号或密码不对'
 * syncErrorMessage(new TypeError('fetch failed')) // => '连不上中心，稍后自动重试'
 * syncErrorMessage({ name: 'forbidden', status: 500, reason: '已确认的服务时长不能修改' }) // => '已确认的服务时长不能修改'
 */
export function syncErrorMessage(error: unknown): string {
  const status = statusOf(error);
  const reason = String(field(error, 'reason') ?? field(error, 'message') ?? '');
  // An account that signs in but is not a member gets 403 from CouchDB, 401 from pouchdb-server.
  if (status === 401) return /access this db/i.test(reason) ? NO_ACCESS : '中心账号或密码不对';
  if (status === 403) return HAS_CHINESE.test(reason) ? reason : NO_ACCESS;
  if (typeof status !== 'number' || status === 0) return '连不上中心，稍后自动重试';
  if (status >= 500) return `中心出错（HTTP ${status}），稍后自动重试`;
  return HAS_CHINESE.test(reason) ? reason : `中心拒绝了请求（HTTP ${status}）`;
}

/** Whether an error stops replication for good (PouchDB does not retry it): a refused account. */
export const isFatal = (error: unknown): boolean => {
  const status = statusOf(error);
  return status === 401 || status === 403;
};

/** Holds the status and tells subscribers of each change. */
export function statusStore() {
  let current = IDLE_STATUS;
  const listeners = new Set<(s: SyncStatus) => void>();
  return {
    snapshot: (): SyncStatus => current,
    set(patch: Partial<SyncStatus>): void {
      const next = { ...current, ...patch };
      if ((Object.keys(patch) as (keyof SyncStatus)[]).every((k) => next[k] === current[k])) return;
      current = next;
      for (const listener of listeners) listener(current);
    },
    reset(): void {
      current = IDLE_STATUS;
      for (const listener of listeners) listener(current);
    },
    /** Calls `listener` with each new status; returns the unsubscribe. */
    subscribe(listener: (s: SyncStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
