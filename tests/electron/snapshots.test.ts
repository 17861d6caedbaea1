import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotName } from '@shared/backup/snapshots';
import { createSnapshotStore } from '../../electron/main/snapshots';

const NOW = Date.UTC(2026, 10, 22, 6, 50, 5);

describe('automatic backup folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'desk-snapshots-')), 'backups');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('creates the folder, writes the backup under its time and lists it newest first', async () => {
    const store = createSnapshotStore(dir, () => NOW);
    const first = await store.save({ content: '{"a":1}', at: NOW - 60_000 });
    const second = await store.save({ content: new TextEncoder().encode('{"b":2}'), at: NOW });
    expect(first).toEqual({ name: snapshotName(NOW - 60_000), at: NOW - 60_000, bytes: 7 });
    expect(first.name).toMatch(/^自动备份-20261122-144905\./);
    expect((await store.list()).map((s) => s.name)).toEqual([second.name, first.name]);
    await expect(store.read(second.name)).resolves.toBe('{"b":2}');
    expect(readdirSync(dir).some((n) => n.endsWith('.partial'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([first.name, second.name].sort());
  });

  it('prunes old backups after a save and leaves other files alone', async () => {
    const store = createSnapshotStore(dir, () => NOW);
    await store.save({ content: '{}', at: NOW - 400 * 86_400_000 });
    writeFileSync(join(dir, '说明.txt'), '请勿删除');
    for (let i = 20; i >= 0; i -= 1) await store.save({ content: '{}', at: NOW - i * 60_000 });
    const names = readdirSync(dir);
    expect(names).toContain('说明.txt');
    expect(names).not.toContain(snapshotName(NOW - 400 * 86_400_000));
    expect(names).toContain(snapshotName(NOW));
    expect((await store.list()).length).toBe(10);
  });

  it('reads nothing that is not an automatic backup, whatever the name asks for', async () => {
    const store = createSnapshotStore(dir, () => NOW);
    await store.save({ content: '{}', at: NOW });
    writeFileSync(join(dir, '..', 'secret.json'), 'x');
    await expect(store.read('../secret.json')).rejects.toThrow(/不是自动备份文件/);
    expect(existsSync(join(dir, '..', 'secret.json'))).toBe(true);
    expect(readFileSync(join(dir, snapshotName(NOW)), 'utf8')).toBe('{}');
  });

  it('lists nothing before the first backup', async () => {
    await expect(createSnapshotStore(dir).list()).resolves.toEqual([]);
  });
});
