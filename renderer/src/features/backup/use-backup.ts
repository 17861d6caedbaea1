import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { backupFileName } from '@shared/backup/backup-file';
import { useDeskStatus, useRepos, READ_ONLY_MESSAGE } from '../../app/desk-context';
import { LATEST_SCHEMA_VERSION, LoadCancelledError } from '../../db';
import { blobSource, platform } from '../../platform';
import { useAutoBackup } from './AutoBackupProvider';
import { restoreOpened } from './backup-files';
import { openBackup } from './format/stream-reader';
import type { PreparedRestore } from './restore/use-restore-preparation';
import { recordDatabase } from './sentinel-sync';
import { reportError } from '../../db/errors';

export type RestoreState =
  | { phase: 'idle' }
  | { phase: 'restoring'; done: number; total: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** Saving a backup file, and restoring one after saving the current data aside. */
export function useBackup() {
  const repos = useRepos();
  const status = useDeskStatus();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [restore, setRestore] = useState<RestoreState>({ phase: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const { takeNow, getState } = useAutoBackup();

  /**
   * Saves a verified backup where the user chooses: a fresh automatic backup (written, read back and
   * checked) copied out. Resolves false when it failed or the user cancelled the save dialog.
   */
  const saveBackup = useCallback(async (): Promise<boolean> => {
    setSaving(true);
    try {
      const saved = await takeNow(true);
      if (!saved) {
        void message.error(`备份失败：${getState().error ?? '未知原因'}`);
        return false;
      }
      const name = backupFileName(saved.at);
      const result = await platform.exportSnapshot({ name: saved.name, suggestedName: name });
      if (!result.saved) return false;
      if (!status.readOnly) await repos.settings.set('lastBackupAt', saved.at);
      void message.success(result.path ? `备份已保存到 ${result.path}` : `备份文件 ${name} 已下载`);
      return true;
    } catch (error) {
      void message.error(`备份失败：${reportError(error)}`);
      return false;
    } finally {
      setSaving(false);
    }
  }, [repos, status.readOnly, message, takeNow, getState]);

  /** Opens a chosen file far enough to know what it is; a message when it cannot be restored. */
  const readFile = useCallback(
    async (file: File) =>
      openBackup(blobSource(file), LATEST_SCHEMA_VERSION).catch(() => ({
        ok: false as const,
        message: '文件无法读取',
      })),
    [],
  );

  const runRestore = useCallback(
    async (prepared: PreparedRestore) => {
      if (status.readOnly) {
        void message.error(READ_ONLY_MESSAGE);
        return;
      }
      // The current data is kept as an automatic backup first: a restore must itself be undoable.
      if (!(await takeNow(true))) {
        void message.error(`未能先保存当前数据（${getState().error ?? '未知原因'}），已取消恢复`);
        return;
      }
      const abort = new AbortController();
      abortRef.current = abort;
      setRestore({ phase: 'restoring', done: 0, total: 1 });
      try {
        await restoreOpened({
          repos,
          opened: prepared.opened,
          key: prepared.key,
          chain: prepared.chain,
          onProgress: (done, total) => setRestore({ phase: 'restoring', done, total }),
          signal: abort.signal,
        });
        // The restored data may be smaller than what the sentinel saw: record it, or the next start
        // would take the restore for data loss.
        await recordDatabase(repos, platform, Date.now()).catch(() => null);
        // Ids, settings and open screens all came from the old data: start afresh from the restored one.
        window.location.reload();
      } catch (error) {
        if (error instanceof LoadCancelledError) setRestore({ phase: 'cancelled' });
        else setRestore({ phase: 'failed', message: reportError(error) });
      } finally {
        abortRef.current = null;
      }
    },
    [repos, status.readOnly, message, takeNow, getState],
  );

  return {
    saving,
    restore,
    saveBackup,
    readFile,
    runRestore,
    cancelRestore: () => abortRef.current?.abort(),
    closeRestore: () => setRestore({ phase: 'idle' }),
  };
}
