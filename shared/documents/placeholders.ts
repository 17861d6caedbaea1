/**
 * Placeholders staff can put into template text, written `{{姓名}}`. Each recipient's values are
 * filled in at issue and frozen with the document.
 */

/**
 * Every placeholder a template may use, with what it holds (shown in the template editor's list).
 *
 * @example
 * PLACEHOLDERS.find((p) => p.key === '服务时长')?.description // => '已确认服务时长（小时）'
 */
export const PLACEHOLDERS = [
  { key: '姓名', description: '志愿者或获奖人姓名' },
  { key: '性别', description: '性别' },
  { key: '证件类型', description: '证件类型' },
  { key: '证件号码', description: '证件号码（按设置脱敏）' },
  { key: '志愿者编号', description: '本中心志愿者编号' },
  { key: '服务时长', description: '已确认服务时长（小时）' },
  { key: '服务次数', description: '已确认服务次数' },
  { key: '服务期间', description: '首次至最近一次服务日期' },
  { key: '服务内容', description: '参与的主要项目' },
  { key: '活动名称', description: '所选活动名称' },
  { key: '荣誉称号', description: '荣誉证书上的称号' },
  { key: '表彰事由', description: '荣誉证书上的事由' },
  { key: '致函单位', description: '感谢信致送的单位、学校' },
  { key: '出具单位', description: '本中心名称' },
  { key: '负责人', description: '出具单位负责人' },
  { key: '经办人', description: '经办人' },
  { key: '联系电话', description: '出具单位联系电话' },
  { key: '开具日期', description: '开具日期（中文）' },
  { key: '编号', description: '文书编号' },
  { key: '年度', description: '开具年度' },
] as const;
export type PlaceholderKey = (typeof PLACEHOLDERS)[number]['key'];

const TOKEN = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * The placeholder names a text uses, in order of first appearance, without repeats.
 *
 * @example
 * placeholdersIn('{{姓名}}同志：您服务{{服务时长}}小时，{{姓名}}') // => ['姓名', '服务时长']
 */
export function placeholdersIn(text: string): string[] {
  const seen: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const key = m[1] ?? '';
    if (!seen.includes(key)) seen.push(key);
  }
  return seen;
}

/**
 * True when the text has at least one placeholder (such text is "variable": it prints on 套打 stock).
 *
 * @example
 * hasPlaceholders('特发此证') // => false
 */
export function hasPlaceholders(text: string): boolean {
  return placeholdersIn(text).length > 0;
}

/**
 * Replaces each `{{name}}` with its value; a missing or blank value becomes an empty string, so a
 * printed page never shows braces. Detect missing data first with `missingPlaceholders`.
 *
 * @example
 * fillPlaceholders('{{姓名}}同志：', { 姓名: '张𠮷' }) // => '张𠮷同志：'
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(TOKEN, (_, key: string) => values[key]?.trim() ?? '');
}

/**
 * The placeholders used by `texts` that have no (or only blank) value: what a recipient lacks before
 * their document can print.
 *
 * @example
 * missingPlaceholders(['{{姓名}}：{{表彰事由}}'], { 姓名: '李华', 表彰事由: ' ' }) // => ['表彰事由']
 */
export function missingPlaceholders(
  texts: readonly string[],
  values: Readonly<Record<string, string>>,
): string[] {
  const missing: string[] = [];
  for (const text of texts) {
    for (const key of placeholdersIn(text)) {
      if (!values[key]?.trim() && !missing.includes(key)) missing.push(key);
    }
  }
  return missing;
}

/**
 * Placeholder names a text uses that are not in the known list: typos staff should fix in the editor.
 *
 * @example
 * unknownPlaceholders('{{姓明}}同志') // => ['姓明']
 */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS.map((p) => p.key));
  return placeholdersIn(text).filter((key) => !known.has(key));
}
