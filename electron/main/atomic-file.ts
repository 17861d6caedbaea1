import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Makes a rename or a new file in `dir` survive a power cut: POSIX keeps directory entries in the
 * directory's own metadata, which only an fsync of the directory flushes. Windows cannot open a folder
 * for syncing (NTFS journals the rename itself), and some USB file systems refuse it; in both cases the
 * file's own fsync already happened, so a refusal here is not an error.
 */
export const syncDirectory = async (
  dir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> => {
  if (platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // See above: best effort by design.
  } finally {
    await handle?.close().catch(() => undefined);
  }
};

/**
 * Writes a small text file so a crash leaves either the old content or the new, never half of either:
 * temporary file, fsync, rename, then the folder's fsync.
 */
export const writeFileAtomic = async (file: string, text: string): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.partial`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, file);
  await syncDirectory(dirname(file));
};
