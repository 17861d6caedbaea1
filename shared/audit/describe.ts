import type { AuditEntry, SettingKey } from '../model';
import { dateKey, formatTime } from '../time/center-time';
import type { ChainBreak, ChainFields, ChainReport } from './chain';

/** Kinds of record staff can filter the log by, in their words. */
export const AUDIT_KINDS: Readonly<Record<string, string>> = {
  bookings: '场地预约',
  bookingSeries: '重复预约',
  rooms: '场地',
  closures: '闭馆安排',
  organisations: '预约单位',
  volunteers: '志愿者',
  teams: '志愿服务队',
  serviceRecords: '服务记录',
  activities: '活动记录',
  serviceOrders: '服务单',
  projects: '服务项目',
  honours: '评选表彰',
  dutyPosts: '排班岗位',
  schoolTerms: '学期',
  rosterPatterns: '重复排班',
  rosterEntries: '岗位排班',
  documents: '证书与感谢信',
  templates: '文书模板',
  settings: '设置',
  staff: '工作人员',
  database: '数据库',
  exports: '数据导出',
};

// Every key named (the compiler asks for a new setting's name); a key from a newer desk shows as 其他设置.
const SETTING_NAMES: Record<SettingKey, string> = {
  centerProfile: '中心信息',
  deskId: '本机标识',
  setupCompletedAt: '首次设置',
  demoDataLoadedAt: '示例数据',
  bookingRules: '场地预约规则',
  hoursRules: '服务时长规则',
  starLadder: '星级标准',
  minorRules: '未成年志愿者年龄',
  privacyNoticeVersion: '隐私告知版本',
  lastBackupAt: '上次备份时间',
  documentIssuer: '文书落款与证件号显示',
  printerOffsets: '套打位置',
  idleLockMinutes: '自动锁定时间',
  nationalPresets: '全国系统导出方案',
  retentionYears: '志愿者信息保留年限',
  servicePosts: '服务岗位',
  stations: '所/站',
  assessmentRules: '考评办法',
  orderCategories: '服务单类别',
  importMapping: '志愿者导入的列对应',
  placeImportMapping: '场地与单位导入的列对应',
  syncEnabled: '多台前台同步',
  syncCenter: '同步的中心与本机账号',
  syncStoppedAt: '停止同步的时间',
  syncBacklogSince: '待发送给中心的已有数据',
  syncPaused: '暂停同步',
};

/**
 * What an entry was about, in words staff use rather than table or setting names.
 *
 * @example
 * describeTarget({ entity: 'settings', entityId: 'centerProfile' }) // => '设置：中心信息'
 */
export function describeTarget(entry: Pick<AuditEntry, 'entity' | 'entityId'>): string {
  const kind = AUDIT_KINDS[entry.entity] ?? '其他';
  if (entry.entity === 'settings') {
    return `${kind}：${SETTING_NAMES[entry.entityId as SettingKey] ?? '其他设置'}`;
  }
  return kind;
}

/**
 * When an entry was made, in China time.
 *
 * @example
 * formatAuditTime(Date.UTC(2026, 11, 1, 2, 5)) // => '2026-12-01 10:05'
 */
export function formatAuditTime(at: number): string {
  return `${dateKey(at)} ${formatTime(at)}`;
}

type Described = ChainFields & Pick<AuditEntry, 'at' | 'actor' | 'action'>;

function which(entry: Described): string {
  return `第 ${entry.seq} 条（${formatAuditTime(entry.at)}，${entry.actor}：${entry.action}）`;
}

/**
 * The first broken link, in plain Chinese: which entry and when.
 *
 * @example
 * describeBreak({ kind: 'changed', entry }) // => '第 12 条（2026-12-01 10:05，前台：新建预约）登记后被改动过。'
 */
export function describeBreak<T extends Described>(broken: ChainBreak<T>): string {
  switch (broken.kind) {
    case 'changed':
      return `${which(broken.entry)}登记后被改动过。`;
    case 'missing':
      return broken.after
        ? `${which(broken.after)}之后少了 ${broken.count} 条记录，下一条是${which(broken.entry)}。`
        : `最前面少了 ${broken.count} 条记录，现存最早的是${which(broken.entry)}。`;
    case 'unlinked':
      return `${which(broken.entry)}与前一条${which(broken.after)}接不上，中间的记录被删除或替换过。`;
    case 'out-of-order':
      return `${which(broken.entry)}的顺序不对，排在${which(broken.after)}之后却没有更晚的编号，记录被复制或挪动过。`;
  }
}

/**
 * A whole check's result in one or two sentences.
 *
 * @example
 * describeReport({ checked: 3, older: 0, broken: null }) // => '3 条操作记录完整，没有被改动或删除。'
 */
export function describeReport<T extends Described>(report: ChainReport<T>): string {
  const older = report.older > 0 ? `另有 ${report.older} 条记录早于防篡改校验启用，无法校验。` : '';
  if (report.broken) {
    return `${describeBreak(report.broken)}此前的 ${report.checked} 条完整。${older}`;
  }
  return `${report.checked} 条操作记录完整，没有被改动或删除。${older}`;
}
