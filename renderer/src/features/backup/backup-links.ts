/** Where backup warnings link to: 设置, scrolled to 备份与恢复 (see BackupSection). */
export const BACKUP_SETTINGS_LINK = { pathname: '/settings' } as const;
export const BACKUP_SETTINGS_STATE = { focus: 'backup' } as const;
