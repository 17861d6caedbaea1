import { Button, Card, Descriptions, Tag } from 'antd';
import { formatAuditTime } from '@shared/audit/describe';
import { fieldLabel } from '@shared/sync/conflict-labels';
import type { ConflictVersion } from '@shared/sync/model';
import type { SyncedTable } from '@shared/sync/tables';
import { deskOf, shownValue, whoWrote } from './conflict-display';

interface Props {
  table: SyncedTable;
  version: ConflictVersion;
  /** The fields that differ between the versions: only these are shown. */
  fields: readonly string[];
  /** This desk's id, to mark its own version. */
  ownDeskId: string;
  onKeep: () => void;
}

/** One version of a conflicting record: who wrote it where and when, its differing fields, and 采用此版本. */
export function ConflictVersionCard({ table, version, fields, ownDeskId, onKeep }: Props) {
  const value = (version.value ?? {}) as Record<string, unknown>;
  const own = version.deskId === ownDeskId;
  const who = whoWrote(version, ownDeskId);
  return (
    <Card
      size="small"
      style={{ flex: '1 1 260px', minWidth: 240 }}
      title={
        <span>
          {own ? <Tag color="blue">本机</Tag> : <Tag>其他前台</Tag>}
          {version.rev === '' ? '尚未发送的修改' : '已同步的版本'}
        </span>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'desk', label: '前台', children: deskOf(version, ownDeskId) },
          { key: 'actor', label: '工作人员', children: version.actor },
          { key: 'at', label: '修改时间', children: formatAuditTime(version.at) },
          ...(version.deleted
            ? [{ key: 'deleted', label: '内容', children: <Tag color="red">已删除这条记录</Tag> }]
            : fields.map((field) => ({
                key: field,
                label: fieldLabel(table, field),
                children: field in value ? shownValue(table, field, value[field]) : '（未改动）',
              }))),
        ]}
      />
      <Button type="primary" onClick={onKeep} aria-label={`采用此版本：${who}`} style={{ marginTop: 12 }}>
        采用此版本
      </Button>
    </Card>
  );
}
