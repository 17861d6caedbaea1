import { parseBackup } from '@shared/backup/backup-file';
import { WATCHED_TABLES } from '@shared/backup/sentinel';
import { LATEST_SCHEMA_VERSION, type Repos } from '../db';
import { recordDatabase } from '../features/backup/sentinel-sync';
import { platform } from '../platform';

/** A restore that could not start or finish; the message is for the screen. */
export class RecoveryError extends Error {}

/**
 * Restores an automatic backup into the database recovery mode opened. Whatever the database still
 * holds is first kept as another automatic backup (an empty one is not: it would only crowd out good
 * copies). Afterwards the sentinel records the restored data, so the next start opens normally.
 */
export async function restoreSnapshot(
  repos: Repos,
  name: string,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  let text: string;
  try {
    text = await platform.readSnapshot({ name });
  } catch {
    throw new RecoveryError('无法读取这份自动备份，请换一份较早的备份再试');
  }
  const parsed = parseBackup(text, LATEST_SCHEMA_VERSION);
  if (!parsed.ok) throw new RecoveryError(parsed.message);
  const facts = await repos.deskFacts();
  const holdsData = facts.lastWriteAt !== null || WATCHED_TABLES.some((t) => facts.counts[t] > 0);
  if (holdsData) {
    try {
      const info = await platform.getAppInfo();
      const current = await repos.backup.exportAll(info.version);
      await platform.saveSnapshot({ content: JSON.stringify(current), at: current.exportedAt });
    } catch {
      throw new RecoveryError('未能先保存当前数据，已取消恢复。请检查磁盘空间后再试');
    }
  }
  try {
    await repos.backup.restore(parsed.backup, onProgress);
  } catch {
    throw new RecoveryError('恢复没有完成，数据库保持恢复前的样子。请再试一次，或换一份备份');
  }
  await recordDatabase(repos, platform, Date.now()).catch(() => null);
}
