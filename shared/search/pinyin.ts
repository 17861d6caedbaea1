import { pinyin } from 'pinyin-pro';

/**
 * The pinyin of a person's name for search: the full reading without tones or spaces, and the
 * initials. Surnames with a special reading (单 shàn, 曾 zēng, 仇 qiú, 解 xiè, 区 ōu) use pinyin-pro's
 * surname mode, so 单田芳 is found by 'stf' and 'shantianfang', not 'dtf'. Non-Chinese characters are
 * dropped (a foreign name is already searchable as typed); ü is written v, as on a keyboard.
 *
 * @example
 * namePinyin('张三丰') // => { full: 'zhangsanfeng', initials: 'zsf' }
 * namePinyin('单田芳') // => { full: 'shantianfang', initials: 'stf' }
 * namePinyin('John') // => null
 */
export function namePinyin(name: string): { full: string; initials: string } | null {
  return pinyinOfSyllables(nameSyllables(name));
}

/**
 * The full reading and initials of syllables from {@link nameSyllables}; null when there are none.
 *
 * @example
 * pinyinOfSyllables(['zhang', 'san']) // => { full: 'zhangsan', initials: 'zs' }
 * pinyinOfSyllables([]) // => null
 */
export function pinyinOfSyllables(syllables: readonly string[]): { full: string; initials: string } | null {
  if (syllables.length === 0) return null;
  return { full: syllables.join(''), initials: syllables.map((s) => s.charAt(0)).join('') };
}

/**
 * The pinyin syllables of a name's Chinese characters, one per character, read as
 * {@link namePinyin} reads them (surname readings, ü as v); empty when the name has none.
 *
 * @example
 * nameSyllables('单田芳') // => ['shan', 'tian', 'fang']
 * nameSyllables('John') // => []
 */
export function nameSyllables(name: string): string[] {
  const han = Array.from(name)
    .filter((ch) => /\p{Script=Han}/u.test(ch))
    .join('');
  if (han === '') return [];
  return pinyin(han, { toneType: 'none', type: 'array', surname: 'head', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s !== '');
}
