import { dateKey, formatTime } from '../time/center-time';
import { migrateVolunteerToV5 } from '../migrations/volunteer-given-name-keys';
import { migrateVolunteerToV2, type VolunteerRowV1 } from '../migrations/volunteer-search-keys';
import type { Volunteer } from '../model/people';
import type { Activity } from '../model/practice';
import { migrateActivityToV6 } from '../migrations/activity-fields';

/** Marks a file as ours, so a random JSON file is refused with a clear message. */
export const BACKUP_FORMAT = 'practice-desk-backup';
/** Version of the file layout itself (not of the database schema). */
export const BACKUP_FILE_VERSION = 1;

/** A whole-desk backup: every table's rows, as stored, with what is needed to restore them safely. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  fileVersion: number;
  /** Database schema version the rows were written under. */
  schemaVersion: number;
  appVersion: string;
  exportedAt: number;
  deskId: string;
  /** Center name at export, shown before a restore so staff can tell backups apart. */
  centerName: string | null;
  tables: Record<string, unknown[]>;
}

/**
 * Builds the backup object from the rows of every table.
 *
 * @example
 * buildBackup({ tables: { rooms: [] }, schemaVersion: 2, appVersion: '0.1.0', exportedAt: 1763780000000, deskId: 'd1', centerName: '鼓楼区新时代文明实践中心' }).format
 * // => 'practice-desk-backup'
 */
export function buildBackup(input: Omit<BackupFile, 'format' | 'fileVersion'>): BackupFile {
  return { format: BACKUP_FORMAT, fileVersion: BACKUP_FILE_VERSION, ...input };
}

/**
 * A file name that sorts by time and says what it is, e.g. `文明实践前台备份-20261122-1450.pdbak`.
 * `exportedAt` is written in China time.
 *
 * @example
 * backupFileName(Date.UTC(2026, 10, 22, 6, 50)) // => '文明实践前台备份-20261122-1450.pdbak'
 */
export function backupFileName(exportedAt: number): string {
  const day = dateKey(exportedAt).replaceAll('-', '');
  const time = formatTime(exportedAt).replace(':', '');
  return `文明实践前台备份-${day}-${time}.pdbak`;
}

export type ParseBackupResult = { ok: true; backup: BackupFile } | { ok: false; message: string };

/**
 * Reads a backup file's text and checks it can be restored by an app whose schema is
 * `supportedSchemaVersion`. Rows from an older schema are upgraded with the same pure migrations the
 * database uses, so a restore never brings back rows the current app cannot read.
 *
 * @example
 * parseBackup('{"hello":1}', 2) // => { ok: false, message: '这不是文明实践前台的备份文件' }
 */
export function parseBackup(text: string, supportedSchemaVersion: number): ParseBackupResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: '文件无法读取：不是有效的备份文件，或文件已损坏' };
  }
  if (!isRecord(data) || data['format'] !== BACKUP_FORMAT) {
    return { ok: false, message: '这不是文明实践前台的备份文件' };
  }
  const { fileVersion, schemaVersion, tables, exportedAt, deskId } = data;
  if (typeof fileVersion !== 'number' || fileVersion > BACKUP_FILE_VERSION) {
    return { ok: false, message: '备份文件由更新版本的程序生成，请先升级本程序再恢复' };
  }
  if (typeof schemaVersion !== 'number' || schemaVersion < 1) {
    return { ok: false, message: '备份文件缺少数据库版本，无法恢复' };
  }
  if (schemaVersion > supportedSchemaVersion) {
    return {
      ok: false,
      message: `备份来自更新版本的数据库（版本 ${schemaVersion}），本程序只支持到版本 ${supportedSchemaVersion}，请先升级本程序`,
    };
  }
  if (!isRecord(tables) || !Object.values(tables).every(Array.isArray)) {
    return { ok: false, message: '备份文件内容不完整，无法恢复' };
  }
  if (typeof exportedAt !== 'number' || typeof deskId !== 'string') {
    return { ok: false, message: '备份文件内容不完整，无法恢复' };
  }
  const backup = data as unknown as BackupFile;
  return { ok: true, backup: upgradeRows(backup, supportedSchemaVersion) };
}

function upgradeRows(backup: BackupFile, target: number): BackupFile {
  const tables = Object.fromEntries(
    Object.entries(backup.tables).map(([table, rows]) => [
      table,
      upgradeTableRows(table, rows, backup.schemaVersion, target),
    ]),
  );
  return { ...backup, tables, schemaVersion: target };
}

/**
 * Brings one table's rows from a backup written under `from` up to schema version `target`, running
 * the same pure row migrations as the database upgrade (search keys at v2, given-name keys at v5).
 * Rows of tables no migration touches come back as they were.
 *
 * @example
 * upgradeTableRows('volunteers', v4Rows, 4, 5)[0].searchKeys // => [..., '晓峰', 'xiaofeng']
 * upgradeTableRows('rooms', rooms, 4, 5) === rooms // => true
 */
export function upgradeTableRows(table: string, rows: unknown[], from: number, target: number): unknown[] {
  if (table === 'activities' && from < 6 && target >= 6)
    return rows.map((row) => migrateActivityToV6(row as Activity));
  if (table !== 'volunteers') return rows;
  let out = rows;
  if (from < 2 && target >= 2) out = out.map((row) => migrateVolunteerToV2(row as VolunteerRowV1));
  if (from < 5 && target >= 5) out = out.map((row) => migrateVolunteerToV5(row as Volunteer));
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Row counts per table, for the confirmation shown before a restore.
 *
 * @example
 * countRows({ ...backup, tables: { rooms: [a, b], volunteers: [] } }) // => { rooms: 2, volunteers: 0 }
 */
export function countRows(backup: BackupFile): Record<string, number> {
  return Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]));
}
