import { Button, Table, Tag } from 'antd';
import {
  WATCHED_TABLES,
  type SentinelBackup,
  type TableCounts,
  type WatchedTable,
} from '@shared/backup/sentinel';
import type { SnapshotInfo } from '@shared/ipc/contract';
import { dateKey, formatTime } from '@shared/time/center-time';

/** How the watched tables are named on screen. */
export const TABLE_LABELS: Record<WatchedTable, string> = {
  volunteers: '志愿者',
  serviceRecords: '服务记录',
  bookings: '预约',
  documents: '证书与感谢信',
};

export const backupTime = (ms: number) =>
  `${dateKey(ms)} ${formatTime(ms)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

export const describeCounts = (counts: TableCounts) =>
  WATCHED_TABLES.map((t) => `${TABLE_LABELS[t]} ${counts[t].toLocaleString('zh-CN')}`).join('，');

const size = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * The automatic backups in recovery mode, newest first, with what the sentinel remembers of each
 * (app version, rows). `onRestore` is absent when there is no database to restore into.
 */
export function RecoveryBackupList({
  snapshots,
  known,
  onRestore,
  restoring,
}: {
  snapshots: SnapshotInfo[] | null;
  known: readonly SentinelBackup[];
  onRestore?: (s: SnapshotInfo) => void;
  restoring: boolean;
}) {
  const meta = new Map(known.map((b) => [b.name, b]));
  return (
    <Table<SnapshotInfo>
      size="small"
      rowKey="name"
      pagination={false}
      loading={snapshots === null}
      dataSource={snapshots ?? []}
      scroll={{ y: 320 }}
      locale={{
        emptyText: '本机没有找到自动备份。如有另存到U盘的备份文件，请恢复后在「设置 → 备份与恢复」中导入。',
      }}
      columns={[
        {
          title: '保存时间',
          key: 'at',
          width: 210,
          render: (_, s, index) => (
            <>
              {backupTime(s.at)} {index === 0 && <Tag color="blue">最新</Tag>}
            </>
          ),
        },
        {
          title: '程序版本',
          key: 'version',
          width: 90,
          render: (_, s) => meta.get(s.name)?.appVersion ?? '未知',
        },
        {
          title: '内容',
          key: 'counts',
          render: (_, s) => {
            const counts = meta.get(s.name)?.counts;
            return counts ? describeCounts(counts) : '未记录';
          },
        },
        { title: '大小', key: 'bytes', width: 90, align: 'right', render: (_, s) => size(s.bytes) },
        ...(onRestore
          ? [
              {
                title: '操作',
                key: 'restore',
                width: 100,
                render: (_: unknown, s: SnapshotInfo) => (
                  <Button
                    size="small"
                    type="primary"
                    disabled={restoring}
                    onClick={() => onRestore(s)}
                    aria-label={`恢复 ${backupTime(s.at)} 的自动备份`}
                  >
                    恢复…
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
