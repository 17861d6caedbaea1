import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { syncCredentialSchema, type SyncCredential } from '@shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import type { Keychain } from './desk-key';
import { readTextIfAny } from './fs-errors';

/** Beside the database, never inside it or in a backup: a copy of the data must not carry the account. */
export const SYNC_CREDENTIAL_FILE = 'sync-credential.json';

export const SYNC_KEYCHAIN_MESSAGE =
  '这台电脑的系统密钥服务不可用，同步账号的密码无法保存在本机；每次打开程序时需要重新输入';

const fileSchema = z.object({
  version: z.literal(1),
  username: syncCredentialSchema.shape.username,
  /** base64 of safeStorage.encryptString(password). */
  protected: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .min(1)
    .max(20_000),
});

export interface SyncCredentialStore {
  /** null when none is stored, or this PC can no longer open it (another account, a reset keyring). */
  read(): Promise<SyncCredential | null>;
  /** null forgets the account. */
  write(credential: SyncCredential | null): Promise<void>;
}

/**
 * The desk's account at the center in `file`, its password protected for this PC's user account by
 * safeStorage. A file that cannot be opened reads as none: staff then enter the password again.
 */
export function createSyncCredentialStore(file: string, keychain: Keychain): SyncCredentialStore {
  const open = (protectedText: string): string | null => {
    if (!keychain.isEncryptionAvailable()) return null;
    try {
      return keychain.decryptString(Buffer.from(protectedText, 'base64'));
    } catch {
      return null;
    }
  };
  return {
    async read() {
      const text = await readTextIfAny(file);
      if (text === null) return null;
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        return null;
      }
      const parsed = fileSchema.safeParse(json);
      const password = parsed.success ? open(parsed.data.protected) : null;
      return parsed.success && password ? { username: parsed.data.username, password } : null;
    },

    async write(credential) {
      if (!credential) {
        await rm(file, { force: true });
        return;
      }
      if (!keychain.isEncryptionAvailable()) throw new Error(SYNC_KEYCHAIN_MESSAGE);
      let protectedText: string;
      try {
        protectedText = keychain.encryptString(credential.password).toString('base64');
      } catch (error) {
        throw new Error(SYNC_KEYCHAIN_MESSAGE, { cause: error });
      }
      // A keyring that encrypts but cannot decrypt (seen with broken Linux keyrings) would lose it.
      if (open(protectedText) !== credential.password) throw new Error(SYNC_KEYCHAIN_MESSAGE);
      const content: z.infer<typeof fileSchema> = {
        version: 1,
        username: credential.username,
        protected: protectedText,
      };
      await writeFileAtomic(file, JSON.stringify(content));
    },
  };
}
