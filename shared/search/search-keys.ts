import { toHalfWidth } from '../text/half-width';
import { givenNameStart, givenNames } from './given-name';
import { nameSyllables, pinyinOfSyllables } from './pinyin';

/**
 * What a volunteer is searched by at the desk.
 *
 * @example
 * const source: VolunteerSearchSource = { name: '张三', phone: '13812345678', idNumber: '', volunteerNo: 'ZYZ000001' };
 */
export interface VolunteerSearchSource {
  name: string;
  phone: string;
  idNumber: string;
  volunteerNo: string;
  /**
   * The full pinyin and the initials of the name, e.g. { full: 'zhang san', initials: 'zs' }. Spaces
   * are dropped so 'zhangs' prefix-matches. Derived from the name with {@link namePinyin} when left
   * out; pass `null` to index no pinyin at all.
   */
  pinyin?: { full: string; initials: string } | null;
}

/**
 * How many trailing digits of the phone and ID number are indexed (what people read out at a desk).
 *
 * @example
 * '13812345678'.slice(-TAIL_LENGTH) // => '5678'
 */
export const TAIL_LENGTH = 4;

/**
 * Canonical form of a search query and of every key: half-width, lower case, no whitespace, so the
 * two compare with a plain prefix match (Dexie `startsWith` on a multiEntry index).
 *
 * @example
 * normaliseQuery('  ＺＹＺ 0001 ') // => 'zyz0001'
 */
export function normaliseQuery(q: string): string {
  return toHalfWidth(q).replace(/\s+/g, '').toLowerCase();
}

function tail(value: string, n: number): string {
  return value.length >= n ? value.slice(-n) : '';
}

/**
 * The keys of a volunteer's multiEntry search index: the name, the last 4 digits of the phone, the
 * last 4 characters of the ID number, the volunteer number, the full pinyin and the pinyin initials,
 * then the given name on its own (晓峰 finds 张晓峰) and its full pinyin. Lower-cased, de-duplicated,
 * empty values dropped. Only the tails of phone and ID are indexed, so the index itself does not hold
 * the full sensitive values.
 *
 * @example
 * volunteerSearchKeys({ name: '张三', phone: '13812345678', idNumber: '11010519491231002X', volunteerNo: 'ZYZ000001' })
 * // => ['张三', '5678', '002x', 'zyz000001', 'zhangsan', 'zs']
 * volunteerSearchKeys({ name: '李晓峰', phone: '', idNumber: '', volunteerNo: '' })
 * // => ['李晓峰', 'lixiaofeng', 'lxf', '晓峰', 'xiaofeng']
 */
export function volunteerSearchKeys(source: VolunteerSearchSource): string[] {
  const phoneDigits = toHalfWidth(source.phone).replace(/\D/g, '');
  const id = normaliseQuery(source.idNumber).replace(/-/g, '');
  const keys = [
    normaliseQuery(source.name),
    tail(phoneDigits, TAIL_LENGTH),
    tail(id, TAIL_LENGTH),
    normaliseQuery(source.volunteerNo),
  ];
  const name = normaliseQuery(source.name);
  const syllables = source.pinyin === undefined ? nameSyllables(name) : null;
  const py = source.pinyin === undefined ? pinyinOfSyllables(syllables ?? []) : source.pinyin;
  if (py) keys.push(normaliseQuery(py.full), normaliseQuery(py.initials));
  keys.push(...givenNames(name).map(normaliseQuery));
  keys.push(givenNamePinyin(name, syllables));
  return [...new Set(keys.filter((k) => k !== ''))];
}

// The given name's pinyin is the tail of the whole name's reading (so 单 keeps its surname reading and
// the given name its reading in context); skipped when a character had no reading to align by.
function givenNamePinyin(name: string, syllables: string[] | null): string {
  const start = givenNameStart(name);
  if (start === null || !syllables || syllables.length !== Array.from(name).length) return '';
  return syllables.slice(start).join('');
}
