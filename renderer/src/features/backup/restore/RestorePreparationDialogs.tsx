import { Alert, Button, Flex, Form, Input, Modal, Progress, Typography } from 'antd';
import { useId, useState } from 'react';
import { describeReport } from '@shared/audit/describe';
import { dateKey, formatTime } from '@shared/time/center-time';
import { backupCounts } from '../format/stream-reader';
import type { PreparedRestore, RestorePreparation } from './use-restore-preparation';

const TABLE_NAMES: Record<string, string> = {
  rooms: '场地',
  bookings: '预约',
  organisations: '单位',
  volunteers: '志愿者',
  serviceRecords: '服务记录',
  documents: '证书与感谢信',
};

const when = (ms: number) => `${dateKey(ms)} ${formatTime(ms)}`;

function about(prepared: PreparedRestore) {
  const { opened } = prepared;
  const meta = opened.kind === 'stream' ? opened.header : opened.backup;
  const counts = backupCounts(opened);
  return {
    from: `${meta.centerName ?? '（未设置中心名称）'}，保存于 ${when(meta.exportedAt)}，程序版本 ${meta.appVersion}`,
    rows: Object.entries(TABLE_NAMES)
      .map(([table, label]) => `${label} ${(counts[table] ?? 0).toLocaleString('zh-CN')}`)
      .join('，'),
  };
}

/**
 * The dialogs of the steps before a restore (see useRestorePreparation). `note` says what happens to
 * the current data; `onConfirm` runs the restore itself.
 */
export function RestorePreparationDialogs({
  flow,
  note,
  confirmText,
  onConfirm,
}: {
  flow: RestorePreparation;
  note: string;
  confirmText: string;
  onConfirm: (prepared: PreparedRestore) => void;
}) {
  const { state } = flow;
  return (
    <>
      <RecoveryKeyDialog flow={flow} />
      <Modal
        open={state.phase === 'verifying'}
        title="正在校验备份"
        closable={false}
        mask={{ closable: false }}
        footer={<Button onClick={flow.cancel}>取消</Button>}
      >
        {state.phase === 'verifying' && (
          <div role="status" aria-live="polite">
            <Typography.Paragraph>
              已读取 {state.done.toLocaleString('zh-CN')} / {state.total.toLocaleString('zh-CN')}{' '}
              条，逐段解密并核对条数和校验值。
            </Typography.Paragraph>
            <Progress
              percent={state.total > 0 ? Math.floor((state.done / state.total) * 100) : 0}
              status="active"
              aria-label="校验进度"
            />
          </div>
        )}
      </Modal>
      <Modal
        open={state.phase === 'confirm'}
        title="用这份备份替换当前全部数据？"
        width={560}
        okText={confirmText}
        cancelText="取消"
        onCancel={flow.cancel}
        onOk={() => {
          if (state.phase !== 'confirm') return;
          flow.cancel();
          onConfirm(state.prepared);
        }}
      >
        {state.phase === 'confirm' && (
          <Flex vertical gap={8}>
            <Typography.Text>备份来自：{about(state.prepared).from}</Typography.Text>
            <Typography.Text type="secondary">{about(state.prepared).rows}</Typography.Text>
            <Alert type="success" showIcon title="备份文件完整：每一段都已解密并核对了条数和校验值" />
            <Alert
              type={state.prepared.chain.broken ? 'warning' : 'success'}
              showIcon
              title={
                state.prepared.chain.broken ? '这份备份的操作记录校验未通过' : '这份备份的操作记录校验通过'
              }
              description={
                state.prepared.chain.broken
                  ? `${describeReport(state.prepared.chain)}仍可恢复，恢复后的操作记录会注明这一点。`
                  : describeReport(state.prepared.chain)
              }
            />
            <Typography.Text>{note}</Typography.Text>
          </Flex>
        )}
      </Modal>
      <Modal
        open={state.phase === 'failed'}
        title="这份备份无法恢复"
        onCancel={flow.cancel}
        footer={
          <Button type="primary" onClick={flow.cancel}>
            知道了
          </Button>
        }
      >
        {state.phase === 'failed' && (
          <Typography.Paragraph role="alert">{state.message}。当前数据没有任何改动。</Typography.Paragraph>
        )}
      </Modal>
    </>
  );
}

function RecoveryKeyDialog({ flow }: { flow: RestorePreparation }) {
  const { state } = flow;
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const open = state.phase === 'key';
  const submit = () => void flow.submitRecoveryKey(typed);
  return (
    <Modal
      open={open}
      title="输入恢复密钥"
      okText="打开备份"
      cancelText="取消"
      confirmLoading={open && state.checking}
      onOk={submit}
      onCancel={() => {
        setTyped('');
        flow.cancel();
      }}
      destroyOnHidden
    >
      {open && (
        <Flex vertical gap={8}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            这份备份（{state.header.centerName ?? '未设置中心名称'}，保存于 {when(state.header.exportedAt)}
            ）是用另一把备份密钥加密的，例如在另一台电脑上、或在重装系统之前保存的。请输入该中心「恢复密钥单」上的恢复密钥。
          </Typography.Paragraph>
          <Form layout="vertical" onFinish={submit} component="div">
            <Form.Item
              label="恢复密钥"
              htmlFor={inputId}
              validateStatus={state.error ? 'error' : undefined}
              help={state.error ?? '共 28 个字符，每 4 个一组；大小写和短横线不影响'}
            >
              <Input
                id={inputId}
                value={typed}
                autoFocus
                autoComplete="off"
                spellCheck={false}
                placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
                onChange={(e) => setTyped(e.target.value)}
                onPressEnter={submit}
                style={{ fontFamily: 'monospace', letterSpacing: 1 }}
              />
            </Form.Item>
          </Form>
        </Flex>
      )}
    </Modal>
  );
}
