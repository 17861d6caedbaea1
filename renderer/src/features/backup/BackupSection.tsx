import { Alert, App, Button, Flex, Modal, Progress, Result, Typography } from 'antd';
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import type { ChainReport } from '@shared/audit/chain';
import { describeReport } from '@shared/audit/describe';
import { countRows, type BackupFile } from '@shared/backup/backup-file';
import { dateKey, formatTime } from '@shared/time/center-time';
import { useDeskStatus, useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import type { ChainedEntry } from '../../db/repos/audit-query';
import { checkBackupChain } from '../audit/check-backup-chain';
import { AutoBackupList } from './AutoBackupList';
import { useBackup, type RestoreState } from './use-backup';
import { busy } from '../../ui/busy';

const TABLE_NAMES: Record<string, string> = {
  rooms: '场地',
  bookings: '预约',
  organisations: '单位',
  volunteers: '志愿者',
  serviceRecords: '服务记录',
  documents: '证书与感谢信',
};

const when = (ms: number) => `${dateKey(ms)} ${formatTime(ms)}`;

/** 备份与恢复: a whole-desk backup file, and a restore that first saves the current data aside. */
export function BackupSection() {
  const repos = useRepos();
  const status = useDeskStatus();
  const { modal } = App.useApp();
  const backup = useBackup();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const last = useLive(async () => ({ at: await repos.settings.get('lastBackupAt') }), [repos]);
  const rootRef = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const focusHere = (location.state as { focus?: string } | null)?.focus === 'backup';
  // 今日概览's backup warning links here: bring the section into view.
  useEffect(() => {
    if (focusHere) rootRef.current?.scrollIntoView({ block: 'start' });
  }, [focusHere]);

  const confirmRestore = (file: BackupFile) => {
    const counts = countRows(file);
    const summary = Object.entries(TABLE_NAMES)
      .map(([table, label]) => `${label} ${(counts[table] ?? 0).toLocaleString('zh-CN')}`)
      .join('，');
    let chain: ChainReport<ChainedEntry> | undefined;
    const content = (check: ReactNode) => (
      <Flex vertical gap={8}>
        <Typography.Text>
          备份来自：{file.centerName ?? '（未设置中心名称）'}，保存于 {when(file.exportedAt)}
        </Typography.Text>
        <Typography.Text type="secondary">{summary}</Typography.Text>
        {check}
        <Typography.Text>
          恢复前会先把当前数据保存为一份自动备份，需要时可在下方「自动备份」中恢复回来。
        </Typography.Text>
      </Flex>
    );
    const dialog = modal.confirm({
      title: '用这份备份替换当前全部数据？',
      width: 520,
      content: content(<Typography.Text type="secondary">正在校验备份中的操作记录……</Typography.Text>),
      okText: '先保存当前数据，再恢复',
      cancelText: '取消',
      onOk: () => void backup.runRestore(file, chain),
    });
    // A backup whose log was tampered with is still restored (it may be the only copy of the records),
    // but only after staff have read where the log breaks; the restore's own entry records it too.
    void checkBackupChain(file.tables.auditLog ?? []).then((report) => {
      chain = report;
      dialog.update({
        content: content(
          <Alert
            type={report.broken ? 'warning' : 'success'}
            showIcon
            message={report.broken ? '这份备份的操作记录校验未通过' : '这份备份的操作记录校验通过'}
            description={
              report.broken
                ? `${describeReport(report)}仍可恢复，恢复后的操作记录会注明这一点。`
                : describeReport(report)
            }
          />,
        ),
      });
    });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await backup.readFile(file);
    if (!result.ok) {
      setFileError(`“${file.name}”无法恢复：${result.message}`);
      return;
    }
    setFileError(null);
    confirmRestore(result.backup);
  };

  return (
    <Flex vertical gap={12} ref={rootRef}>
      <Typography.Text>
        {last === undefined
          ? '…'
          : last.at === undefined
            ? '还没有另存过备份文件。建议每周用「备份数据」另存一份到U盘或其他电脑。'
            : `上次另存备份：${when(last.at)}`}
      </Typography.Text>
      <Flex gap={12} wrap>
        <Button type="primary" loading={busy(backup.saving)} onClick={() => void backup.saveBackup()}>
          备份数据
        </Button>
        <Button disabled={status.readOnly} onClick={() => inputRef.current?.click()}>
          从备份恢复…
        </Button>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-label="选择备份文件"
          hidden
          onChange={(e) => void onFile(e)}
        />
      </Flex>
      {fileError && (
        <Alert type="error" showIcon title={fileError} closable={{ onClose: () => setFileError(null) }} />
      )}
      <AutoBackupList onRestore={confirmRestore} disabled={status.readOnly} />
      <RestoreDialog state={backup.restore} onCancel={backup.cancelRestore} onClose={backup.closeRestore} />
    </Flex>
  );
}

function RestoreDialog({
  state,
  onCancel,
  onClose,
}: {
  state: RestoreState;
  onCancel: () => void;
  onClose: () => void;
}) {
  const running = state.phase === 'restoring';
  const percent = running && state.total > 0 ? Math.floor((state.done / state.total) * 100) : 0;
  return (
    <Modal
      open={state.phase !== 'idle'}
      title="从备份恢复"
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      footer={
        running ? (
          <Button onClick={onCancel}>取消</Button>
        ) : (
          <Button type="primary" onClick={onClose}>
            知道了
          </Button>
        )
      }
    >
      {running && (
        <div role="status" aria-live="polite">
          <Typography.Paragraph>
            正在恢复：{state.done.toLocaleString('zh-CN')} / {state.total.toLocaleString('zh-CN')} 条
          </Typography.Paragraph>
          <Progress percent={percent} status="active" aria-label="恢复进度" />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            全部恢复成功才会生效；中途取消，当前数据保持不变。
          </Typography.Paragraph>
        </div>
      )}
      {state.phase === 'cancelled' && (
        <Result status="info" title="已取消恢复" subTitle="当前数据保持不变。" />
      )}
      {state.phase === 'failed' && (
        <Result status="warning" title="恢复未能完成" subTitle={`当前数据保持不变。原因：${state.message}`} />
      )}
    </Modal>
  );
}
