import { sentinelSchema, type Sentinel } from '@shared/backup/sentinel';

/**
 * Web mode keeps the sentinel in the origin private file system, beside the automatic backups and
 * outside IndexedDB, so a database Chromium deleted as damaged is noticed. localStorage is only the
 * fallback where OPFS is missing: it loses values written just before a crash (electron #32972).
 */
const FILE = 'desk-sentinel.json';
const KEY = 'practiceDesk.sentinel';

const parse = (text: string | null): Sentinel | null => {
  if (!text) return null;
  try {
    const parsed = sentinelSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

async function readOpfs(): Promise<string | null> {
  const root = await navigator.storage.getDirectory();
  try {
    return await (await (await root.getFileHandle(FILE)).getFile()).text();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return null;
    throw error;
  }
}

export async function readBrowserSentinel(): Promise<Sentinel | null> {
  try {
    return parse(await readOpfs()) ?? parse(localStorage.getItem(KEY));
  } catch {
    return parse(localStorage.getItem(KEY));
  }
}

export async function writeBrowserSentinel(sentinel: Sentinel): Promise<void> {
  const text = JSON.stringify(sentinelSchema.parse(sentinel));
  try {
    const root = await navigator.storage.getDirectory();
    const writable = await (await root.getFileHandle(FILE, { create: true })).createWritable();
    // The writable swaps its content in on close: a crash mid-write keeps the previous sentinel.
    await writable.write(text);
    await writable.close();
  } catch {
    localStorage.setItem(KEY, text);
  }
}
