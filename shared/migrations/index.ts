/**
 * A database schema version, named and described for the changelog and the about page.
 *
 * @example
 * const v2: MigrationInfo = { version: 2, name: 'volunteer-search-keys', description: '…' };
 */
export interface MigrationInfo {
  version: number;
  /** kebab-case, matching the migration's module name where it has one. */
  name: string;
  description: string;
}

/**
 * Every schema version in order. The Dexie schema itself lives in renderer/src/db; this list
 * documents what each version changed and which pure row migration (if any) it runs.
 *
 * @example
 * MIGRATIONS.at(-1)?.version // => LATEST_SCHEMA_VERSION
 */
export const MIGRATIONS: readonly MigrationInfo[] = [
  {
    version: 1,
    name: 'initial',
    description: '初始结构：场地、预约、单位、志愿者、服务队、服务记录、活动、文书、设置与审计日志。',
  },
  {
    version: 2,
    name: 'volunteer-search-keys',
    description:
      '为志愿者增加 searchKeys 多值索引（姓名、姓名全拼与首字母、手机号后4位、证件号后4位、志愿者编号），支持前缀搜索；逐行用 migrateVolunteerToV2 回填。',
  },
  {
    version: 3,
    name: 'frozen-document-images',
    description:
      '新增 assets 表：开具文书时保存模板的印章与底图（每个模板版本只存一份），换章后补打仍与开具时一致；v2 开具的文书无需回填，按模板当前的图片打印。',
  },
  {
    version: 4,
    name: 'audit-hash-chain',
    description:
      '操作记录改为哈希链：每条记录保存序号 seq、前一条的 SHA-256 与自身的 SHA-256，新增 seq、[actor+at]、[entity+at] 索引；此前的记录不回填，作为链之前的旧记录保留。',
  },
  {
    version: 5,
    name: 'volunteer-given-name-keys',
    description:
      '志愿者 searchKeys 增加名字（去掉姓氏，复姓去两字）及其全拼，只输入“晓峰”也能找到张晓峰；逐行用 migrateVolunteerToV5 重算，已匿名的记录不变。',
  },
  {
    version: 6,
    name: 'activity-fields',
    description:
      '活动记录与服务单成为正式记录：新增服务项目 projects、照片 photos、评选结果 honours 表；活动增加项目、所/站、服务对象、服务内容、评价、负责人、照片等字段（逐行用 migrateActivityToV6 补空值），服务单按新的状态机重建（此前没有服务单数据），服务记录增加 orderId 索引。',
  },
  {
    version: 7,
    name: 'daily-totals',
    description:
      '统计报表改读按日存储的合计：新增 dailyTotals（按日、所/站、类别、项目的场次、人次与时长）与按月汇总的 monthlyTotals、volunteerDays 与 volunteerMonths（每日、每月服务过的志愿者）表，由写入同一事务维护，升级时按全部记录重建一次；志愿者增加 createdAt 索引；全国系统导出新增 exportRuns 与 exportMarks 表，记录每次导出及其包含的记录。',
  },
  {
    version: 8,
    name: 'room-days',
    description:
      '统计报表的场地闲置率改读按日存储的场地占用：新增 roomDays 表，每天一行，按场地保存当日开始的占用预约（holdsRoom）与未到场预约各自的时段并集及占用预约数；开放时间不存储（场地开放时段与闭馆可随时修改），由写入同一事务维护，升级时按全部预约建立一次。',
  },
  {
    version: 9,
    name: 'served-compact',
    description:
      '每日、每月服务过的志愿者（volunteerDays、volunteerMonths）改为紧凑格式存储：志愿者 UUID 压缩为 22 个字符，出生日期去掉分隔符，一年的统计报表少读约四成数据；升级时逐行改写，旧格式仍可读取。',
  },
  {
    version: 10,
    name: 'duty-rosters',
    description:
      '新增岗位排班：dutyPosts（常设岗位及其班次、排班日历）、schoolTerms（学期与假期）、rosterPatterns（按星期重复的排班规律）与 rosterEntries（每人每班每天一条排班）表；排班按 [postId+date]、[volunteerId+date]、date、patternId、serviceRecordId 索引，岗位周表、当日缺岗与冲突检查只读索引范围。只新增表，原有数据不变，无需回填。',
  },
  {
    version: 11,
    name: 'roster-months',
    description:
      '统计报表的岗位排班表改读按岗位、按月存储的排班数字：新增 rosterMonths 表，每个岗位每月一行，保存每天各班次在岗人数、到岗/缺勤/请假人次、关联签到的服务时长及缺勤、请假的志愿者；岗位所需人数与运行日期不存储（岗位与校历可随时修改），由写入同一事务维护，升级时按全部排班建立一次。',
  },
  {
    version: 12,
    name: 'sync-outbox',
    description:
      '为多台前台同步做准备：新增 syncMeta（每条同步记录所基于的中心版本号）、outbox（开启同步后，每次新建、修改、删除在同一事务中排队一条待发送的变更）与 syncConflicts（保留的同步冲突及各方版本）表；只新增表，原有数据不变，未设置中心时不排队。',
  },
  {
    version: 13,
    name: 'booking-status-index',
    description:
      '预约表新增 [status+start] 索引：统计报表与今日概览按状态和开始时间直接计数未到场、已取消的预约，不再每次读取整段时期的预约；只新增索引，数据不变。',
  },
  {
    version: 14,
    name: 'numbers-not-unique',
    description:
      '预约号、服务单号、证书编号和志愿者编号的索引不再要求唯一：同步时各台前台的新编号带本机代号，不会重复；但开启同步前各自编号的两台前台会有相同的旧编号，唯一索引会让同步收不下对方的记录而停住。编号照旧按索引查找，数据不变。',
  },
];

/**
 * The newest schema version described in {@link MIGRATIONS}.
 *
 * @example
 * LATEST_SCHEMA_VERSION // => 14
 */
export const LATEST_SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

/**
 * Row migrations, re-exported so the database layer imports them from one place.
 *
 * @example
 * import { migrateVolunteerToV2 } from '@shared/migrations';
 */
export { migrateVolunteerToV2 } from './volunteer-search-keys';
export { migrateVolunteerToV5 } from './volunteer-given-name-keys';
export { migrateActivityToV6 } from './activity-fields';
export type { VolunteerRowV1 } from './volunteer-search-keys';
