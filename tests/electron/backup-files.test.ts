import { EventEmitter } from 'node:events';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotName } from '@shared/backup/snapshots';
import { createBackupFolderStore } from '../../electron/main/backup-folder';
import { TOO_MANY_HANDLES_MESSAGE, UNKNOWN_HANDLE_MESSAGE } from '../../electron/main/backup-handles';
import { createBackupReaders } from '../../electron/main/backup-readers';
import { createBackupWriters, MAX_OPEN_WRITERS, STALE_PARTIAL_MS } from '../../electron/main/backup-writers';

const NOW = Date.UTC(2026, 10, 22, 6, 50, 5);
const bytes = (text: string) => new TextEncoder().encode(text);
const handleOf = (opened: { handle: string } | null): string => {
  if (!opened) throw new Error('no writer was opened');
  return opened.handle;
};

describe('streamed backup files', () => {
  let root: string;
  let backups: string;
  let chosenPath: string | null;
  let window: EventEmitter;

  const setup = (now = NOW) => {
    const folder = createBackupFolderStore(join(root, 'data'));
    const writers = createBackupWriters({ folder, choosePath: async () => chosenPath, now: () => now });
    return { folder, writers, readers: createBackupReaders(folder) };
  };

  const commitSnapshot = async (at: number, content: string) => {
    const { writers } = setup();
    const handle = handleOf(await writers.open({ kind: 'snapshot', at }, window));
    await writers.write(handle, bytes(content), window);
    return writers.commit(handle, window);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'desk-backup-files-'));
    backups = join(root, 'data', 'backups');
    chosenPath = null;
    window = new EventEmitter();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes pieces in the order sent and shows the backup under its name only after commit', async () => {
    const { writers } = setup();
    const handle = handleOf(await writers.open({ kind: 'snapshot', at: NOW }, window));
    const name = snapshotName(NOW);
    // Sent without waiting, as IPC may deliver them: they must still land in order.
    await Promise.all(
      ['第一段𠮷', '-second-', '第三段😀'].map((piece) => writers.write(handle, bytes(piece), window)),
    );
    expect(readdirSync(backups)).toEqual([`${name}.partial`]);

    const committed = await writers.commit(handle, window);
    const expected = bytes('第一段𠮷-second-第三段😀');
    expect(committed).toEqual({ name, path: join(backups, name), bytes: expected.length });
    expect([...readFileSync(join(backups, name))]).toEqual([...expected]);
    expect(readdirSync(backups)).toEqual([name]);
    await expect(writers.write(handle, bytes('x'), window)).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
  });

  it('leaves no file behind when a backup is aborted', async () => {
    const { writers } = setup();
    const handle = handleOf(await writers.open({ kind: 'snapshot', at: NOW }, window));
    await writers.write(handle, bytes('half a backup'), window);
    await writers.abort(handle, window);
    expect(readdirSync(backups)).toEqual([]);
  });

  it('keeps the previous backups intact when a backup is never finished, and clears its temporary file a day later', async () => {
    const earlier = await commitSnapshot(NOW - 3_600_000, 'earlier backup');
    const { writers } = setup();
    const handle = handleOf(await writers.open({ kind: 'snapshot', at: NOW }, window));
    await writers.write(handle, bytes('cut short'), window);
    // The app is killed here: nothing commits or aborts.
    const partial = `${snapshotName(NOW)}.partial`;
    expect(readdirSync(backups).sort()).toEqual([earlier.name, partial].sort());
    expect(readFileSync(join(backups, earlier.name), 'utf8')).toBe('earlier backup');

    const old = (NOW - STALE_PARTIAL_MS - 60_000) / 1000;
    writeFileSync(join(backups, '说明.txt.partial'), '不是备份');
    writeFileSync(join(backups, `${snapshotName(NOW - 86_400_000)}.partial`), 'recent crash');
    utimesSync(join(backups, '说明.txt.partial'), old, old);
    await expect(setup().writers.sweepStale()).resolves.toEqual([]);

    utimesSync(join(backups, partial), old, old);
    await expect(setup().writers.sweepStale()).resolves.toEqual([partial]);
    expect(readdirSync(backups).sort()).toEqual(
      [earlier.name, '说明.txt.partial', `${snapshotName(NOW - 86_400_000)}.partial`].sort(),
    );
  });

  it('aborts the open backups of a window that closes', async () => {
    const { writers } = setup();
    const handle = handleOf(await writers.open({ kind: 'snapshot', at: NOW }, window));
    await writers.write(handle, bytes('in progress'), window);
    window.emit('destroyed');
    await vi.waitFor(() => expect(readdirSync(backups)).toEqual([]));
    await expect(writers.commit(handle, window)).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
  });

  it("refuses another window's handle and keeps the owner's backup going", async () => {
    const { writers } = setup();
    const other = new EventEmitter();
    const handle = handleOf(await writers.open({ kind: 'snapshot', at: NOW }, window));
    await writers.write(handle, bytes('mine'), window);
    await expect(writers.write(handle, bytes('theirs'), other)).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
    await expect(writers.commit(handle, other)).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
    await expect(writers.abort(handle, other)).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
    await expect(writers.write('no-such-handle', bytes('x'), window)).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
    await writers.commit(handle, window);
    expect(readFileSync(join(backups, snapshotName(NOW)), 'utf8')).toBe('mine');
  });

  it('prunes old automatic backups after a commit and leaves other files alone', async () => {
    mkdirSync(backups, { recursive: true });
    const ancient = Array.from({ length: 12 }, (_, i) => snapshotName(NOW - (400 + i) * 86_400_000));
    for (const name of ancient) writeFileSync(join(backups, name), 'old');
    writeFileSync(join(backups, '说明.txt'), '请勿删除');
    await commitSnapshot(NOW, 'new');
    const left = readdirSync(backups);
    expect(left).toContain('说明.txt');
    expect(left).toContain(snapshotName(NOW));
    expect(left).toHaveLength(11);
    expect(left).not.toContain(ancient[11]);
  });

  it('writes a backup made by hand beside the chosen file, and nothing when the dialog is cancelled', async () => {
    const { writers } = setup();
    await expect(writers.open({ kind: 'chosen', suggestedName: '备份.pdbak' }, window)).resolves.toBeNull();
    chosenPath = join(root, '我的备份.pdbak');
    const handle = handleOf(await writers.open({ kind: 'chosen', suggestedName: '备份.pdbak' }, window));
    await writers.write(handle, bytes('by hand'), window);
    expect(readdirSync(root)).toEqual(['我的备份.pdbak.partial']);
    await expect(writers.commit(handle, window)).resolves.toEqual({
      name: '我的备份.pdbak',
      path: chosenPath,
      bytes: 7,
    });
    expect(readFileSync(chosenPath, 'utf8')).toBe('by hand');
    expect(readdirSync(root)).toEqual(['我的备份.pdbak']);
  });

  it('never lets two writers share one temporary file', async () => {
    const { writers } = setup();
    const both = await Promise.allSettled([
      writers.open({ kind: 'snapshot', at: NOW }, window),
      writers.open({ kind: 'snapshot', at: NOW }, window),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = both.find((r) => r.status === 'rejected');
    expect(String(refused?.reason)).toMatch(/这份备份正在写入/);
  });

  it('holds at most a few backups open at once', async () => {
    const { writers } = setup();
    for (let i = 0; i < MAX_OPEN_WRITERS; i += 1)
      await writers.open({ kind: 'snapshot', at: NOW + i * 1000 }, window);
    await expect(writers.open({ kind: 'snapshot', at: NOW + 3_600_000 }, window)).rejects.toThrow(
      TOO_MANY_HANDLES_MESSAGE,
    );
    expect(readdirSync(backups)).toHaveLength(MAX_OPEN_WRITERS);
  });

  describe('reading', () => {
    it('returns exactly the bytes asked for, fewer at the end and none past it', async () => {
      const content = '0123456789abcdefghij';
      const { name } = await commitSnapshot(NOW, content);
      const { readers } = setup();
      const opened = await readers.open(name, window);
      expect(opened.size).toBe(20);
      const text = async (offset: number, length: number) =>
        new TextDecoder().decode(await readers.read(opened.handle, offset, length, window));
      await expect(text(0, 4)).resolves.toBe('0123');
      await expect(text(7, 5)).resolves.toBe('789ab');
      await expect(text(16, 10)).resolves.toBe('ghij');
      await expect(text(20, 10)).resolves.toBe('');
      const piece = await readers.read(opened.handle, 2, 3, window);
      // A piece owns exactly its bytes: IPC would otherwise copy a larger buffer behind it.
      expect(piece.buffer.byteLength).toBe(3);
      await readers.close(opened.handle, window);
      await expect(readers.read(opened.handle, 0, 1, window)).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
    });

    it('reads the end of a backup larger than any buffer without loading the whole file', async () => {
      mkdirSync(backups, { recursive: true });
      const name = snapshotName(NOW);
      const size = 3 * 1024 ** 3;
      const fd = openSync(join(backups, name), 'w');
      try {
        ftruncateSync(fd, size);
        writeSync(fd, 'END!', size - 4);
      } finally {
        closeSync(fd);
      }
      const { readers } = setup();
      const opened = await readers.open(name, window);
      expect(opened.size).toBe(size);
      const tail = await readers.read(opened.handle, size - 6, 16, window);
      expect([...tail]).toEqual([0, 0, ...bytes('END!')]);
      await readers.close(opened.handle, window);
    });

    it("refuses names that are not automatic backups and another window's reader", async () => {
      const { name } = await commitSnapshot(NOW, 'secret');
      writeFileSync(join(root, 'data', 'secret.json'), 'x');
      const { readers } = setup();
      await expect(readers.open('../secret.json', window)).rejects.toThrow(/不是自动备份文件/);
      await expect(readers.open(snapshotName(NOW - 1000), window)).rejects.toThrow(/找不到这份备份/);
      const opened = await readers.open(name, window);
      await expect(readers.read(opened.handle, 0, 6, new EventEmitter())).rejects.toThrow(
        UNKNOWN_HANDLE_MESSAGE,
      );
      await expect(readers.close(opened.handle, new EventEmitter())).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
      expect(new TextDecoder().decode(await readers.read(opened.handle, 0, 6, window))).toBe('secret');
    });
  });
});
