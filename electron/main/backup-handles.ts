import { randomUUID } from 'node:crypto';

/** The same answer for a handle that never existed, is closed, or belongs to another window. */
export const UNKNOWN_HANDLE_MESSAGE = '这份备份文件已关闭或不属于此窗口，请重新开始';
export const TOO_MANY_HANDLES_MESSAGE = '同时打开的备份文件过多，请等当前的备份或恢复完成后再试';

/** The webContents a handle belongs to (Electron's WebContents; an EventEmitter in tests). */
export type HandleOwner = NodeJS.EventEmitter;

/**
 * Events after which the page that held a handle is gone: the window closed, the renderer crashed, or
 * the page was reloaded (in-page hash navigation does not fire did-navigate).
 */
const OWNER_GONE_EVENTS = ['destroyed', 'render-process-gone', 'did-navigate'] as const;

export interface HandleTable<T> {
  /** Throws TOO_MANY_HANDLES_MESSAGE when no more may be opened (checked before slow work like a dialog). */
  assertRoom(): void;
  add(owner: HandleOwner, value: T): string;
  /** The value behind `handle` if `owner` opened it; throws UNKNOWN_HANDLE_MESSAGE otherwise. */
  get(handle: string, owner: HandleOwner): T;
  /** Like get, and forgets the handle; a handle nobody holds any more gives null (closing twice is fine). */
  take(handle: string, owner: HandleOwner): T | null;
  values(): T[];
}

/**
 * Open files handed to renderers as unguessable ids. Each belongs to the webContents that opened it, so
 * another window (or a print window) cannot touch it, and is released when that page goes away, so a
 * closed window leaves no open file or temporary file behind.
 */
export function createHandleTable<T>(limit: number, release: (value: T) => Promise<void>): HandleTable<T> {
  const entries = new Map<string, { owner: HandleOwner; value: T }>();
  const watched = new WeakSet<HandleOwner>();

  const releaseAll = (owner: HandleOwner): void => {
    for (const [handle, entry] of entries) {
      if (entry.owner !== owner) continue;
      entries.delete(handle);
      release(entry.value).catch((error: unknown) => console.warn('关闭备份文件失败', error));
    }
  };

  return {
    assertRoom() {
      if (entries.size >= limit) throw new Error(TOO_MANY_HANDLES_MESSAGE);
    },
    add(owner, value) {
      if (entries.size >= limit) throw new Error(TOO_MANY_HANDLES_MESSAGE);
      if (!watched.has(owner)) {
        watched.add(owner);
        for (const event of OWNER_GONE_EVENTS) owner.on(event, () => releaseAll(owner));
      }
      const handle = randomUUID();
      entries.set(handle, { owner, value });
      return handle;
    },
    get(handle, owner) {
      const entry = entries.get(handle);
      if (!entry || entry.owner !== owner) throw new Error(UNKNOWN_HANDLE_MESSAGE);
      return entry.value;
    },
    take(handle, owner) {
      const entry = entries.get(handle);
      if (!entry) return null;
      if (entry.owner !== owner) throw new Error(UNKNOWN_HANDLE_MESSAGE);
      entries.delete(handle);
      return entry.value;
    },
    values: () => [...entries.values()].map((entry) => entry.value),
  };
}
