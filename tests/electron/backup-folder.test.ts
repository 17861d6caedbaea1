import { EventEmitter } from 'node:events';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotName } from '@shared/backup/snapshots';
import {
  BACKUP_FOLDER_FILE,
  CHOSEN_FOLDER_UNWRITABLE,
  createBackupFolderStore,
} from '../../electron/main/backup-folder';
import { createBackupWriters } from '../../electron/main/backup-writers';

const NOW = Date.UTC(2026, 10, 22, 6, 50, 5);

describe('backup folder setting', () => {
  let root: string;
  let data: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'desk-backup-folder-'));
    data = join(root, 'data');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('starts in <userData>/backups and creates it', async () => {
    await expect(createBackupFolderStore(data).describe()).resolves.toEqual({
      path: join(data, 'backups'),
      isDefault: true,
      problem: null,
    });
    expect(readdirSync(join(data, 'backups'))).toEqual([]);
  });

  it('keeps a chosen folder across restarts and writes backups there', async () => {
    const stick = join(root, '前台备份');
    mkdirSync(stick);
    await expect(createBackupFolderStore(data).choose(stick)).resolves.toEqual({
      path: stick,
      isDefault: false,
      problem: null,
    });
    expect(JSON.parse(readFileSync(join(data, BACKUP_FOLDER_FILE), 'utf8'))).toEqual({
      version: 1,
      path: stick,
    });
    expect(readdirSync(data)).toEqual([BACKUP_FOLDER_FILE]);

    const restarted = createBackupFolderStore(data);
    await expect(restarted.describe()).resolves.toEqual({ path: stick, isDefault: false, problem: null });
    const writers = createBackupWriters({ folder: restarted, choosePath: async () => null, now: () => NOW });
    const window = new EventEmitter();
    const opened = await writers.open({ kind: 'snapshot', at: NOW }, window);
    expect(opened).not.toBeNull();
    await writers.commit(opened?.handle ?? '', window);
    expect(readdirSync(stick)).toEqual([snapshotName(NOW)]);
  });

  it('says in Chinese that a chosen folder whose drive was removed cannot take backups, and never recreates it', async () => {
    const stick = join(root, '前台备份');
    mkdirSync(stick);
    const store = createBackupFolderStore(data);
    await store.choose(stick);
    rmSync(stick, { recursive: true });
    const problem = `备份文件夹 ${stick} 目前无法写入（U盘是否已拔出？），自动备份暂时失败`;
    await expect(store.describe()).resolves.toEqual({ path: stick, isDefault: false, problem });
    await expect(store.writableDir()).rejects.toThrow(problem);
    const writers = createBackupWriters({ folder: store, choosePath: async () => null });
    await expect(writers.open({ kind: 'snapshot', at: NOW }, new EventEmitter())).rejects.toThrow(problem);
    expect(existsSync(stick)).toBe(false);
    await expect(store.currentDir()).resolves.toBe(stick);
  });

  it('refuses a folder that cannot be written and keeps the old one', async () => {
    const store = createBackupFolderStore(data);
    const notAFolder = join(root, '说明.txt');
    writeFileSync(notAFolder, 'x');
    await expect(store.choose(notAFolder)).resolves.toEqual({
      path: join(data, 'backups'),
      isDefault: true,
      problem: CHOSEN_FOLDER_UNWRITABLE,
    });
    await expect(store.choose(join(root, '不存在'))).resolves.toMatchObject({
      problem: CHOSEN_FOLDER_UNWRITABLE,
    });
    expect(existsSync(join(data, BACKUP_FOLDER_FILE))).toBe(false);
  });

  it.runIf(process.platform === 'linux')(
    'reports an existing folder without write permission in Chinese',
    async () => {
      // /proc refuses new files even to root, which chmod cannot arrange in a test run as root.
      const store = createBackupFolderStore(data);
      await expect(store.choose('/proc')).resolves.toMatchObject({ problem: CHOSEN_FOLDER_UNWRITABLE });
      writeFileSync(join(data, BACKUP_FOLDER_FILE), JSON.stringify({ version: 1, path: '/proc' }));
      await expect(store.describe()).resolves.toEqual({
        path: '/proc',
        isDefault: false,
        problem: '备份文件夹 /proc 目前无法写入（没有写入权限或磁盘已满），自动备份暂时失败',
      });
    },
  );

  it('goes back to the default folder on reset, on choosing it again, and when the setting is damaged', async () => {
    const stick = join(root, '前台备份');
    mkdirSync(stick);
    const store = createBackupFolderStore(data);
    await store.choose(stick);
    await expect(store.reset()).resolves.toMatchObject({ path: join(data, 'backups'), isDefault: true });
    expect(existsSync(join(data, BACKUP_FOLDER_FILE))).toBe(false);

    await store.choose(stick);
    await expect(store.choose(join(data, 'backups'))).resolves.toMatchObject({
      isDefault: true,
      problem: null,
    });
    expect(existsSync(join(data, BACKUP_FOLDER_FILE))).toBe(false);

    writeFileSync(join(data, BACKUP_FOLDER_FILE), '{"version":1,"path":"relative/dir"}');
    await expect(store.describe()).resolves.toMatchObject({ path: join(data, 'backups'), isDefault: true });
  });
});
