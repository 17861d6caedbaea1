import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotName } from '@shared/backup/snapshots';
import { listSnapshots } from '../../electron/main/snapshots';

const NOW = Date.UTC(2026, 10, 22, 6, 50, 5);
const LEGACY = '自动备份-20261121-090000.json';
const LEGACY_AT = Date.UTC(2026, 10, 21, 1, 0, 0);

describe('automatic backup folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'desk-snapshots-')), 'backups');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('lists streamed and older whole-JSON backups newest first, with their time and size', async () => {
    mkdirSync(dir);
    writeFileSync(join(dir, snapshotName(NOW - 60_000)), 'abc');
    writeFileSync(join(dir, LEGACY), '{"a":1}');
    writeFileSync(join(dir, snapshotName(NOW)), 'abcdefgh');
    await expect(listSnapshots(dir)).resolves.toEqual([
      { name: snapshotName(NOW), at: NOW, bytes: 8 },
      { name: snapshotName(NOW - 60_000), at: NOW - 60_000, bytes: 3 },
      { name: LEGACY, at: LEGACY_AT, bytes: 7 },
    ]);
  });

  it('lists neither unfinished backups nor other files in the folder', async () => {
    mkdirSync(dir);
    writeFileSync(join(dir, snapshotName(NOW)), 'done');
    writeFileSync(join(dir, `${snapshotName(NOW + 60_000)}.partial`), 'half');
    writeFileSync(join(dir, '说明.txt'), '请勿删除');
    writeFileSync(join(dir, '自动备份-20261399-250000.pdbak'), 'bad time');
    await expect(listSnapshots(dir)).resolves.toEqual([{ name: snapshotName(NOW), at: NOW, bytes: 4 }]);
  });

  it('lists nothing before the first backup', async () => {
    await expect(listSnapshots(dir)).resolves.toEqual([]);
  });
});
