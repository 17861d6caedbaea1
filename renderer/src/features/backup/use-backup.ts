import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { ChainReport } from '@shared/audit/chain';
import { backupFileName, parseBackup, type BackupFile } from '@shared/backup/backup-file';
import { useDeskStatus, useRepos, READ_ONLY_MESSAGE } from '../../app/desk-context';
import { LATEST_SCHEMA_VERSION, LoadCancelledError } from '../../db';
import { platform } from '../../platform';
import type { ChainedEntry } from '../../db/repos/audit-query';
import { useAutoBackup } from './AutoBackupProvider';
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

  /** Writes a backup where the user chooses. Resolves false when the user cancelled the save dialog. */
  const saveBackup = useCallback(async (): Promise<boolean> => {
    setSaving(true);
    try {
      const info = await platform.getAppInfo();
      const backup = await repos.backup.exportAll(info.version);
      const content = new TextEncoder().encode(JSON.stringify(backup));
      const name = backupFileName(backup.exportedAt);
      const result = await platform.saveFile({
        suggestedName: name,
        content,
        filters: [{ name: '文明实践前台备份', extensions: ['json'] }],
      });
      if (!result.saved) return false;
      if (!status.readOnly) await repos.settings.set('lastBackupAt', backup.exportedAt);
      void message.success(result.path ? `备份已保存到 ${result.path}` : `备份文件 ${name} 已下载`);
      return true;
    } catch (error) {
      void message.error(`备份失败：${reportError(error)}`);
      return false;
    } finally {
      setSaving(false);
    }
  }, [repos, status.readOnly, message]);

  /** Reads a chosen file; returns the backup, or a message saying why it cannot be restored. */
  const readFile = useCallback(
    async (file: File) => parseBackup(await file.text(), LATEST_SCHEMA_VERSION),
    [],
  );

  const runRestore = useCallback(
    async (backup: BackupFile, chain?: ChainReport<ChainedEntry>) => {
      if (status.readOnly) {
        void message.error(READ_ONLY_MESSAGE);
        return;
      }
      // The current data is kept as an automatic backup first: a restore must itself be undoable.
      if (!(await takeNow())) {
        void message.error(`未能先保存当前数据（${getState().error ?? '未知原因'}），已取消恢复`);
        return;
      }
      const abort = new AbortController();
      abortRef.current = abort;
      setRestore({ phase: 'restoring', done: 0, total: 1 });
      try {
        await repos.backup.restore(
          backup,
          (done, total) => setRestore({ phase: 'restoring', done, total }),
          abort.signal,
          chain,
        );
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
