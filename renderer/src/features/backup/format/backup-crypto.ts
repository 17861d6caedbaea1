import type { RecoveryWrap } from '@shared/ipc/contract';

/**
 * WebCrypto for backups: AES-GCM-256 per frame with the desk key, and the desk key wrapped by a
 * recovery key (PBKDF2-SHA-256 → AES-KW). The same code runs in the app and in web mode.
 */
export const RECOVERY_ITERATIONS = 600_000;

const encoder = new TextEncoder();

export const toBase64 = (bytes: Uint8Array): string => {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
};
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of some bytes (async WebCrypto: outside database transactions only). */
export async function digest(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

export function importDeskKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  // Extractable so a new recovery key can wrap it; it is never written anywhere unwrapped.
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'decrypt']);
}

export async function encryptFrame(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: string) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad) }, key, plain),
  );
  const out = new Uint8Array(12 + sealed.length);
  out.set(iv);
  out.set(sealed, 12);
  return out;
}

/** Decrypts a frame; throws when the key is wrong or the frame was changed, moved or cut. */
export async function decryptFrame(key: CryptoKey, frame: Uint8Array, aad: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(frame);
  return new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: encoder.encode(aad) },
      key,
      bytes.slice(12),
    ),
  );
}

async function recoveryKek(recoveryKey: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(recoveryKey), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Wraps the desk key with a (normalised) recovery key. */
export async function wrapForRecovery(
  deskKey: CryptoKey,
  recoveryKey: string,
  createdAt: number,
  iterations = RECOVERY_ITERATIONS,
): Promise<RecoveryWrap> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kek = await recoveryKek(recoveryKey, salt, iterations);
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', deskKey, kek, 'AES-KW'));
  return { salt: toBase64(salt), iterations, wrappedKey: toBase64(wrapped), createdAt };
}

/** The desk key's raw bytes from a recovery wrap; null when the recovery key is not the right one. */
export async function unwrapWithRecovery(
  wrap: RecoveryWrap,
  recoveryKey: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const kek = await recoveryKek(recoveryKey, fromBase64(wrap.salt), wrap.iterations);
  try {
    const key = await crypto.subtle.unwrapKey(
      'raw',
      fromBase64(wrap.wrappedKey),
      kek,
      'AES-KW',
      'AES-GCM',
      true,
      ['encrypt', 'decrypt'],
    );
    return new Uint8Array(await crypto.subtle.exportKey('raw', key));
  } catch {
    // AES-KW checks its own integrity: a wrong recovery key fails here, never yields a wrong key.
    return null;
  }
}
