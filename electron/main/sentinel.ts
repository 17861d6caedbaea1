import { mkdir, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sentinelSchema, type Sentinel } from '@shared/backup/sentinel';
import { readTextIfAny } from './fs-errors';

/** The desk's sentinel (see shared/backup/sentinel) as one small file beside the database. */
export interface SentinelStore {
  read(): Promise<Sentinel | null>;
  write(sentinel: Sentinel): Promise<void>;
}

/**
 * A store at `file`. Written to a temporary file, flushed and renamed, so a power cut leaves either the
 * old sentinel or the new one. A missing or unreadable file reads as none: recovery mode then still
 * opens when backups exist.
 */
export function createSentinelStore(file: string): SentinelStore {
  return {
    async read() {
      const text = await readTextIfAny(file);
      if (text === null) return null;
      try {
        const parsed = sentinelSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async write(sentinel) {
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.partial`;
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(JSON.stringify(sentinel), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    },
  };
}
