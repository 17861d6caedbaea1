import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEntry, SettingKey } from '@shared/model';
import { dateKey, formatTime } from '@shared/time/center-time';

const ENTITY_NAMES: Record<string, string> = {
  settings: '设置',
  database: '数据库',
  rooms: '场地',
  bookings: '预约',
  volunteers: '志愿者',
  teams: '志愿服务队',
  serviceRecords: '服务记录',
  documents: '文书',
  organisations: '预约单位',
};

// Partial: a feature adding a setting should not break the log; unnamed keys show as they are.
const SETTING_NAMES: Partial<Record<SettingKey, string>> = {
  centerProfile: '中心信息',
  deskId: '本机标识',
  setupCompletedAt: '首次设置',
  demoDataLoadedAt: '示例数据',
  lastBackupAt: '上次备份',
};

/** What the entry was about, in words staff use rather than table names. */
function describeTarget(entry: AuditEntry): string {
  const entity = ENTITY_NAMES[entry.entity] ?? entry.entity;
  if (entry.entity === 'settings' && entry.entityId) {
    return `${entity}：${SETTING_NAMES[entry.entityId as SettingKey] ?? entry.entityId}`;
  }
  return entity;
}

const columns: ColumnsType<AuditEntry> = [
  {
    title: '时间',
    key: 'at',
    width: 170,
    render: (_, e) => (
      <span className="tabular">
        {dateKey(e.at)} {formatTime(e.at)}
      </span>
    ),
  },
  { title: '操作人', dataIndex: 'actor', key: 'actor', width: 100 },
  { title: '操作', dataIndex: 'action', key: 'action', width: 140 },
  { title: '对象', key: 'target', render: (_, e) => describeTarget(e) },
];

/** The latest audit entries, newest first. */
export function AuditTable({ entries }: { entries: AuditEntry[] | undefined }) {
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={entries}
      loading={entries === undefined}
      pagination={entries && entries.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: '还没有操作记录' }}
    />
  );
}
