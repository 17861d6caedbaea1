import { Alert, Progress, App, Button, Descriptions, Drawer, Flex, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { dateKey, formatTime } from '@shared/time/center-time';
import { syncCenterOf, type SyncForm as SyncFormValues } from '@shared/sync/sync-settings';
import { useWrite } from '../../app/use-write';
import { DeskCodeTakenError } from '../../db/sync/desk-codes';
import type { SyncState, SyncStatus } from '../../db/sync/engine-status';
import { AdminOnly } from '../staff/AdminOnly';
import { ConflictsPanel } from './ConflictsPanel';
import { SyncForm, type FieldRefusal } from './SyncForm';
import { useDeskSync } from './use-desk-sync';

const STATE_COLOR: Record<SyncState, string> = {
  未设置: 'default',
  已暂停: 'default',
  连接中: 'processing',
  已连接: 'success',
  离线: 'warning',
  出错: 'error',
};

const when = (ms: number | null) => (ms === null ? '还没有' : `${dateKey(ms)} ${formatTime(ms)}`);

/** What the engine says: state, last exchange each way, the queue, conflicts, and any problem. */
function SyncStatusBlock({
  status,
  enabled,
  onShowConflicts,
}: {
  status: SyncStatus;
  enabled: boolean;
  onShowConflicts: () => void;
}) {
  const drifted = status.drift ?? [];
  return (
    <Flex vertical gap={12}>
      <Descriptions
        column={{ xs: 1, sm: 2 }}
        size="small"
        items={[
          {
            key: 'state',
            label: '状态',
            children: (
              <Tag color={STATE_COLOR[status.state]} data-testid="sync-state">
                {status.state === '未设置' && enabled ? '未连接' : status.state}
              </Tag>
            ),
          },
          { key: 'queued', label: '待发送', children: `${status.queued} 条` },
          { key: 'sent', label: '上次发送', children: when(status.lastSentAt) },
          { key: 'received', label: '上次接收', children: when(status.lastReceivedAt) },
          {
            key: 'conflicts',
            label: '冲突',
            children: (
              <Flex gap={8} align="center" wrap>
                {`${status.conflicts} 条`}
                <Button size="small" onClick={onShowConflicts}>
                  查看冲突
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      {status.backlog && (
        <div role="status">
          正在把已有数据排入待发送：{status.backlog.done.toLocaleString('zh-CN')} /{' '}
          {status.backlog.total.toLocaleString('zh-CN')} 条
          <Progress
            percent={Math.floor((100 * status.backlog.done) / Math.max(1, status.backlog.total))}
            size="small"
            aria-label="已有数据排入待发送的进度"
          />
        </div>
      )}
      {status.error && <Alert type="error" showIcon title={status.error} />}
      {status.deskCodeClash && <Alert type="error" showIcon title={status.deskCodeClash} />}
      {status.refusal && (
        <Alert type="warning" showIcon title={`中心拒绝了一条修改：${status.refusal.reason}`} />
      )}
      {drifted.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`核对发现 ${drifted.length} 类数据与同步副本的条数不一致，请联系技术支持`}
        />
      )}
    </Flex>
  );
}

/**
 * 设置 → 同步: where this desk syncs, how the sync stands, pause and resume, and stopping it. With no
 * center set the desk works alone, as it always has, and nothing of sync is loaded.
 */
export function SyncSection() {
  const { service, status, setup, refresh } = useDeskSync();
  const write = useWrite();
  const { message, modal } = App.useApp();
  const [conflictsOpen, setConflictsOpen] = useState(false);
  if (!service || !setup) return <Skeleton active />;

  const save = async (form: SyncFormValues): Promise<boolean | FieldRefusal> => {
    const refused: FieldRefusal[] = [];
    const ok = await write(() =>
      service.save(syncCenterOf(form), form.password).catch((error: unknown) => {
        if (!(error instanceof DeskCodeTakenError)) throw error;
        refused.push({ field: 'deskCode', message: error.message });
      }),
    );
    refresh();
    const [refusal] = refused;
    if (refusal) return refusal;
    if (ok) void message.success('同步设置已保存，正在连接中心');
    return ok;
  };

  const confirmStop = () =>
    modal.confirm({
      title: '停止同步？',
      content: '停止后本机单独工作，不再与中心交换数据；还没发送的修改会保留，重新连接后再发送。',
      okText: '停止同步',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        if (await write(() => service.stopSync())) void message.success('已停止同步，本机单独工作');
        refresh();
      },
    });

  const running = ['连接中', '已连接', '离线', '出错'].includes(status.state);
  return (
    <Flex vertical gap={16}>
      <SyncStatusBlock
        status={status}
        enabled={setup.enabled}
        onShowConflicts={() => setConflictsOpen(true)}
      />
      <Drawer
        open={conflictsOpen}
        title="同步冲突"
        size={900}
        onClose={() => setConflictsOpen(false)}
        destroyOnHidden
      >
        <ConflictsPanel repo={service.conflicts} />
      </Drawer>
      <AdminOnly action="settings">
        <Flex vertical gap={16}>
          {setup.enabled && (
            <Flex gap={12} wrap>
              {status.state === '已暂停' ? (
                <Button onClick={() => void write(() => service.resume())}>继续同步</Button>
              ) : (
                <Button disabled={!running} onClick={() => void write(() => service.pause())}>
                  暂停同步
                </Button>
              )}
              <Button danger onClick={confirmStop}>
                停止同步
              </Button>
            </Flex>
          )}
          <SyncForm center={setup.center} passwordSaved={setup.passwordSaved} onSubmit={save} />
        </Flex>
      </AdminOnly>
    </Flex>
  );
}
