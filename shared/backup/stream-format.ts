import { z } from 'zod';
import { recoveryWrapSchema } from '../ipc/contract';

/**
 * The streamed backup file (version 2). No part of it is ever one string of the whole database:
 *
 *   "PDBACKUP" · u32 header length · header (UTF-8 JSON, readable without the key)
 *   then frames: u32 length · 12-byte IV · AES-GCM ciphertext of one frame's JSON
 *
 * Each frame holds rows of one table (`{"t":"volunteers","r":[…]}`), at most about `chunkBytes` of
 * text, and the last frame is the trailer (`{"end":true,…}`) with the row counts and a digest of every
 * frame before it. Each frame's additional data is the header's digest and the frame's number, so a
 * frame cannot be moved, dropped, or paired with another header without the decryption failing.
 */
export const STREAM_MAGIC = 'PDBACKUP';
export const STREAM_FILE_VERSION = 2;
/** About this much row text per frame by default: the writer and reader hold one frame at a time. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
/** A frame longer than this is damage, not data (one row may exceed chunkBytes: a photo). */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;

const countsSchema = z.record(z.string().max(64), z.number().int().min(0));

/**
 * What a backup says about itself without the key: shown in lists and before a restore.
 *
 * @example
 * streamHeaderSchema.parse(header).fileVersion // => 2
 */
export const streamHeaderSchema = z.object({
  format: z.literal('practice-desk-backup'),
  fileVersion: z.literal(STREAM_FILE_VERSION),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(40),
  exportedAt: z.number(),
  deskId: z.string().max(100),
  centerName: z.string().max(200).nullable(),
  /** Rows per table at the moment of the backup (all tables). */
  counts: countsSchema,
  chunkBytes: z.number().int().min(1),
  encryption: z.object({
    alg: z.literal('AES-GCM-256'),
    keyId: z.string().max(64),
    /** The key wrapped by the recovery key; null when the desk had none yet (this PC only). */
    recovery: recoveryWrapSchema.nullable(),
  }),
});
export type StreamHeader = z.infer<typeof streamHeaderSchema>;

/**
 * The last frame: what the reader must have seen.
 *
 * @example
 * const t: StreamTrailer = { end: true, frames: 3, counts: { rooms: 2 }, digest: 'ab…' };
 */
export const streamTrailerSchema = z.object({
  end: z.literal(true),
  /** Frames before the trailer. */
  frames: z.number().int().min(0),
  counts: countsSchema,
  /** SHA-256 (hex) over the SHA-256 of each frame's bytes, in order. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StreamTrailer = z.infer<typeof streamTrailerSchema>;

/** One frame of rows. */
export interface RowFrame {
  table: string;
  rows: unknown[];
}

/**
 * The file's opening bytes: magic, header length and header.
 *
 * @example
 * new TextDecoder().decode(encodeStreamHead(header).slice(0, 8)) // => 'PDBACKUP'
 */
export function encodeStreamHead(header: StreamHeader, encode: (text: string) => Uint8Array): Uint8Array {
  const body = encode(JSON.stringify(header));
  const out = new Uint8Array(8 + 4 + body.length);
  out.set(encode(STREAM_MAGIC));
  new DataView(out.buffer).setUint32(8, body.length);
  out.set(body, 12);
  return out;
}

/**
 * Whether the first bytes of a file are a streamed backup's ('stream'), an old whole-JSON backup's
 * ('json'), or neither.
 *
 * @example
 * sniffBackup(new TextEncoder().encode('PDBACKUP…')) // => 'stream'
 * sniffBackup(new TextEncoder().encode(' {"format":…')) // => 'json'
 */
export function sniffBackup(first: Uint8Array): 'stream' | 'json' | 'unknown' {
  const magic = String.fromCharCode(...first.slice(0, 8));
  if (magic === STREAM_MAGIC) return 'stream';
  const firstChar = [...first.slice(0, 64)].find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
  // An old backup may start with a UTF-8 byte order mark.
  return firstChar === 0x7b || (first[0] === 0xef && first[3] === 0x7b) ? 'json' : 'unknown';
}

/**
 * The length a frame's 4-byte prefix gives, or null when it cannot be a frame of this file.
 *
 * @example
 * frameLength(new Uint8Array([0, 0, 1, 0]), 1000) // => 256
 */
export function frameLength(prefix: Uint8Array, remaining: number): number | null {
  if (prefix.length < 4) return null;
  const length = new DataView(prefix.buffer, prefix.byteOffset, 4).getUint32(0);
  if (length < 12 + 16 || length > MAX_FRAME_BYTES || length > remaining) return null;
  return length;
}

/**
 * The additional authenticated data of frame `index`.
 *
 * @example
 * frameAad('ab12', 3) // => 'ab12:3'
 */
export function frameAad(headerDigestHex: string, index: number): string {
  return `${headerDigestHex}:${index}`;
}

/**
 * Groups rows into frame texts of about `chunkBytes` characters each (a row longer than that gets a
 * frame of its own). Rows are serialised one at a time, so only one frame's text exists at once.
 *
 * @example
 * const packer = createFramePacker('rooms', 100);
 * packer.add({ id: 'r1' }); // => null (not full yet)
 * packer.flush(); // => '{"t":"rooms","r":[{"id":"r1"}]}'
 */
export function createFramePacker(table: string, chunkBytes: number) {
  let parts: string[] = [];
  let size = 0;
  let lastRowChars = 0;
  const prefix = `{"t":${JSON.stringify(table)},"r":[`;
  const take = (): string | null => {
    if (parts.length === 0) return null;
    const text = `${prefix}${parts.join(',')}]}`;
    parts = [];
    size = 0;
    return text;
  };
  return {
    table,
    /** The length of the text of the row added last (to size the next page of rows). */
    get lastRowChars(): number {
      return lastRowChars;
    },
    /** Adds a row; returns a full frame's text when the row made it full. */
    add(row: unknown): string | null {
      const json = JSON.stringify(row);
      lastRowChars = json.length;
      parts.push(json);
      size += json.length + 1;
      return size >= chunkBytes ? take() : null;
    },
    /** The rows not yet returned, as a frame's text; null when there are none. */
    flush: take,
  };
}

/**
 * Reads one decrypted frame's JSON: rows of a table, or the trailer.
 *
 * @example
 * parseFrame('{"t":"rooms","r":[{"id":"r1"}]}') // => { kind: 'rows', frame: { table: 'rooms', rows: [{ id: 'r1' }] } }
 */
export function parseFrame(
  text: string,
): { kind: 'rows'; frame: RowFrame } | { kind: 'end'; trailer: StreamTrailer } | { kind: 'bad' } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'bad' };
  }
  const trailer = streamTrailerSchema.safeParse(data);
  if (trailer.success) return { kind: 'end', trailer: trailer.data };
  const d = data as { t?: unknown; r?: unknown };
  if (typeof d.t === 'string' && Array.isArray(d.r))
    return { kind: 'rows', frame: { table: d.t, rows: d.r } };
  return { kind: 'bad' };
}

/**
 * Why a header cannot be restored by this app, in Chinese; null when it can.
 *
 * @example
 * headerProblem({ ...header, schemaVersion: 9 }, 5) // => '备份来自更新版本的数据库（版本 9）…'
 */
export function headerProblem(header: StreamHeader, supportedSchemaVersion: number): string | null {
  if (header.schemaVersion > supportedSchemaVersion) {
    return `备份来自更新版本的数据库（版本 ${header.schemaVersion}），本程序只支持到版本 ${supportedSchemaVersion}，请先升级本程序`;
  }
  return null;
}
