import {
  createFramePacker,
  DEFAULT_CHUNK_BYTES,
  encodeStreamHead,
  frameAad,
  STREAM_FILE_VERSION,
  type StreamHeader,
  type StreamTrailer,
} from '@shared/backup/stream-format';
import type { Repos } from '../../../db';
import { LoadCancelledError, LATEST_SCHEMA_VERSION } from '../../../db';
import type { BackupSink } from '../../../platform/types';
import { digest, encryptFrame, hex } from './backup-crypto';
import type { DeskKeyMaterial } from './desk-key';

export interface WriteBackupInput {
  repos: Repos;
  sink: BackupSink;
  key: DeskKeyMaterial;
  appVersion: string;
  exportedAt: number;
  deskId: string;
  centerName: string | null;
  chunkBytes?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const encoder = new TextEncoder();

function withLength(frame: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(4 + frame.length);
  new DataView(out.buffer).setUint32(0, frame.length);
  out.set(frame, 4);
  return out;
}

/**
 * Streams the whole desk into `sink` as an encrypted backup (see shared/backup/stream-format), one frame
 * at a time, and returns its header and trailer. Does not commit or abort the sink: the caller does,
 * so a failure leaves nothing under a backup's name.
 */
export async function writeStreamBackup(input: WriteBackupInput) {
  const { repos, sink, key, chunkBytes = DEFAULT_CHUNK_BYTES, onProgress, signal } = input;
  let header: StreamHeader | null = null;
  let headerHex = '';
  let index = 0;
  let done = 0;
  let total = 0;
  const digests: Uint8Array[] = [];
  const written: Record<string, number> = {};

  const writeFrame = async (text: string) => {
    const sealed = await encryptFrame(key.key, encoder.encode(text), frameAad(headerHex, index));
    const bytes = withLength(sealed);
    await sink.write(bytes);
    digests.push(await digest(bytes));
    index += 1;
  };

  let packer: ReturnType<typeof createFramePacker> | null = null;
  const flush = async () => {
    const text = packer?.flush();
    if (text) await writeFrame(text);
  };

  const counts = await repos.backup.streamTables(
    async (tableCounts) => {
      total = Object.values(tableCounts).reduce((a, b) => a + b, 0);
      header = {
        format: 'practice-desk-backup',
        fileVersion: STREAM_FILE_VERSION,
        schemaVersion: LATEST_SCHEMA_VERSION,
        appVersion: input.appVersion,
        exportedAt: input.exportedAt,
        deskId: input.deskId,
        centerName: input.centerName,
        counts: tableCounts,
        chunkBytes,
        encryption: { alg: 'AES-GCM-256', keyId: key.keyId, recovery: key.recovery },
      };
      const head = new Uint8Array(encodeStreamHead(header, (t) => encoder.encode(t)));
      headerHex = hex(await digest(head.slice(12)));
      await sink.write(head);
    },
    async (table, rows) => {
      if (signal?.aborted) throw new LoadCancelledError();
      if (packer && packer.table !== table) await flush();
      if (!packer || packer.table !== table) packer = createFramePacker(table, chunkBytes);
      let chars = 0;
      for (const row of rows) {
        const text = packer.add(row);
        chars += packer.lastRowChars;
        if (text) await writeFrame(text);
      }
      written[table] = (written[table] ?? 0) + rows.length;
      done += rows.length;
      onProgress?.(done, total);
      // The next page holds about one chunk of rows like these.
      return Math.min(2000, Math.max(1, Math.floor((chunkBytes * rows.length) / Math.max(1, chars))));
    },
  );
  await flush();
  const all = new Uint8Array(digests.length * 32);
  digests.forEach((d, i) => all.set(d, i * 32));
  const trailer: StreamTrailer = {
    end: true,
    frames: index,
    counts: written,
    digest: hex(await digest(all)),
  };
  await writeFrame(JSON.stringify(trailer));
  if (!header) throw new Error('备份没有写出文件头');
  return { header: header as StreamHeader, trailer, counts };
}
