/**
 * Two-character surnames still common in China (复姓). A name starting with one of these keeps both
 * characters as its surname, so 欧阳晓峰's given name is 晓峰, not 阳晓峰.
 *
 * @example
 * COMPOUND_SURNAMES.has('欧阳') // => true
 */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '司空',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '闻人',
  '赫连',
  '万俟',
  '淳于',
  '单于',
  '濮阳',
  '拓跋',
  '左丘',
  '东郭',
  '第五',
]);

// The middle dot of transliterated names (阿卜杜拉·买买提) in its common encodings.
const NAME_DOTS = /[·•・‧．.]/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * Where a person's given name starts, in characters (the surname's length), or null when the name has
 * no surname to strip: a name that is not all Chinese characters, or one too short to have a given
 * name of two characters or more. A one-character given name is left out on purpose: people at a desk
 * say 晓峰, not 伟, and single characters would flood every search with unrelated names.
 *
 * @example
 * givenNameStart('张晓峰') // => 1
 * givenNameStart('欧阳晓峰') // => 2
 * givenNameStart('张三') // => null
 * givenNameStart('欧阳修') // => null
 */
export function givenNameStart(name: string): number | null {
  const chars = Array.from(name);
  if (!HAN_ONLY.test(name)) return null;
  const surname = COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.length - surname >= 2 ? surname : null;
}

/**
 * The parts of a name a desk worker may search by on their own: the given name of a Chinese name
 * (after a one- or two-character surname), or every part after the first of a dotted transliterated
 * name. Empty when there is none worth indexing (see {@link givenNameStart}).
 *
 * @example
 * givenNames('张晓峰') // => ['晓峰']
 * givenNames('欧阳晓峰') // => ['晓峰']
 * givenNames('阿卜杜拉·买买提') // => ['买买提']
 * givenNames('张三') // => []
 */
export function givenNames(name: string): string[] {
  const trimmed = name.replace(/\s+/gu, '');
  if (NAME_DOTS.test(trimmed)) {
    return trimmed
      .split(NAME_DOTS)
      .slice(1)
      .filter((part) => Array.from(part).length >= 2);
  }
  const start = givenNameStart(trimmed);
  return start === null ? [] : [Array.from(trimmed).slice(start).join('')];
}
