import { LATEST_SCHEMA_VERSION, type Repos } from '../../db';
import type { StreamHeader } from '@shared/backup/stream-format';
import type { SnapshotInfo } from '@shared/ipc/contract';
import type { CenterProfile } from '@shared/model';
import type { ByteSource, Platform } from '../../platform/types';
import { loadDeskKey, type DeskKeyMaterial } from './format/desk-key';
import type { ChainReport } from '@shared/audit/chain';
import type { ChainedEntry } from '../../db/repos/audit-query';
import {
  backupCounts,
  BackupDamagedError,
  frameReader,
  openBackup,
  verifyBackup,
  type OpenedBackup,
} from './format/stream-reader';
import { writeStreamBackup } from './format/stream-writer';

const newKeyId = () => crypto.randomUUID();

/** A backup just written, read back and checked. */
export interface VerifiedSnapshot {
  saved: SnapshotInfo;
  /** Rows per table it holds. */
  counts: Record<string, number>;
}

/**
 * Writes an automatic backup of the whole desk: streamed and encrypted into a temporary file, made
 * durable and renamed into place, then read back in full (every frame decrypts, counts and checksum
 * match). A failure at any step leaves the previous backups as they were and throws.
 */
export async function takeVerifiedSnapshot(deps: {
  repos: Repos;
  platform: Platform;
  at: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<VerifiedSnapshot> {
  const { repos, platform, at } = deps;
  // Only the deskId row: deskFacts would count four tables that the export counts anyway.
  const [key, info, deskId, profile] = await Promise.all([
    loadDeskKey(platform, newKeyId),
    platform.getAppInfo(),
    repos.settings.get('deskId'),
    repos.settings.get('centerProfile') as Promise<CenterProfile | undefined>,
  ]);
  const sink = await platform.openBackupWriter({ kind: 'snapshot', at });
  if (!sink) throw new Error('无法创建备份文件');
  let written: Awaited<ReturnType<typeof writeStreamBackup>>;
  let committed: Awaited<ReturnType<typeof sink.commit>>;
  try {
    written = await writeStreamBackup({
      repos,
      sink,
      key,
      appVersion: info.version,
      exportedAt: at,
      deskId: typeof deskId === 'string' ? deskId : 'unknown',
      centerName: profile?.name ?? null,
      onProgress: deps.onProgress,
    });
    committed = await sink.commit();
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
  const source = await platform.openSnapshot(committed.name);
  try {
    const opened = await openBackup(source, LATEST_SCHEMA_VERSION);
    if (!opened.ok) throw new BackupDamagedError(`刚保存的备份读回时校验未通过：${opened.message}`);
    await verifyBackup(opened.opened, key.key);
  } catch (error) {
    throw error instanceof BackupDamagedError
      ? new BackupDamagedError(`刚保存的备份读回时校验未通过（${error.message}），请检查磁盘`)
      : error;
  } finally {
    await source.close().catch(() => undefined);
  }
  return { saved: { name: committed.name, at, bytes: committed.bytes }, counts: written.counts };
}

/** What staff must supply before a backup can be read. */
export type KeyNeed =
  | { kind: 'ready'; key: CryptoKey | null }
  /** Written by another desk key: the recovery key from the sheet opens it. */
  | { kind: 'recovery-key'; header: StreamHeader }
  /** Written before any recovery sheet existed, by a key this PC does not hold. */
  | { kind: 'unavailable'; message: string };

/**
 * Which key opens a backup: this PC's desk key when it wrote it, else the recovery key of its sheet.
 * Never creates a key (recovery mode must not replace the one the backups need).
 */
export async function keyNeedFor(opened: OpenedBackup, platform: Platform): Promise<KeyNeed> {
  if (opened.kind === 'json') return { kind: 'ready', key: null };
  const { header } = opened;
  const stored = await platform.readDeskKey().catch(() => null);
  if (stored?.rawKey && stored.keyId === header.encryption.keyId) {
    return { kind: 'ready', key: (await loadDeskKey(platform, newKeyId)).key };
  }
  if (header.encryption.recovery) return { kind: 'recovery-key', header };
  return {
    kind: 'unavailable',
    message: '这份备份是在打印恢复密钥单之前保存的，只能在保存它的电脑上恢复。请换一份较新的备份',
  };
}

/** Opens an automatic backup by name (for the lists and recovery mode). */
export async function openSnapshotBackup(
  platform: Platform,
  name: string,
): Promise<{ ok: true; opened: OpenedBackup; source: ByteSource } | { ok: false; message: string }> {
  const source = await platform.openSnapshot(name);
  const opened = await openBackup(source, LATEST_SCHEMA_VERSION).catch(() => ({
    ok: false as const,
    message: '无法读取这份备份',
  }));
  if (!opened.ok) {
    await source.close().catch(() => undefined);
    return opened;
  }
  return { ok: true, opened: opened.opened, source };
}

/**
 * Replaces the desk's data with an opened backup's, reading the file again frame by frame inside one
 * transaction: a damaged frame, a cancel or a killed process leaves the desk exactly as it was.
 */
export async function restoreOpened(input: {
  repos: Repos;
  opened: OpenedBackup;
  key: CryptoKey | null;
  chain: ChainReport<ChainedEntry>;
  onProgress: (done: number, total: number) => void;
  signal?: AbortSignal;
}): Promise<void> {
  const { opened } = input;
  const reader = frameReader(opened, input.key);
  const about = opened.kind === 'stream' ? opened.header : opened.backup;
  await input.repos.backup.restoreStream(
    {
      next: () => reader.next(),
      total: Object.values(backupCounts(opened)).reduce((a, b) => a + b, 0),
      exportedAt: about.exportedAt,
      deskId: about.deskId,
      schemaVersion: about.schemaVersion,
      chain: input.chain,
    },
    input.onProgress,
    input.signal,
  );
}

export type { DeskKeyMaterial };
