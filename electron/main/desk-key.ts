import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { recoveryWrapSchema, type DeskKey } from '@shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';

/** Beside the database, never inside it or in a backup: a copy of the data must not carry its key. */
export const DESK_KEY_FILE = 'desk-key.json';

export const KEYCHAIN_UNAVAILABLE_MESSAGE =
  '这台电脑的系统密钥服务不可用，备份密钥无法保存在本机；恢复备份时需要用恢复密钥';
export const DESK_KEY_DAMAGED_MESSAGE = '本机保存的备份密钥文件已损坏，恢复备份时需要用恢复密钥';

/** What the desk needs of Electron's safeStorage (so tests and other shells can stand in). */
export interface Keychain {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which password store protects the key ('basic_text' protects it with a fixed key). */
  getSelectedStorageBackend?: () => string;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const keyIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

const keyFileSchema = z.object({
  version: z.literal(1),
  keyId: keyIdSchema,
  /** base64 of safeStorage.encryptString(base64(rawKey)). */
  protected: base64.min(1).max(20_000),
  recovery: recoveryWrapSchema.nullable(),
  backend: z.string().max(40).nullable(),
});

const KEY_BYTES = 32;

/** The raw key inside a protected blob, or null when this PC cannot open it. */
const unprotect = (keychain: Keychain, protectedKey: string): Uint8Array<ArrayBuffer> | null => {
  if (!keychain.isEncryptionAvailable()) return null;
  let text: string;
  try {
    text = keychain.decryptString(Buffer.from(protectedKey, 'base64'));
  } catch {
    // Another user account or PC, or a reset keyring: the recovery key is needed.
    return null;
  }
  const raw = Buffer.from(text, 'base64');
  if (raw.length !== KEY_BYTES || raw.toString('base64') !== text) return null;
  return new Uint8Array(raw);
};

export interface DeskKeyStore {
  /** null when no key was ever stored here. */
  read(): Promise<DeskKey | null>;
  write(key: DeskKey): Promise<void>;
}

/**
 * The desk backup key in `file`, protected for this PC's user account by safeStorage (DPAPI on Windows,
 * the Secret Service or KWallet on Linux). The recovery wrap is kept beside it in the clear: it is
 * useless without the printed recovery key, and it lets a damaged or foreign file still be recovered.
 */
export function createDeskKeyStore(
  file: string,
  keychain: Keychain,
  platform: NodeJS.Platform = process.platform,
): DeskKeyStore {
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new Error(DESK_KEY_DAMAGED_MESSAGE, { cause: error });
      }
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        // Handled below with every other file that does not even name its key.
      }
      const whole = keyFileSchema.safeParse(json);
      if (whole.success) {
        const { keyId, recovery } = whole.data;
        return { keyId, rawKey: unprotect(keychain, whole.data.protected), recovery };
      }
      // Damaged but still naming its key: say so with what can be saved (the recovery wrap).
      const fields = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
      const keyId = keyIdSchema.safeParse(fields.keyId);
      if (keyId.success) {
        const recovery = recoveryWrapSchema.safeParse(fields.recovery);
        return { keyId: keyId.data, rawKey: null, recovery: recovery.success ? recovery.data : null };
      }
      // Nothing left that could open a backup. Throwing would stop every automatic backup for good, so
      // the file is set aside (never deleted) and the desk reads as keyless: the renderer then makes a
      // new key and asks for a new recovery sheet. Older backups open with their own sheet as before.
      try {
        await rename(file, `${file}.damaged-${Date.now()}`);
      } catch (error) {
        throw new Error(DESK_KEY_DAMAGED_MESSAGE, { cause: error });
      }
      return null;
    },

    async write({ keyId, rawKey, recovery }) {
      if (!rawKey || rawKey.length !== KEY_BYTES) throw new Error('缺少密钥');
      if (!keychain.isEncryptionAvailable()) throw new Error(KEYCHAIN_UNAVAILABLE_MESSAGE);
      const plain = Buffer.from(rawKey).toString('base64');
      let protectedKey: string;
      try {
        protectedKey = keychain.encryptString(plain).toString('base64');
      } catch (error) {
        throw new Error(KEYCHAIN_UNAVAILABLE_MESSAGE, { cause: error });
      }
      // A keyring that encrypts but cannot decrypt (seen with broken Linux keyrings) would lose the key.
      if (unprotect(keychain, protectedKey) === null) throw new Error(KEYCHAIN_UNAVAILABLE_MESSAGE);
      const backend = platform === 'linux' ? (keychain.getSelectedStorageBackend?.() ?? null) : null;
      const content: z.infer<typeof keyFileSchema> = {
        version: 1,
        keyId,
        protected: protectedKey,
        recovery,
        backend,
      };
      await writeFileAtomic(file, JSON.stringify(content));
    },
  };
}
