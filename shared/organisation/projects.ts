import type { Project } from '../model/practice';
import { markupProblem } from '../text/plain-text';

/**
 * The longest 服务项目 name, in characters.
 *
 * @example
 * '“银龄互助”邻里守望'.length <= PROJECT_NAME_MAX // => true
 */
export const PROJECT_NAME_MAX = 40;

/**
 * The editable part of a 服务项目, as the form holds it.
 *
 * @example
 * const d: ProjectDraft = { name: '四点半课堂', brand: true, teamId: null, category: '助学辅导', description: '', startDate: '2026-03-01', endDate: null };
 */
export type ProjectDraft = Pick<
  Project,
  'name' | 'brand' | 'teamId' | 'category' | 'description' | 'startDate' | 'endDate'
>;

/**
 * What is wrong with a project draft, by field, in Chinese; empty when it can be saved. Names are
 * compared trimmed against the other live projects (`others`, the project itself excluded by the caller).
 *
 * @example
 * projectProblems({ name: '', brand: false, teamId: null, category: '', description: '', startDate: null, endDate: null }, [])
 * // => { name: '请填写项目名称' }
 * projectProblems({ name: '四点半课堂', brand: false, teamId: null, category: '', description: '', startDate: '2026-05-01', endDate: '2026-04-01' }, [])
 * // => { endDate: '结束日期不能早于开始日期' }
 */
export function projectProblems(
  draft: ProjectDraft,
  others: readonly Pick<Project, 'name'>[],
): Partial<Record<keyof ProjectDraft, string>> {
  const problems: Partial<Record<keyof ProjectDraft, string>> = {};
  const name = draft.name.trim();
  const length = Array.from(name).length;
  if (name === '') problems.name = '请填写项目名称';
  else if (length > PROJECT_NAME_MAX)
    problems.name = `项目名称最多${PROJECT_NAME_MAX}字，已超${length - PROJECT_NAME_MAX}字`;
  else if (markupProblem('项目名称', name)) problems.name = markupProblem('项目名称', name) ?? '';
  else if (others.some((p) => p.name.trim() === name)) problems.name = `已有名为“${name}”的服务项目`;
  if (draft.startDate && draft.endDate && draft.endDate < draft.startDate)
    problems.endDate = '结束日期不能早于开始日期';
  return problems;
}

/**
 * Whether a project runs on `day` (`YYYY-MM-DD`): within its dates, either end open.
 *
 * @example
 * projectActiveOn({ startDate: '2026-01-01', endDate: null }, '2026-12-01') // => true
 * projectActiveOn({ startDate: null, endDate: '2026-06-30' }, '2026-12-01') // => false
 */
export function projectActiveOn(p: Pick<Project, 'startDate' | 'endDate'>, day: string): boolean {
  return (p.startDate === null || p.startDate <= day) && (p.endDate === null || day <= p.endDate);
}
