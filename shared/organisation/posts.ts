import { markupProblem } from '../text/plain-text';

/**
 * The 12 standing volunteer posts (岗位) of a community station, the list a new center starts from.
 *
 * @example
 * DEFAULT_POSTS.length // => 12
 */
export const DEFAULT_POSTS: readonly string[] = [
  '社区党建引领',
  '精神文明示范',
  '安全生产监管',
  '基层治理参与',
  '困难居民帮扶',
  '卫生健康服务',
  '社情民意收集',
  '社区教育宣传',
  '民事调解维权',
  '文体活动先锋',
  '公益服务模范',
  '疫情常态防控',
];

/**
 * The longest post name, in characters: it is printed on records and 证明 lines.
 *
 * @example
 * '社区党建引领'.length <= POST_NAME_MAX // => true
 */
export const POST_NAME_MAX = 20;

/**
 * How many posts one desk keeps at most (a long list is no longer a list one picks from).
 *
 * @example
 * DEFAULT_POSTS.length <= POST_LIST_MAX // => true
 */
export const POST_LIST_MAX = 60;

/**
 * What is wrong with an edited post list: a message per row (by index) and one for the list as a
 * whole, both in Chinese, or null when it can be saved. Names are compared trimmed.
 *
 * @example
 * postListProblems(['前台引导', ' 前台引导 ']) // => { rows: { 1: '岗位“前台引导”重复了' }, list: null }
 * postListProblems([]) // => { rows: {}, list: '至少保留一个岗位' }
 * postListProblems(['前台引导']) // => null
 */
export function postListProblems(
  posts: readonly string[],
): { rows: Record<number, string>; list: string | null } | null {
  const rows: Record<number, string> = {};
  const seen = new Set<string>();
  posts.forEach((raw, i) => {
    const name = raw.trim();
    const length = Array.from(name).length;
    if (name === '') rows[i] = '请填写岗位名称';
    else if (length > POST_NAME_MAX)
      rows[i] = `岗位名称最多${POST_NAME_MAX}字，已超${length - POST_NAME_MAX}字`;
    else if (markupProblem('岗位名称', name)) rows[i] = markupProblem('岗位名称', name) ?? '';
    else if (seen.has(name)) rows[i] = `岗位“${name}”重复了`;
    seen.add(name);
  });
  const list =
    posts.length === 0
      ? '至少保留一个岗位'
      : posts.length > POST_LIST_MAX
        ? `岗位最多${POST_LIST_MAX}个，请合并或删去不再使用的岗位`
        : null;
  return Object.keys(rows).length === 0 && list === null ? null : { rows, list };
}

/**
 * The list as it is stored: names trimmed. Call after {@link postListProblems} returned null.
 *
 * @example
 * cleanPostList([' 前台引导 ', '图书整理']) // => ['前台引导', '图书整理']
 */
export function cleanPostList(posts: readonly string[]): string[] {
  return posts.map((p) => p.trim());
}
