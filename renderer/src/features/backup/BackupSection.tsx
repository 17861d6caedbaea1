import { Alert, Button, Flex, Modal, Progress, Result, Typography } from 'antd';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { dateKey, formatTime } from '@shared/time/center-time';
import { useDeskStatus, useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { AutoBackupList } from './AutoBackupList';
import { RecoveryKeyCard } from './recovery-sheet/RecoveryKeyCard';
import { RestorePreparationDialogs } from './restore/RestorePreparationDialogs';
import { useRestorePreparation } from './restore/use-restore-preparation';
import { useBackup, type RestoreState } from './use-backup';
import { busy } from '../../ui/busy';

const when = (ms: number) => `${dateKey(ms)} ${formatTime(ms)}`;

/** 备份与恢复: a whole-desk backup file, and a restore that first saves the current data aside. */
export function BackupSection() {
  const repos = useRepos();
  const status = useDeskStatus();
  const backup = useBackup();
  const preparation = useRestorePreparation();
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
    void preparation.start(result.opened);
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
          accept=".pdbak,.json"
          aria-label="选择备份文件"
          hidden
          onChange={(e) => void onFile(e)}
        />
      </Flex>
      {fileError && (
        <Alert type="error" showIcon title={fileError} closable={{ onClose: () => setFileError(null) }} />
      )}
      <RecoveryKeyCard />
      <AutoBackupList onRestore={(opened) => void preparation.start(opened)} disabled={status.readOnly} />
      <RestorePreparationDialogs
        flow={preparation}
        note="恢复前会先把当前数据保存为一份自动备份，需要时可在下方「自动备份」中恢复回来。"
        confirmText="先保存当前数据，再恢复"
        onConfirm={(prepared) => void backup.runRestore(prepared)}
      />
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
