/**
 * The 服务类别 a desk starts with; 设置 may replace the list (orderCategories).
 *
 * @example
 * DEFAULT_ORDER_CATEGORIES[0] // => '助老'
 */
export const DEFAULT_ORDER_CATEGORIES: readonly string[] = [
  '助老',
  '助残',
  '助学辅导',
  '家政',
  '维修',
  '心理',
  '法律',
  '医疗健康',
  '文化',
  '其他',
];

/**
 * Longest 服务类别 name.
 *
 * @example
 * '医疗健康'.length <= ORDER_CATEGORY_MAX // => true
 */
export const ORDER_CATEGORY_MAX = 10;

/**
 * What is wrong with an edited category list: per row (empty, too long, repeated) and for the list as a
 * whole (empty); null when it can be saved.
 *
 * @example
 * orderCategoryListProblems(['维修', '维修']) // => { rows: [undefined, '“维修”重复了'], list: undefined }
 * orderCategoryListProblems(['维修']) // => null
 */
export function orderCategoryListProblems(
  list: readonly string[],
): { rows: (string | undefined)[]; list: string | undefined } | null {
  const seen = new Set<string>();
  const rows = list.map((raw) => {
    const name = raw.trim();
    if (!name) return '请填写类别名称，或删除这一行';
    if (name.length > ORDER_CATEGORY_MAX) return `类别名称不能超过${ORDER_CATEGORY_MAX}个字`;
    if (seen.has(name)) return `“${name}”重复了`;
    seen.add(name);
    return undefined;
  });
  const whole = list.length === 0 ? '至少保留一个服务类别' : undefined;
  return rows.some(Boolean) || whole ? { rows, list: whole } : null;
}
