import { buildBackup, type BackupFile } from '@shared/backup/backup-file';

/** A whole-JSON backup as schema 1 wrote it: one volunteer, 张三, with no search keys yet. */
export function v1Backup(): BackupFile {
  return {
    ...buildBackup({
      tables: {
        volunteers: [
          {
            id: 'v1',
            name: '张三',
            phone: '13812345678',
            idNumber: '11010519491231002X',
            volunteerNo: 'ZYZ000001',
          },
        ],
      },
      schemaVersion: 2,
      appVersion: '0.1.0',
      exportedAt: Date.UTC(2026, 10, 22, 6, 50),
      deskId: 'desk-1',
      centerName: '鼓楼区新时代文明实践中心',
    }),
    schemaVersion: 1,
  };
}
