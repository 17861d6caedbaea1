import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { BACKUP_SETTINGS_LINK, BACKUP_SETTINGS_STATE } from '../backup-links';
import { useRecoveryKeyState } from './RecoveryKeyCard';

/** 今日概览's reminder while the desk has no recovery sheet: its backups would die with this PC's disk. */
export function RecoveryKeyReminder() {
  const { createdAt } = useRecoveryKeyState();
  if (createdAt !== null) return null;
  return (
    <Alert
      type="info"
      showIcon
      // A standing reminder, not an alarm: it must not be announced over the counter's own alerts.
      role="status"
      title="请打印备份恢复密钥单"
      description={
        <>
          备份文件都已加密。硬盘损坏、重装系统或换电脑后，须凭恢复密钥单才能打开备份。
          <Link to={BACKUP_SETTINGS_LINK} state={BACKUP_SETTINGS_STATE}>
            前往「设置 → 备份与恢复」生成
          </Link>
        </>
      }
    />
  );
}
