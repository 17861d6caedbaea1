import { Alert, Button, Flex, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { BackupFolder } from '@shared/ipc/contract';
import { reportError } from '../../db/errors';
import { platform } from '../../platform';
import { busy } from '../../ui/busy';

type Persistence = 'granted' | 'refused' | 'not-needed' | null;

// Asked once per page: the browser remembers its answer for the origin.
let persistence: Promise<Persistence> | null = null;
function askPersistence(): Promise<Persistence> {
  persistence ??= platform.requestPersistentStorage().catch(() => 'refused' as const);
  return persistence;
}

/**
 * Where automatic backups go. In the app staff may move them to a second disk or a USB drive (checked
 * writable first); a folder that went missing is said plainly. Web mode asks the browser to keep the
 * data (navigator.storage.persist) and says when it refused.
 */
export function BackupFolderPanel({ onChanged }: { onChanged: () => void }) {
  const [folder, setFolder] = useState<BackupFolder | null>(null);
  const [persisted, setPersisted] = useState<Persistence>(null);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    platform.getBackupFolder().then(setFolder, (e: unknown) => setError(reportError(e)));
  }, []);
  useEffect(() => {
    load();
    void askPersistence().then(setPersisted);
  }, [load]);

  const change = async (action: () => Promise<BackupFolder | null>) => {
    setWorking(true);
    setError(null);
    try {
      const next = await action();
      if (next) {
        setFolder(next);
        onChanged();
      }
    } catch (e) {
      setError(reportError(e));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Flex vertical gap={8} style={{ marginBottom: 8 }}>
      {folder?.path && (
        <Flex gap={8} align="center" wrap>
          <Typography.Text>
            备份位置：<Typography.Text code>{folder.path}</Typography.Text>
            {folder.isDefault ? '（默认，与数据库在同一块磁盘上）' : '（自选）'}
          </Typography.Text>
          <Button
            size="small"
            loading={busy(working)}
            onClick={() => void change(() => platform.chooseBackupFolder())}
          >
            更改备份文件夹…
          </Button>
          {!folder.isDefault && (
            <Button
              size="small"
              disabled={working}
              onClick={() => void change(() => platform.resetBackupFolder())}
            >
              改回默认位置
            </Button>
          )}
        </Flex>
      )}
      {folder?.problem && <Alert type="error" showIcon title={folder.problem} />}
      {error && <Alert type="error" showIcon title={`更改备份文件夹失败：${error}`} />}
      {persisted === 'refused' && (
        <Alert
          type="warning"
          showIcon
          title="浏览器没有同意长期保存本机数据"
          description="磁盘空间紧张时，浏览器可能清除本网页保存的数据和自动备份。请经常用「备份数据」另存到U盘；正式使用请安装桌面版。"
        />
      )}
    </Flex>
  );
}
