import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES } from '@shared/backup/recovery-key';
import type { RecoveryWrap } from '@shared/ipc/contract';
import type { Platform } from '../../../platform/types';
import { importDeskKey, unwrapWithRecovery, wrapForRecovery } from './backup-crypto';

/** The desk key ready for use. */
export interface DeskKeyMaterial {
  keyId: string;
  key: CryptoKey;
  /** null until a recovery sheet was made: backups open on this PC only until then. */
  recovery: RecoveryWrap | null;
}

/** This PC holds a key it can no longer unwrap (another Windows account, a reinstall). */
export class DeskKeyLockedError extends Error {
  constructor() {
    super('本机保存的备份密钥无法解开，请在「设置 → 备份与恢复」中输入恢复密钥');
  }
}

let cached: Promise<DeskKeyMaterial> | null = null;

async function material(keyId: string, raw: Uint8Array<ArrayBuffer>, recovery: RecoveryWrap | null) {
  return { keyId, key: await importDeskKey(raw), recovery };
}

/**
 * This desk's backup key, made on first use: 32 random bytes kept only wrapped (for this PC by the
 * shell; by the recovery key once a recovery sheet was made).
 */
export function loadDeskKey(platform: Platform, newId: () => string): Promise<DeskKeyMaterial> {
  cached ??= (async () => {
    const stored = await platform.readDeskKey();
    if (stored?.rawKey) return material(stored.keyId, new Uint8Array(stored.rawKey), stored.recovery);
    if (stored) throw new DeskKeyLockedError();
    const rawKey = crypto.getRandomValues(new Uint8Array(32));
    const keyId = `k-${newId()}`.slice(0, 64);
    await platform.writeDeskKey({ keyId, rawKey, recovery: null });
    return material(keyId, rawKey, null);
  })();
  // A failure is not remembered: the next backup tries again (a keyring that was busy, a full disk).
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

/** Forgets the key held in memory (tests; after the key changed). */
export function forgetDeskKey(): void {
  cached = null;
}

/**
 * Makes a new recovery key for the desk key and stores the wrap; returns the key as printed, to be shown
 * once. Backups written from now on open with it; older ones with the recovery key of their time.
 */
export async function makeRecoveryKey(
  platform: Platform,
  newId: () => string,
  now: number,
): Promise<{ printed: string; material: DeskKeyMaterial }> {
  const current = await loadDeskKey(platform, newId);
  const printed = formatRecoveryKey(crypto.getRandomValues(new Uint8Array(RECOVERY_KEY_BYTES)));
  const parsed = parseRecoveryKey(printed);
  if (!parsed.ok) throw new Error(parsed.message);
  const recovery = await wrapForRecovery(current.key, parsed.key, now);
  const rawKey = new Uint8Array(await crypto.subtle.exportKey('raw', current.key));
  await platform.writeDeskKey({ keyId: current.keyId, rawKey, recovery });
  const next = { ...current, recovery };
  cached = Promise.resolve(next);
  return { printed, material: next };
}

/**
 * Opens a recovery wrap (from a backup's header or this PC's keyring) with a typed recovery key.
 * Returns the key, or a message for the field.
 */
export async function openWithRecoveryKey(
  wrap: RecoveryWrap,
  typed: string,
): Promise<{ ok: true; key: CryptoKey; raw: Uint8Array<ArrayBuffer> } | { ok: false; message: string }> {
  const parsed = parseRecoveryKey(typed);
  if (!parsed.ok) return parsed;
  const raw = await unwrapWithRecovery(wrap, parsed.key);
  if (!raw) return { ok: false, message: '恢复密钥不对：这份备份不是用这张恢复密钥单的密钥加密的' };
  return { ok: true, key: await importDeskKey(raw), raw };
}

/**
 * After the PC lost its copy (reinstall, another account): the recovery key unlocks the desk key and it
 * is stored for this PC again, so automatic backups resume.
 */
export async function restoreDeskKey(
  platform: Platform,
  keyId: string,
  wrap: RecoveryWrap,
  typed: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const opened = await openWithRecoveryKey(wrap, typed);
  if (!opened.ok) return opened;
  await platform.writeDeskKey({ keyId, rawKey: opened.raw, recovery: wrap });
  cached = Promise.resolve({ keyId, key: opened.key, recovery: wrap });
  return { ok: true };
}
