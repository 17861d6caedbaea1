import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useDeskSyncService } from '../../app/desk-context';
import { DistrictError } from '../../db/sync/district-link';
import { currentActor } from '../staff/staff-session';
import { createTaskDesk, type TaskDesk } from './task-desk';

/** How far this desk gets to the district, for 区级任务 to say so. */
export type TaskDeskAccess =
  | { state: 'loading' }
  /** No center saved in 设置 → 同步 (or no sync service at all). */
  | { state: 'no-center' }
  /** The center was reached but has no district (one center alone). */
  | { state: 'no-district' }
  | { state: 'error'; offline: boolean; message: string }
  | { state: 'ready'; desk: TaskDesk };

const OFFLINE = '连不上中心，稍后重试';

/**
 * What a failed read or write says at the desk: the link's own Chinese message, or a plain one; never
 * the raw text of an unexpected error.
 *
 * @example
 * districtMessage(new DistrictError('denied', '本机无权读取区级汇总')) // => '本机无权读取区级汇总'
 */
export function districtMessage(error: unknown): string {
  if (error instanceof DistrictError) return error.kind === 'offline' ? OFFLINE : error.message;
  return '操作没有完成，请稍后重试';
}

const asError = (error: unknown): TaskDeskAccess => ({
  state: 'error',
  offline: error instanceof DistrictError && error.kind === 'offline',
  message: districtMessage(error),
});

/** Reaches the district through the desk's sync service; `retry` asks again (after 连不上中心). */
export function useTaskDesk(): { access: TaskDeskAccess; retry: () => void } {
  const service = useDeskSyncService();
  const [access, setAccess] = useState<TaskDeskAccess>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    const settle = (next: TaskDeskAccess) => active && setAccess(next);
    void (async () => {
      const link = service ? await service.district() : null;
      if (!link) return settle({ state: 'no-center' });
      const info = await link.info();
      if (!info) return settle({ state: 'no-district' });
      const desk = createTaskDesk({
        link,
        info,
        now: () => Date.now(),
        newId: () => crypto.randomUUID(),
        actor: currentActor,
      });
      settle({ state: 'ready', desk });
    })().catch((error: unknown) => settle(asError(error)));
    return () => {
      active = false;
    };
  }, [service, attempt]);
  const retry = useCallback(() => {
    setAccess({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { access, retry };
}

/** Rows read through the desk (a board or a list), again after each write; errors said in Chinese. */
export function useTaskRows<T>(read: () => Promise<T>): {
  rows: T | undefined;
  error: { offline: boolean; message: string } | null;
  reload: () => void;
} {
  const [rows, setRows] = useState<T>();
  const [error, setError] = useState<{ offline: boolean; message: string } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let active = true;
    read()
      .then((next) => {
        if (!active) return;
        setRows(next);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!active) return;
        const failed = asError(e);
        if (failed.state === 'error') setError({ offline: failed.offline, message: failed.message });
      });
    return () => {
      active = false;
    };
  }, [read, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { rows, error, reload };
}

/** Runs a write against the district, says how it went, and reloads; resolves whether it succeeded. */
export function useTaskWrite(
  reload: () => void,
): (work: () => Promise<unknown>, done: string) => Promise<boolean> {
  const { message } = App.useApp();
  return useCallback(
    async (work, done) => {
      try {
        await work();
        void message.success(done);
        return true;
      } catch (error) {
        void message.error(districtMessage(error));
        return false;
      } finally {
        reload();
      }
    },
    [message, reload],
  );
}
