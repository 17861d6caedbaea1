import { Alert, App, Button, Flex, Progress, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SnapshotInfo } from '@shared/ipc/contract';
import { describeError } from '../db/errors';
import { platform } from '../platform';
import type { RecoveryBoot } from './open-desk';
import { openSnapshotBackup } from '../features/backup/backup-files';
import { RestorePreparationDialogs } from '../features/backup/restore/RestorePreparationDialogs';
import {
  useRestorePreparation,
  type PreparedRestore,
} from '../features/backup/restore/use-restore-preparation';
import { RecoveryError, restorePrepared } from './recover-desk';
import { backupTime, describeCounts, RecoveryBackupList, TABLE_LABELS } from './RecoveryBackupList';
import { useAppInfo } from './use-app-info';

const { Paragraph } = Typography;

/** Why recovery mode opened, in words for the person at the desk. */
function explain(recovery: RecoveryBoot): string {
  const had = recovery.sentinel ? `（上次记录：${describeCounts(recovery.sentinel.counts)}）` : '';
  switch (recovery.reason) {
    case 'missing':
      return `本机的数据库现在是空的，但这台电脑上的文明实践前台以前保存过数据${had}。断电、磁盘错误或杀毒软件隔离文件都可能损坏数据库，浏览器内核随后会把它丢弃。自动备份文件没有受影响。`;
    case 'other-desk':
      return `现在打开的数据库不是这台电脑原来使用的那一份${had}。可能是数据库文件被替换或重建了。`;
    case 'behind':
      return `数据库中的记录比上次记录的少${recovery.table ? `（${TABLE_LABELS[recovery.table]}明显减少）` : ''}${had}，最近的部分修改可能已经丢失。`;
  }
}

/**
 * Recovery mode, and the screen for a database that cannot be opened. It never deletes or resets
 * anything: it lists the automatic backups and restores one after a confirmation, or keeps the current
 * database when staff say so.
 */
export function RecoveryScreen(
  props: { recovery: RecoveryBoot } | { failure: { name: string; message: string } },
) {
  const { modal, message } = App.useApp();
  const info = useAppInfo();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [listError, setListError] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const recovery = 'recovery' in props ? props.recovery : null;
  const preparation = useRestorePreparation();

  useEffect(() => {
    let active = true;
    platform.listSnapshots().then(
      (list) => active && setSnapshots(list),
      () => {
        if (!active) return;
        setSnapshots([]);
        setListError(true);
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const restore = async (s: SnapshotInfo) => {
    if (!recovery) return;
    setFailed(null);
    const opened = await openSnapshotBackup(platform, s.name).catch(() => ({
      ok: false as const,
      message: '无法读取这份自动备份',
    }));
    if (!opened.ok) {
      setFailed(`${backupTime(s.at)} 的自动备份无法恢复：${opened.message}，请换一份较早的备份再试`);
      return;
    }
    void preparation.start(opened.opened);
  };

  const run = async (prepared: PreparedRestore) => {
    if (!recovery) return;
    setProgress({ done: 0, total: 1 });
    try {
      await restorePrepared(recovery.repos, prepared, (done, total) => setProgress({ done, total }));
      window.location.reload();
    } catch (error) {
      setProgress(null);
      setFailed(error instanceof RecoveryError ? error.message : '恢复没有完成，请再试一次，或换一份备份');
    }
  };

  const keepCurrent = () => {
    if (!recovery) return;
    modal.confirm({
      title: '不恢复，继续使用现在的数据库？',
      content:
        '程序会把现在的数据库当作本机的数据继续使用；数据库为空时将进入首次设置。自动备份文件都会保留，以后仍可在「设置 → 备份与恢复」中恢复。',
      okText: '继续使用现在的数据库',
      cancelText: '取消',
      onOk: async () => {
        await recovery.adopt();
        window.location.reload();
      },
    });
  };

  const restoring = progress !== null;
  return (
    <main style={{ maxWidth: 960, margin: '0 auto', padding: '40px 24px', overflow: 'auto', height: '100%' }}>
      <Result
        status={recovery ? 'warning' : 'error'}
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{recovery ? '数据需要恢复' : '无法打开数据库'}</h1>}
        subTitle={
          recovery
            ? `${explain(recovery)}请从下面的自动备份中选择一份恢复，通常选最新的一份。`
            : '文明实践前台没有能打开本机的数据库。没有删除或修改任何数据，您的记录仍然保存在本机。'
        }
        extra={
          recovery ? undefined : (
            <Button type="primary" onClick={() => window.location.reload()}>
              重试
            </Button>
          )
        }
        style={{ paddingBottom: 8 }}
      />
      {!recovery && 'failure' in props && (
        <>
          <Paragraph strong>请依次尝试：</Paragraph>
          <ol style={{ lineHeight: 2, paddingInlineStart: 24 }}>
            <li>关闭其他正在运行的文明实践前台窗口后重试</li>
            <li>重新启动电脑</li>
            <li>联系管理员并提供技术信息；下列自动备份都保存在本机，可以凭恢复密钥单在另一台电脑上恢复</li>
          </ol>
          <Paragraph>原因：{describeError(props.failure)}</Paragraph>
          <Paragraph type="secondary" style={{ marginBottom: 16 }}>
            技术信息不在此显示（其中是数据库引擎的英文原文），可复制后发给管理员：
            <Button
              size="small"
              style={{ marginInlineStart: 8 }}
              onClick={() =>
                void navigator.clipboard
                  .writeText(`${props.failure.name}: ${props.failure.message}`)
                  .then(() => message.success('技术信息已复制'))
                  .catch(() => message.error('无法复制，请截图此页发给管理员'))
              }
            >
              复制技术信息
            </Button>
          </Paragraph>
        </>
      )}
      <section aria-labelledby="recovery-backups-title">
        <Typography.Title level={2} id="recovery-backups-title" style={{ fontSize: 16 }}>
          自动备份（最新的在最上面）
        </Typography.Title>
        {listError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            title="读取自动备份列表失败，请重新启动程序后再试。"
          />
        )}
        {failed && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={failed} />}
        {progress && (
          <Flex vertical gap={4} style={{ marginBottom: 8 }} role="status">
            <span>正在恢复，请不要关闭程序…</span>
            <Progress
              percent={Math.floor((progress.done / Math.max(progress.total, 1)) * 100)}
              aria-label="恢复进度"
            />
          </Flex>
        )}
        <RecoveryBackupList
          snapshots={snapshots}
          known={recovery?.sentinel?.backups ?? []}
          onRestore={recovery ? (s) => void restore(s) : undefined}
          restoring={restoring}
        />
        <RestorePreparationDialogs
          flow={preparation}
          note="数据库中现有的内容会被这份备份替换（如有内容，会先另存为一份自动备份）。备份文件本身不会被删除或修改。"
          confirmText="恢复"
          onConfirm={(prepared) => void run(prepared)}
        />
        <Flex gap={12} wrap style={{ marginTop: 16 }}>
          {recovery && (
            <Button disabled={restoring} onClick={keepCurrent}>
              不恢复，继续使用现在的数据库…
            </Button>
          )}
          {info?.dataDir && <Button onClick={() => void platform.openDataFolder()}>打开数据文件夹</Button>}
        </Flex>
      </section>
    </main>
  );
}
