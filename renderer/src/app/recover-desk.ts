import { WATCHED_TABLES } from '@shared/backup/sentinel';
import type { Repos } from '../db';
import { restoreOpened, takeVerifiedSnapshot } from '../features/backup/backup-files';
import { restoreDeskKey } from '../features/backup/format/desk-key';
import type { PreparedRestore } from '../features/backup/restore/use-restore-preparation';
import { recordDatabase } from '../features/backup/sentinel-sync';
import { platform } from '../platform';

/** A restore that could not start or finish; the message is for the screen. */
export class RecoveryError extends Error {}

/**
 * Restores a checked backup into the database recovery mode opened. When it was opened with the
 * recovery key and this PC no longer holds the desk key (a wiped profile, a new PC), that key becomes
 * this desk's again, so the recovery sheet keeps opening every later backup. Whatever the database still
 * holds is first kept as another automatic backup (an empty one is not: it would only crowd out good
 * copies). Afterwards the sentinel records the restored data, so the next start opens normally.
 */
export async function restorePrepared(
  repos: Repos,
  prepared: PreparedRestore,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const { opened, recoveryKey } = prepared;
  if (recoveryKey && opened.kind === 'stream' && opened.header.encryption.recovery) {
    const stored = await platform.readDeskKey().catch(() => null);
    if (!stored?.rawKey) {
      const adopted = await restoreDeskKey(
        platform,
        opened.header.encryption.keyId,
        opened.header.encryption.recovery,
        recoveryKey,
      ).catch(() => ({ ok: false as const, message: '' }));
      if (!adopted.ok) throw new RecoveryError('未能在本机保存备份密钥，请重新启动程序后再试');
    }
  }
  const facts = await repos.deskFacts();
  const holdsData = facts.lastWriteAt !== null || WATCHED_TABLES.some((t) => facts.counts[t] > 0);
  if (holdsData) {
    try {
      await takeVerifiedSnapshot({ repos, platform, at: Date.now() });
    } catch {
      throw new RecoveryError('未能先保存当前数据，已取消恢复。请检查磁盘空间后再试');
    }
  }
  try {
    await restoreOpened({ repos, ...prepared, onProgress });
  } catch {
    throw new RecoveryError('恢复没有完成，数据库保持恢复前的样子。请再试一次，或换一份备份');
  }
  await recordDatabase(repos, platform, Date.now()).catch(() => null);
}
