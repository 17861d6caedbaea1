import type { Sentinel } from '@shared/backup/sentinel';
import { snapshotName, snapshotsToPrune, snapshotTime } from '@shared/backup/snapshots';
import type { BackupTarget, CommittedBackup, DeskKey, SnapshotInfo } from '@shared/ipc/contract';
import type { BackupSink, ByteSource } from '../../renderer/src/platform/types';

/** A backup file in memory that remembers the size of every write. */
export function memorySink(): BackupSink & { writes: number[]; bytes(): Uint8Array; committed: boolean } {
  const parts: Uint8Array[] = [];
  const sink = {
    writes: [] as number[],
    committed: false,
    async write(bytes: Uint8Array) {
      parts.push(bytes.slice());
      sink.writes.push(bytes.length);
    },
    async commit(): Promise<CommittedBackup> {
      sink.committed = true;
      return { name: 'memory.pdbak', path: null, bytes: sink.bytes().length };
    },
    async abort() {
      parts.length = 0;
    },
    bytes() {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    },
  };
  return sink;
}

/** Reads a file in memory, remembering the length of every read. */
export function memorySource(bytes: Uint8Array): ByteSource & { reads: number[] } {
  const reads: number[] = [];
  return {
    size: bytes.length,
    reads,
    async read(offset, length) {
      reads.push(length);
      return bytes.slice(offset, offset + length);
    },
    async close() {},
  };
}

/**
 * The platform's backup folder, desk key and sentinel, in memory, with the streaming calls the app
 * uses. `failWith` makes the next writes fail like a full disk.
 */
export function memoryBackupPlatform(clock: () => number) {
  const files = new Map<string, Uint8Array>();
  const state = {
    failWith: null as string | null,
    sentinel: null as Sentinel | null,
    key: null as DeskKey | null,
  };
  const platform = {
    readSentinel: async () => state.sentinel,
    async writeSentinel(sentinel: Sentinel) {
      state.sentinel = sentinel;
    },
    getAppInfo: async () => ({ version: '0.1.0', shell: 'web' as const, dataDir: null, isPackaged: false }),
    readDeskKey: async () => state.key,
    async writeDeskKey(key: DeskKey) {
      state.key = key;
    },
    async openBackupWriter(target: BackupTarget) {
      if (target.kind !== 'snapshot') return null;
      const sink = memorySink();
      const name = snapshotName(target.at);
      return {
        async write(bytes: Uint8Array<ArrayBuffer>) {
          if (state.failWith) throw new Error(state.failWith);
          await sink.write(bytes);
        },
        abort: () => sink.abort(),
        async commit(): Promise<CommittedBackup> {
          files.set(name, sink.bytes());
          for (const old of snapshotsToPrune([...files.keys()], clock())) files.delete(old);
          return { name, path: null, bytes: sink.bytes().length };
        },
      };
    },
    async openSnapshot(name: string) {
      return memorySource(files.get(name) ?? new Uint8Array());
    },
    async listSnapshots(): Promise<SnapshotInfo[]> {
      return [...files.entries()]
        .map(([name, bytes]) => ({ name, at: snapshotTime(name) ?? 0, bytes: bytes.length }))
        .sort((a, b) => b.at - a.at);
    },
  };
  return { platform, files, state };
}
