import type { DeskKey, SyncCredential } from '@shared/ipc/contract';

/**
 * Web mode keeps the desk backup key wrapped by a non-extractable key, both in a small IndexedDB
 * database of their own (never in the desk's database or its backups). Script on this origin can use
 * the wrapping key but never read it out, and the wrapped bytes are useless anywhere else. A profile
 * whose IndexedDB was wiped loses this too: the recovery key then opens the backups.
 */
const DB_NAME = 'practice-desk-keyring';
const STORE = 'keys';
const RECORD = 'desk';

interface KeyringRecord {
  keyId: string;
  wrapping: CryptoKey;
  wrapped: ArrayBuffer;
  recovery: DeskKey['recovery'];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('密钥库读写失败'));
  });
}

async function openKeyring(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openKeyring();
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(run(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('密钥库写入失败'));
      tx.onabort = () => reject(tx.error ?? new Error('密钥库写入失败'));
    });
    return result;
  } finally {
    db.close();
  }
}

/** Bytes sealed by a fresh non-extractable key: the key and `iv ‖ ciphertext`, both stored together. */
async function seal(plain: Uint8Array<ArrayBuffer>): Promise<{ wrapping: CryptoKey; wrapped: ArrayBuffer }> {
  const wrapping = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, wrapping, plain));
  const wrapped = new Uint8Array(12 + sealed.length);
  wrapped.set(iv);
  wrapped.set(sealed, 12);
  return { wrapping, wrapped: wrapped.buffer };
}

/** The sealed bytes, or null when they no longer open (a damaged or foreign record). */
async function unseal(wrapping: CryptoKey, wrapped: ArrayBuffer): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: new Uint8Array(wrapped.slice(0, 12)) },
        wrapping,
        wrapped.slice(12),
      ),
    );
  } catch {
    return null;
  }
}

export async function readBrowserDeskKey(): Promise<DeskKey | null> {
  const record = (await withStore('readonly', (s) => s.get(RECORD))) as KeyringRecord | undefined;
  if (!record) return null;
  const rawKey = await unseal(record.wrapping, record.wrapped);
  return { keyId: record.keyId, rawKey, recovery: record.recovery };
}

export async function writeBrowserDeskKey(key: DeskKey): Promise<void> {
  if (!key.rawKey) throw new Error('缺少密钥');
  const record: KeyringRecord = { keyId: key.keyId, ...(await seal(key.rawKey)), recovery: key.recovery };
  await withStore('readwrite', (s) => s.put(record, RECORD));
}

/** The center account (issue 15): the user name in the clear, the password sealed like the desk key. */
interface SyncCredentialRecord {
  username: string;
  wrapping: CryptoKey;
  wrapped: ArrayBuffer;
}
const SYNC_RECORD = 'sync-credential';

export async function readBrowserSyncCredential(): Promise<SyncCredential | null> {
  const record = (await withStore('readonly', (s) => s.get(SYNC_RECORD))) as SyncCredentialRecord | undefined;
  const password = record && (await unseal(record.wrapping, record.wrapped));
  return record && password
    ? { username: record.username, password: new TextDecoder().decode(password) }
    : null;
}

export async function writeBrowserSyncCredential(credential: SyncCredential | null): Promise<void> {
  if (!credential) {
    await withStore('readwrite', (s) => s.delete(SYNC_RECORD));
    return;
  }
  const record: SyncCredentialRecord = {
    username: credential.username,
    ...(await seal(new TextEncoder().encode(credential.password))),
  };
  await withStore('readwrite', (s) => s.put(record, SYNC_RECORD));
}
