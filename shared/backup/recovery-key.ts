import { sha256 } from '../audit/sha256';

// Crockford's base32: no I, L, O or U, so a key copied by hand from paper reads back the same.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random bytes in a recovery key: 128 bits, far beyond guessing, in 26 characters plus 2 check characters. */
export const RECOVERY_KEY_BYTES = 16;
const DATA_CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);
const CHECK_CHARS = 2;

function toBase32(bytes: Uint8Array, chars: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (out.length < chars && bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function checkOf(data: string): string {
  return toBase32(sha256(new TextEncoderLike().encode(data)), CHECK_CHARS);
}

// shared/ has no DOM types; the key's characters are ASCII, so this is all the encoding needed.
class TextEncoderLike {
  encode(text: string): Uint8Array {
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  }
}

/**
 * The recovery key as printed: random bytes in base32 with two check characters, in groups of four.
 *
 * @example
 * formatRecoveryKey(new Uint8Array(17)) // => '0000-0000-0000-0000-0000-0000-00??'
 */
export function formatRecoveryKey(random: Uint8Array): string {
  if (random.length !== RECOVERY_KEY_BYTES) throw new Error('恢复密钥长度不对');
  const data = toBase32(random, DATA_CHARS);
  const all = data + checkOf(data);
  return all.match(/.{1,4}/g)?.join('-') ?? all;
}

/**
 * Reads a recovery key typed from the sheet: case, spaces and dashes do not matter, and O/I/L read as
 * 0/1/1. Returns the normalised key (what key derivation uses) or a message for the field.
 *
 * @example
 * parseRecoveryKey('abcd') // => { ok: false, message: '恢复密钥应为 28 个字符（不含短横线），请对照恢复密钥单核对' }
 */
export function parseRecoveryKey(typed: string): { ok: true; key: string } | { ok: false; message: string } {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-－—]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== DATA_CHARS + CHECK_CHARS) {
    return {
      ok: false,
      message: `恢复密钥应为 ${DATA_CHARS + CHECK_CHARS} 个字符（不含短横线），请对照恢复密钥单核对`,
    };
  }
  if ([...cleaned].some((c) => !ALPHABET.includes(c))) {
    return { ok: false, message: '恢复密钥中有恢复密钥单上不会出现的字符，请核对' };
  }
  const data = cleaned.slice(0, DATA_CHARS);
  if (checkOf(data) !== cleaned.slice(DATA_CHARS)) {
    return { ok: false, message: '恢复密钥有抄错的字符（校验未通过），请逐组核对' };
  }
  return { ok: true, key: cleaned };
}
