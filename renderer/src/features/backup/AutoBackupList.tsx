import { Alert, App, Button, Flex, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { KEEP_DAILY_DAYS, KEEP_MONTHLY_MONTHS, KEEP_RECENT } from '@shared/backup/snapshots';
import type { SnapshotInfo } from '@shared/ipc/contract';
import { dateKey, formatTime } from '@shared/time/center-time';
import { useAppInfo } from '../../app/use-app-info';
import { platform } from '../../platform';
import { busy } from '../../ui/busy';
import { useAutoBackup } from './AutoBackupProvider';
import { openSnapshotBackup } from './backup-files';
import { BackupFolderPanel } from './BackupFolderPanel';
import type { OpenedBackup } from './format/stream-reader';
import { reportError } from '../../db/errors';

// Seconds too: two copies in one minute (one taken just before a restore) must be told apart.
const when = (ms: number) =>
  `${dateKey(ms)} ${formatTime(ms)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;
const size = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** 自动备份: the copies the desk keeps by itself, each one restorable after a confirmation. */
export function AutoBackupList({
  onRestore,
  disabled,
}: {
  onRestore: (opened: OpenedBackup) => void;
  disabled: boolean;
}) {
  const auto = useAutoBackup();
  const info = useAppInfo();
  const { message } = App.useApp();
  const [opening, setOpening] = useState<string | null>(null);
  const { snapshots, saving, error } = auto.state;
  const { refresh } = auto;
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const restore = async (s: SnapshotInfo) => {
    setOpening(s.name);
    try {
      const opened = await openSnapshotBackup(platform, s.name);
      if (opened.ok) onRestore(opened.opened);
      else void message.error(`${when(s.at)} 的自动备份无法恢复：${opened.message}`);
    } catch (e) {
      void message.error(`读取自动备份失败：${reportError(e)}`);
    } finally {
      setOpening(null);
    }
  };

  return (
    <section aria-labelledby="auto-backup-title">
      <Typography.Title level={3} id="auto-backup-title" style={{ fontSize: 15, marginTop: 8 }}>
        自动备份
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        数据有变化时，每 30 分钟自动保存一份加密的备份
        {info?.dataDir ? '' : '到本浏览器的存储中'}，写完后读回校验，保留最近 {KEEP_RECENT} 份、近{' '}
        {KEEP_DAILY_DAYS} 天每天 1 份和近 {KEEP_MONTHLY_MONTHS} 个月每月 1
        份。它与数据库在同一台电脑上，仍请定期用「备份数据」另存到U盘。
      </Typography.Paragraph>
      <BackupFolderPanel onChanged={() => void refresh()} />
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={`自动备份失败：${error}`}
          description="请检查磁盘空间，或立即用「备份数据」另存一份。"
        />
      )}
      <Table<SnapshotInfo>
        size="small"
        rowKey="name"
        pagination={false}
        loading={snapshots === null}
        dataSource={snapshots ?? []}
        scroll={{ y: 240 }}
        locale={{ emptyText: '还没有自动备份。数据有变化后会自动保存第一份，也可以点「立即自动备份」。' }}
        columns={[
          { title: '保存时间', key: 'at', render: (_, s) => when(s.at) },
          { title: '大小', key: 'bytes', width: 110, align: 'right', render: (_, s) => size(s.bytes) },
          {
            title: '操作',
            key: 'restore',
            width: 110,
            render: (_, s) => (
              <Button
                size="small"
                disabled={disabled}
                loading={busy(opening === s.name)}
                onClick={() => void restore(s)}
                aria-label={`恢复 ${when(s.at)} 的自动备份`}
              >
                恢复…
              </Button>
            ),
          },
        ]}
      />
      <Flex gap={12} style={{ marginTop: 8 }}>
        <Button
          loading={busy(saving)}
          aria-busy={saving}
          disabled={disabled}
          onClick={() => void auto.takeNow(true)}
        >
          立即自动备份
        </Button>
        {info?.dataDir && <Button onClick={() => void platform.openDataFolder()}>打开数据文件夹</Button>}
      </Flex>
    </section>
  );
}
