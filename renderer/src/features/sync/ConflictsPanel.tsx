import { App, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { formatAuditTime } from '@shared/audit/describe';
import { SYNCED_TABLE_NAMES, differingFields, recordName } from '@shared/sync/conflict-labels';
import type { ConflictVersion, SyncConflict } from '@shared/sync/model';
import type { ConflictChoice } from '@shared/sync/resolve';
import { useDeskStatus } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import type { ConflictsRepo } from '../../db/sync/conflicts-repo';
import { AdminOnly } from '../staff/AdminOnly';
import { ConflictFieldPicker } from './ConflictFieldPicker';
import { ConflictVersionCard } from './ConflictVersionCard';

/** What a conflict is, for the empty list: staff meet the word here first. */
const NO_CONFLICTS =
  '没有待处理的同步冲突。两台前台在交换数据之前改了同一条记录时，这里会并排列出每个版本（哪台前台、谁、何时改的），由管理员选定保留哪一个。';

/** One conflicting record: its kind and name, and its versions side by side. */
function ConflictItem({ conflict, repo }: { conflict: SyncConflict; repo: ConflictsRepo }) {
  const { modal, message } = App.useApp();
  const write = useWrite();
  const { deskId } = useDeskStatus();
  const current = useLive(() => repo.current(conflict), [repo, conflict]);
  const values = conflict.versions.map((v) => v.value);
  const fields = differingFields(values);
  const name = recordName(current) || values.map(recordName).find(Boolean) || '（无名称）';
  const kind = SYNCED_TABLE_NAMES[conflict.table];

  const resolve = (choice: ConflictChoice) => async () => {
    if (await write(() => repo.resolve(conflict.id, choice))) void message.success('冲突已解决');
  };
  const keep = (version: ConflictVersion) =>
    modal.confirm({
      title: '采用这个版本？',
      content: version.deleted
        ? `这条${kind}将被删除，其他版本舍弃。此操作会记入操作日志，并同步到其他前台。`
        : `这条${kind}将改为 ${version.actor} 在 ${formatAuditTime(version.at)} 的版本，其他版本舍弃。此操作会记入操作日志，并同步到其他前台。`,
      okText: '采用此版本',
      cancelText: '返回',
      onOk: resolve({ rev: version.rev }),
    });
  const keepFields = (fields: Record<string, string>) =>
    modal.confirm({
      title: '采用所选各项？',
      content: `这条${kind}的各项将改为所选的值，其他值舍弃。此操作会记入操作日志，并同步到其他前台。`,
      okText: '采用所选各项',
      cancelText: '返回',
      onOk: resolve({ fields }),
    });
  // One desk may hold the right phone and another the right address: a volunteer's fields are chosen one by one.
  const perField =
    conflict.table === 'volunteers' && fields.length > 1 && conflict.versions.every((v) => !v.deleted);

  return (
    <Card
      size="small"
      title={`${kind}：${name}`}
      extra={<Typography.Text type="secondary">发现于 {formatAuditTime(conflict.createdAt)}</Typography.Text>}
      role="group"
      aria-label={`${kind}“${name}”的冲突`}
    >
      <Flex gap={12} wrap>
        {conflict.versions.map((version) => (
          <ConflictVersionCard
            key={version.rev || 'unsent'}
            table={conflict.table}
            version={version}
            fields={fields}
            ownDeskId={deskId}
            onKeep={() => keep(version)}
          />
        ))}
      </Flex>
      {perField && (
        <div style={{ marginTop: 12 }}>
          <ConflictFieldPicker
            table={conflict.table}
            versions={conflict.versions}
            fields={fields}
            ownDeskId={deskId}
            onKeep={keepFields}
          />
        </div>
      )}
    </Card>
  );
}

/**
 * 同步冲突: every open conflict, newest first, each version side by side with who changed it, where and
 * when. Only a 管理员 may keep a version; a 前台 sees the list with the buttons disabled.
 */
export function ConflictsPanel({ repo }: { repo: ConflictsRepo }) {
  const conflicts = useLive(() => repo.listOpen(), [repo]);
  if (!conflicts) return <Skeleton active />;
  if (conflicts.length === 0) return <Empty description={NO_CONFLICTS} />;
  return (
    <AdminOnly action="syncConflicts">
      <Flex vertical gap={16}>
        {conflicts.map((c) => (
          <ConflictItem key={c.id} conflict={c} repo={repo} />
        ))}
      </Flex>
    </AdminOnly>
  );
}
