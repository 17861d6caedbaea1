/** PBKDF2 iterations for new PINs (OWASP's figure for PBKDF2-SHA-256); each row stores its own count. */
export const PIN_ITERATIONS = 210_000;

/** A PIN's stored form: never the PIN itself. */
export interface PinHash {
  pinHash: string;
  pinSalt: string;
  pinIterations: number;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return toBase64(new Uint8Array(bits));
}

/** Hashes a new PIN with a fresh random 16-byte salt (WebCrypto: about 0.1 s, so never on a hot path). */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { pinHash: await derive(pin, salt, iterations), pinSalt: toBase64(salt), pinIterations: iterations };
}

/** Whether a typed PIN matches the stored hash, compared without stopping at the first difference. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const typed = await derive(pin, fromBase64(stored.pinSalt), stored.pinIterations);
  if (typed.length !== stored.pinHash.length) return false;
  let diff = 0;
  for (let i = 0; i < typed.length; i += 1) diff |= typed.charCodeAt(i) ^ stored.pinHash.charCodeAt(i);
  return diff === 0;
}
