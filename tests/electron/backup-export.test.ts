import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotName } from '@shared/backup/snapshots';
import { createBackupFolderStore } from '../../electron/main/backup-folder';
import { createSnapshotExporter } from '../../electron/main/backup-export';

const AT = Date.UTC(2026, 10, 22, 6, 50, 5);

describe('saving a copy of an automatic backup', () => {
  let root: string;
  let chosen: string | null;
  let asked: string[];
  const window = new EventEmitter();
  const exporter = () =>
    createSnapshotExporter({
      folder: createBackupFolderStore(join(root, 'data')),
      choosePath: async (suggestedName) => {
        asked.push(suggestedName);
        return chosen;
      },
    });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'desk-backup-export-'));
    mkdirSync(join(root, 'data', 'backups'), { recursive: true });
    writeFileSync(join(root, 'data', 'backups', snapshotName(AT)), Buffer.from([1, 2, 3, 250]));
    chosen = null;
    asked = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('copies the backup byte for byte to the chosen file, leaving no temporary file', async () => {
    chosen = join(root, '我的备份.pdbak');
    await expect(exporter()(snapshotName(AT), '备份.pdbak', window)).resolves.toEqual({
      saved: true,
      path: chosen,
    });
    expect(asked).toEqual(['备份.pdbak']);
    expect([...readFileSync(chosen)]).toEqual([1, 2, 3, 250]);
    expect(readdirSync(root).sort()).toEqual(['data', '我的备份.pdbak'].sort());
  });

  it('saves nothing when the dialog is cancelled', async () => {
    await expect(exporter()(snapshotName(AT), '备份.pdbak', window)).resolves.toEqual({
      saved: false,
      path: null,
    });
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('refuses names that are not automatic backups and says so when the backup is gone, before any dialog', async () => {
    chosen = join(root, 'x.pdbak');
    await expect(exporter()('../../etc/passwd', 'x.pdbak', window)).rejects.toThrow(/不是自动备份文件/);
    await expect(exporter()(snapshotName(AT - 1000), 'x.pdbak', window)).rejects.toThrow(/找不到这份备份/);
    expect(asked).toEqual([]);
  });
});
