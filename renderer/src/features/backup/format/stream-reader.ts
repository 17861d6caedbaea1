import type { ChainReport } from '@shared/audit/chain';
import { createStreamingChainVerifier } from '@shared/audit/stream-verify';
import { parseBackup, type BackupFile } from '@shared/backup/backup-file';
import {
  frameAad,
  frameLength,
  headerProblem,
  parseFrame,
  sniffBackup,
  streamHeaderSchema,
  type RowFrame,
  type StreamHeader,
} from '@shared/backup/stream-format';
import { loadPinyin } from '../../../db';
import type { ChainedEntry } from '../../../db/repos/audit-query';
import type { ByteSource } from '../../../platform/types';
import { decryptFrame, digest, hex } from './backup-crypto';

/** The file is not a whole, unchanged backup; the message says so in Chinese. */
export class BackupDamagedError extends Error {}

/** A backup opened far enough to show what it is (its header), before any key is needed. */
export type OpenedBackup =
  | { kind: 'stream'; header: StreamHeader; headerHex: string; dataStart: number; source: ByteSource }
  | { kind: 'json'; backup: BackupFile };

/** An old whole-JSON backup bigger than this is refused: it would have to be held as one string. */
const LEGACY_MAX_BYTES = 256 * 1024 * 1024;
const HEADER_MAX_BYTES = 1024 * 1024;
const decoder = new TextDecoder();

/** Reads the header (or an old backup's JSON); a message when the file cannot be restored here. */
export async function openBackup(
  source: ByteSource,
  supportedSchemaVersion: number,
): Promise<{ ok: true; opened: OpenedBackup } | { ok: false; message: string }> {
  const first = await source.read(0, Math.min(source.size, 4096));
  const kind = sniffBackup(first);
  if (kind === 'json') {
    if (source.size > LEGACY_MAX_BYTES) return { ok: false, message: '旧格式的备份文件过大，本程序无法读取' };
    // A backup from before schema 2 gets its volunteers' pinyin search keys as it is read.
    await loadPinyin();
    const parsed = parseBackup(decoder.decode(await source.read(0, source.size)), supportedSchemaVersion);
    return parsed.ok ? { ok: true, opened: { kind: 'json', backup: parsed.backup } } : parsed;
  }
  if (kind !== 'stream') return { ok: false, message: '这不是文明实践前台的备份文件' };
  const length = first.length >= 12 ? new DataView(first.buffer, first.byteOffset).getUint32(8) : 0;
  if (length === 0 || length > HEADER_MAX_BYTES || 12 + length > source.size) {
    return { ok: false, message: '备份文件已损坏：文件头不完整' };
  }
  const headBytes = new Uint8Array(await source.read(12, length));
  let header: StreamHeader;
  try {
    header = streamHeaderSchema.parse(JSON.parse(decoder.decode(headBytes)));
  } catch {
    return { ok: false, message: '备份文件已损坏：文件头无法读取' };
  }
  const problem = headerProblem(header, supportedSchemaVersion);
  if (problem) return { ok: false, message: problem };
  const headerHex = hex(await digest(headBytes));
  return { ok: true, opened: { kind: 'stream', header, headerHex, dataStart: 12 + length, source } };
}

/** Rows per table the backup holds, as its header says (an old file: as counted). */
export function backupCounts(opened: OpenedBackup): Record<string, number> {
  if (opened.kind === 'stream') return opened.header.counts;
  return Object.fromEntries(Object.entries(opened.backup.tables).map(([t, rows]) => [t, rows.length]));
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys({ ...a, ...b }).every((t) => (a[t] ?? 0) === (b[t] ?? 0));

/**
 * The frames of a backup, one at a time: each is decrypted and checked, and after the last the trailer
 * must account for every frame and row. Anything else throws BackupDamagedError, so a restore fed by
 * this never completes from a cut, changed or reordered file. `key` is null for an old JSON file.
 */
export function frameReader(opened: OpenedBackup, key: CryptoKey | null) {
  if (opened.kind === 'json') {
    const frames: RowFrame[] = Object.entries(opened.backup.tables).map(([table, rows]) => ({ table, rows }));
    let i = 0;
    return { next: async (): Promise<RowFrame | null> => frames[i++] ?? null };
  }
  if (!key) throw new BackupDamagedError('缺少备份密钥，无法读取这份备份');
  const { source, header, headerHex } = opened;
  let offset = opened.dataStart;
  let index = 0;
  let finished = false;
  const digests: Uint8Array[] = [];
  const counts: Record<string, number> = {};
  return {
    async next(): Promise<RowFrame | null> {
      if (finished) return null;
      if (offset + 4 > source.size)
        throw new BackupDamagedError('备份文件不完整：结尾缺失，可能在保存时中断');
      const prefix = await source.read(offset, 4);
      const length = frameLength(prefix, source.size - offset - 4);
      if (length === null) throw new BackupDamagedError(`备份文件已损坏：第 ${index + 1} 段长度不对`);
      const bytes = new Uint8Array(await source.read(offset, 4 + length));
      let plain: Uint8Array;
      try {
        plain = await decryptFrame(key, bytes.subarray(4), frameAad(headerHex, index));
      } catch {
        throw new BackupDamagedError(
          index === 0
            ? '无法解密这份备份：密钥不对，或文件已被改动'
            : `备份文件已损坏或被改动：第 ${index + 1} 段校验未通过`,
        );
      }
      offset += 4 + length;
      const parsed = parseFrame(decoder.decode(plain));
      if (parsed.kind === 'bad')
        throw new BackupDamagedError(`备份文件已损坏：第 ${index + 1} 段内容无法读取`);
      if (parsed.kind === 'rows') {
        digests.push(await digest(bytes));
        index += 1;
        counts[parsed.frame.table] = (counts[parsed.frame.table] ?? 0) + parsed.frame.rows.length;
        return parsed.frame;
      }
      const { trailer } = parsed;
      const all = new Uint8Array(digests.length * 32);
      digests.forEach((d, i) => all.set(d, i * 32));
      if (
        trailer.frames !== index ||
        offset !== source.size ||
        hex(await digest(all)) !== trailer.digest ||
        !sameCounts(trailer.counts, counts) ||
        !sameCounts(header.counts, counts)
      ) {
        throw new BackupDamagedError('备份文件校验未通过：内容与记录的条数或校验值不符');
      }
      finished = true;
      return null;
    },
  };
}

/**
 * Reads a whole backup once without writing anything: every frame decrypts, the counts and checksum
 * match, and the audit chain is checked as it streams. Throws BackupDamagedError otherwise.
 */
export async function verifyBackup(
  opened: OpenedBackup,
  key: CryptoKey | null,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ rows: number; chain: ChainReport<ChainedEntry> }> {
  const reader = frameReader(opened, key);
  const chain = createStreamingChainVerifier<ChainedEntry>();
  const total = Object.values(backupCounts(opened)).reduce((a, b) => a + b, 0);
  let rows = 0;
  const audit: object[] = [];
  for (let frame = await reader.next(); frame; frame = await reader.next()) {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    if (frame.table === 'auditLog') {
      // An old JSON file keeps its log in any order: it is sorted once, as it is in memory anyway.
      if (opened.kind === 'json') audit.push(...(frame.rows as object[]));
      else for (const row of frame.rows) chain.push(row as object);
    }
    rows += frame.rows.length;
    onProgress?.(rows, total);
  }
  if (opened.kind === 'json') {
    const sorted = (audit as Partial<ChainedEntry>[]).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    for (const row of sorted) chain.push(row);
  }
  return { rows, chain: chain.finish() };
}
