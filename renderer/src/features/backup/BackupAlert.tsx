import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { backupAlert, OVERDUE_AFTER_MS } from '@shared/backup/snapshots';
import { dateKey, formatTime } from '@shared/time/center-time';
import { useEffect, useState } from 'react';
import { useAutoBackup } from './AutoBackupProvider';
import { BACKUP_SETTINGS_LINK, BACKUP_SETTINGS_STATE } from './backup-links';
import { RecoveryKeyReminder } from './recovery-sheet/RecoveryKeyReminder';

export { BACKUP_SETTINGS_LINK, BACKUP_SETTINGS_STATE } from './backup-links';

const when = (ms: number) => `${dateKey(ms)} ${formatTime(ms)}`;

/** The time now, re-read every minute, so an overdue backup shows up without any other change. */
function useMinuteNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Whether automatic backups need the desk's attention now ('failed', 'overdue' or null): 今日概览's 待办 counts it too. */
export function useBackupAlert() {
  const { state } = useAutoBackup();
  const now = Math.max(useMinuteNow(), state.checkedAt ?? 0);
  const alert = backupAlert({
    failed: state.error !== null,
    lastBackupAt: state.lastBackupAt,
    lastChangeAt: state.lastChangeAt,
    now,
  });
  return { alert, state, now };
}

/**
 * 今日概览's warning when automatic backups stopped working: the last one failed, or none succeeded for
 * two hours while the data changed. Nothing is shown while all is well.
 */
export function BackupAlert() {
  const { alert, state, now } = useBackupAlert();
  if (!alert) return <RecoveryKeyReminder />;
  const last =
    state.lastBackupAt !== null && state.lastBackupAt <= now
      ? `上次成功的自动备份在 ${when(state.lastBackupAt)}。`
      : '还没有成功的自动备份。';
  const link = (
    <Link to={BACKUP_SETTINGS_LINK} state={BACKUP_SETTINGS_STATE}>
      前往「设置 → 备份与恢复」
    </Link>
  );
  return (
    <Alert
      type={alert === 'failed' ? 'error' : 'warning'}
      showIcon
      role="alert"
      title={
        alert === 'failed' ? '自动备份失败' : `已超过 ${OVERDUE_AFTER_MS / 3_600_000} 小时没有成功的自动备份`
      }
      description={
        <>
          {alert === 'failed'
            ? '最近一次自动备份没有保存成功，新的修改还没有备份。'
            : '数据有修改，但一直没有保存新的自动备份。'}
          {last}请检查磁盘空间，然后在设置中点「立即自动备份」，或用「备份数据」另存到U盘。{link}
        </>
      }
    />
  );
}
