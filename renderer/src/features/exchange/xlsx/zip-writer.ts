/**
 * A .zip archive written entry by entry, each deflated by the platform's CompressionStream (native zlib,
 * in chunks: the page keeps answering while 50 MB of sheet XML is packed) rather than by a JavaScript
 * deflate. Enough of the format for an .xlsx: no zip64, no encryption, UTF-8 names.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The running CRC-32 of `bytes` after `crc` (start with 0). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

interface Entry {
  name: Uint8Array;
  crc: number;
  size: number;
  packed: number;
  offset: number;
}

// 1980-01-01 00:00, the earliest DOS time: the file's bytes do not depend on the clock.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
const DEFLATE = 8;

/** One entry being written: feed it text or bytes, then close it. */
export interface ZipEntryWriter {
  write: (chunk: string | Uint8Array<ArrayBuffer>) => Promise<void>;
  close: () => Promise<void>;
}

/** Writes entries one after another and assembles the archive's bytes. */
export class ZipWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly encoder = new TextEncoder();

  /** Starts an entry; the next one may start once this one is closed. */
  entry(name: string): ZipEntryWriter {
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    const packed: Uint8Array[] = [];
    const drained = (async () => {
      const reader = stream.readable.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) packed.push(r.value);
    })();
    let crc = 0;
    let size = 0;
    return {
      write: async (chunk) => {
        const bytes = typeof chunk === 'string' ? this.encoder.encode(chunk) : chunk;
        if (bytes.length === 0) return;
        crc = crc32(bytes, crc);
        size += bytes.length;
        await writer.write(bytes);
      },
      close: async () => {
        await writer.close();
        await drained;
        this.add({ name: this.encoder.encode(name), crc, size }, packed);
      },
    };
  }

  /** A whole entry at once. */
  async file(name: string, content: string): Promise<void> {
    const e = this.entry(name);
    await e.write(content);
    await e.close();
  }

  private add(meta: Omit<Entry, 'packed' | 'offset'>, packed: Uint8Array[]) {
    const entry: Entry = { ...meta, packed: packed.reduce((n, p) => n + p.length, 0), offset: this.offset };
    const header = new Uint8Array(30 + entry.name.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, UTF8_NAMES, true);
    v.setUint16(8, DEFLATE, true);
    v.setUint16(10, 0, true);
    v.setUint16(12, DOS_DATE, true);
    v.setUint32(14, entry.crc, true);
    v.setUint32(18, entry.packed, true);
    v.setUint32(22, entry.size, true);
    v.setUint16(26, entry.name.length, true);
    header.set(entry.name, 30);
    this.parts.push(header, ...packed);
    this.offset += header.length + entry.packed;
    this.entries.push(entry);
  }

  /** The archive: the entries, then the central directory. */
  finish(): Uint8Array<ArrayBuffer> {
    const start = this.offset;
    for (const e of this.entries) {
      const record = new Uint8Array(46 + e.name.length);
      const v = new DataView(record.buffer);
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, UTF8_NAMES, true);
      v.setUint16(10, DEFLATE, true);
      v.setUint16(14, DOS_DATE, true);
      v.setUint32(16, e.crc, true);
      v.setUint32(20, e.packed, true);
      v.setUint32(24, e.size, true);
      v.setUint16(28, e.name.length, true);
      v.setUint32(42, e.offset, true);
      record.set(e.name, 46);
      this.parts.push(record);
      this.offset += record.length;
    }
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, this.entries.length, true);
    v.setUint16(10, this.entries.length, true);
    v.setUint32(12, this.offset - start, true);
    v.setUint32(16, start, true);
    this.parts.push(end);
    const bytes = new Uint8Array(this.offset + end.length);
    let at = 0;
    for (const p of this.parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return bytes;
  }
}
