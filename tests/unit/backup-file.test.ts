import { describe, expect, it } from 'vitest';
import { backupFileName, buildBackup, countRows, parseBackup } from '@shared/backup/backup-file';
import { v1Backup } from './backup-v1-fixture';

const sample = () =>
  buildBackup({
    tables: { rooms: [{ id: 'r1' }], volunteers: [] },
    schemaVersion: 2,
    appVersion: '0.1.0',
    exportedAt: Date.UTC(2026, 10, 22, 6, 50),
    deskId: 'desk-1',
    centerName: '鼓楼区新时代文明实践中心',
  });

describe('backup files', () => {
  it('round-trips through JSON text', () => {
    const result = parseBackup(JSON.stringify(sample()), 2);
    expect(result).toEqual({ ok: true, backup: sample() });
  });

  it('names the file by its China-time export moment', () => {
    expect(backupFileName(Date.UTC(2026, 10, 22, 6, 50))).toBe('文明实践前台备份-20261122-1450.pdbak');
  });

  it('refuses a file that is not JSON', () => {
    expect(parseBackup('PK\u0003\u0004…', 2)).toEqual({
      ok: false,
      message: '文件无法读取：不是有效的备份文件，或文件已损坏',
    });
  });

  it('refuses JSON that is not one of our backups', () => {
    expect(parseBackup('{"rooms":[]}', 2)).toEqual({ ok: false, message: '这不是文明实践前台的备份文件' });
  });

  it('refuses a backup from a newer database schema and says to upgrade', () => {
    const result = parseBackup(JSON.stringify({ ...sample(), schemaVersion: 3 }), 2);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/请先升级本程序/);
  });

  it('refuses a backup whose tables are damaged', () => {
    const result = parseBackup(JSON.stringify({ ...sample(), tables: { rooms: 'oops' } }), 2);
    expect(result).toEqual({ ok: false, message: '备份文件内容不完整，无法恢复' });
  });

  it('upgrades volunteer rows of a v1 backup so they can be searched', () => {
    const result = parseBackup(JSON.stringify(v1Backup()), 2);
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.schemaVersion).toBe(2);
    const [row] = result.backup.tables['volunteers'] as { searchKeys: string[] }[];
    expect(row?.searchKeys).toContain('5678');
  });

  it('counts rows per table for the confirmation', () => {
    expect(countRows(sample())).toEqual({ rooms: 1, volunteers: 0 });
  });
});
