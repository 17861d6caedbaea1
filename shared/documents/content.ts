import type { ServiceRecord, Volunteer } from '../model/people';
import { maskIdNumber } from '../privacy/mask';
import { dateKey } from '../time/center-time';
import { chineseDate, shortChineseDate } from './dates';

/**
 * One confirmed, dated service as it appears in a certificate's detail table.
 *
 * @example
 * const line: ServiceLine = { date: '2026-11-08', project: '文明交通劝导', content: '路口劝导', minutes: 90 };
 */
export interface ServiceLine {
  date: string;
  project: string;
  content: string;
  minutes: number;
}

/**
 * The records a certificate may state: confirmed (已确认), credited, not deleted and not awaiting
 * review, oldest first. Records in this desk's database are the ones this center organised and
 * recorded (谁组织谁记录、谁记录谁证明).
 *
 * @example
 * confirmedServiceLines(records).length // => number of certifiable services
 */
export function confirmedServiceLines(records: readonly ServiceRecord[]): ServiceLine[] {
  return records
    .filter(
      (r) =>
        r.deletedAt === null &&
        r.status === '已确认' &&
        !r.flaggedForReview &&
        r.creditedMinutes !== null &&
        r.creditedMinutes > 0,
    )
    .sort((a, b) => a.signInAt - b.signInAt)
    .map((r) => ({
      date: dateKey(r.signInAt),
      project: r.projectName,
      content: r.post ?? r.content,
      minutes: r.creditedMinutes ?? 0,
    }));
}

/**
 * Hours from minutes with at most one decimal, without trailing zeros.
 *
 * @example
 * formatHours(90) // => '1.5'
 * formatHours(120) // => '2'
 */
export function formatHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 10) / 10);
}

/**
 * The service placeholders of a set of confirmed services; empty values when there are none, so the
 * missing-data check flags a certificate that would state nothing.
 *
 * @example
 * serviceValues([{ date: '2026-11-08', project: '文明交通劝导', content: '路口劝导', minutes: 90 }])
 * // => { 服务时长: '1.5', 服务次数: '1', 服务期间: '2026年11月8日', 服务内容: '文明交通劝导' }
 */
export function serviceValues(lines: readonly ServiceLine[]): Record<string, string> {
  if (lines.length === 0) return { 服务时长: '', 服务次数: '', 服务期间: '', 服务内容: '' };
  const total = lines.reduce((sum, l) => sum + l.minutes, 0);
  const first = lines[0]?.date ?? '';
  const last = lines[lines.length - 1]?.date ?? '';
  const byProject = new Map<string, number>();
  for (const l of lines) byProject.set(l.project, (byProject.get(l.project) ?? 0) + l.minutes);
  const top = [...byProject.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name]) => name);
  return {
    服务时长: formatHours(total),
    服务次数: String(lines.length),
    服务期间:
      first === last ? shortChineseDate(first) : `${shortChineseDate(first)}至${shortChineseDate(last)}`,
    服务内容: top.map((name) => `“${name}”`).join('、'),
  };
}

/**
 * Detail rows (date, project, content, hours) frozen with a 志愿服务记录证明.
 *
 * @example
 * serviceRows([{ date: '2026-11-08', project: '文明交通劝导', content: '路口劝导', minutes: 90 }])
 * // => [['2026-11-08', '文明交通劝导', '路口劝导', '1.5']]
 */
export function serviceRows(lines: readonly ServiceLine[]): string[][] {
  return lines.map((l) => [l.date, l.project, l.content, formatHours(l.minutes)]);
}

/**
 * The identity placeholders of a volunteer. The ID number is masked unless `fullIdNumber` (only the
 * 志愿服务记录证明 needs it in full, and only when the setting allows).
 *
 * @example
 * identityValues(volunteer, false)['证件号码'] // => '110105********1234'
 */
export function identityValues(
  volunteer: Pick<Volunteer, 'name' | 'gender' | 'idType' | 'idNumber' | 'volunteerNo'>,
  fullIdNumber: boolean,
): Record<string, string> {
  return {
    姓名: volunteer.name,
    性别: volunteer.gender ?? '',
    证件类型: volunteer.idType,
    证件号码: volunteer.idNumber
      ? fullIdNumber
        ? volunteer.idNumber
        : maskIdNumber(volunteer.idNumber)
      : '',
    志愿者编号: volunteer.volunteerNo,
  };
}

/**
 * Who issues documents: the center and the people the 2015 rules name.
 *
 * @example
 * const issuer: IssuerInfo = { name: '鼓楼区新时代文明实践中心', leader: '王建国', handler: '林晓', phone: '0591-87654321' };
 */
export interface IssuerInfo {
  name: string;
  leader: string;
  handler: string;
  phone: string;
}

/**
 * The issuer and date placeholders.
 *
 * @example
 * issuerValues(issuer, '2026-11-22')['开具日期'] // => '二〇二六年十一月二十二日'
 */
export function issuerValues(issuer: IssuerInfo, issueDate: string): Record<string, string> {
  return {
    出具单位: issuer.name,
    负责人: issuer.leader,
    经办人: issuer.handler,
    联系电话: issuer.phone,
    开具日期: chineseDate(issueDate),
    年度: issueDate.slice(0, 4),
  };
}

/**
 * Values for previewing a template before any real recipient is chosen.
 *
 * @example
 * SAMPLE_VALUES['姓名'] // => '张𠮷'
 */
export const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  姓名: '张𠮷',
  性别: '男',
  证件类型: '居民身份证',
  证件号码: '350102********1234',
  志愿者编号: 'ZYZ000123',
  服务时长: '126.5',
  服务次数: '38',
  服务期间: '2026年1月6日至2026年11月20日',
  服务内容: '“文明交通劝导”、“河道巡护与垃圾分类宣传”、“道德讲堂”',
  活动名称: '道德讲堂',
  荣誉称号: '优秀志愿者',
  表彰事由: '在2026年度新时代文明实践志愿服务工作中表现突出',
  致函单位: '福州第一中学',
  出具单位: '鼓楼区新时代文明实践中心',
  负责人: '王建国',
  经办人: '林晓',
  联系电话: '0591-87654321',
  开具日期: '二〇二六年十一月二十二日',
  编号: 'RY-2026-00001',
  年度: '2026',
};

/**
 * Sample detail rows for the preview.
 *
 * @example
 * SAMPLE_ROWS.length // => 4
 */
export const SAMPLE_ROWS: readonly string[][] = [
  ['2026-10-12', '文明交通劝导', '路口劝导', '1.5'],
  ['2026-10-19', '道德讲堂', '会场服务', '3'],
  ['2026-11-02', '河道巡护与垃圾分类宣传', '巡河宣传', '2.5'],
  ['2026-11-16', '文明实践中心日常值班', '前台引导', '3.5'],
];
