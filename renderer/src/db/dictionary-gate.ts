import Dexie from 'dexie';
import { loadPinyin, pinyinLoaded } from './lazy-pinyin';

/**
 * What a write that stores volunteers must await before computing their search keys, while the pinyin
 * dictionary is still loading after the start (lazy-pinyin.ts); null once it is in, so the steady state
 * awaits nothing. Inside a transaction the wait keeps the transaction alive (Dexie.waitFor).
 *
 * @example
 * const wait = untilDictionary();
 * if (wait) await wait;
 * await db.transaction('rw', db.volunteers, db.auditLog, () => register()); // keys computed inside
 */
export function untilDictionary(): Promise<void> | null {
  if (pinyinLoaded()) return null;
  return Dexie.currentTransaction ? Dexie.waitFor(loadPinyin()) : loadPinyin();
}
