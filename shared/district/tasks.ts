import { z } from 'zod';
import { isValidDateKey } from '../time/center-time';
import { toHalfWidth } from '../text/half-width';

/*
 * 中心制单、所站领单 (issue 15, part 3). The center publishes a task into the district's shared database;
 * a 所/站 writes its claim into its own database, which the server's replicator carries up into the
 * district database, where the center reads every claim. Two writers, two documents: a site never edits
 * the center's task and the center never edits a claim, so neither can overwrite the other.
 */

/** What a task asks for: an activity to hold, or an order to serve. */
export const TASK_KINDS = ['活动', '服务单'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** A claim is taken, then completed with figures. */
export const CLAIM_STATUSES = ['已领取', '已完成'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A site's state on a task, as the center sees it. */
export type SiteTaskState = '未领取' | ClaimStatus;

/** A task the center published, `tasks:<id>` in the shared database. */
export interface DistrictTask {
  kind: TaskKind;
  title: string;
  detail: string;
  /** Last day to complete it, `yyyy-mm-dd` in the center's zone. */
  dueDate: string;
  /** Database names of the 所/站 it goes to. */
  sites: string[];
  /** Staff member who published it. */
  publishedBy: string;
  publishedAt: number;
  /** Database of the publishing 中心. */
  fromSite: string;
  /** Set when the center withdrew it (撤回); the document stays so claims keep their task. */
  cancelledAt: number | null;
  updatedAt: number;
}

/**
 * What a completed task reports up. 志愿服务时长 is kept in whole minutes, as the desk keeps every
 * service record, so the center's totals add up exactly and reports show hours with one decimal.
 */
export interface TaskFigures {
  /** 活动场次 */
  activities: number;
  /** 服务人次 */
  served: number;
  /** 志愿服务时长, minutes. */
  serviceMinutes: number;
}

/** A site's claim of a task, `claims:<taskId>:<site db>` in that site's own database. */
export interface TaskClaim {
  taskId: string;
  /** The claiming site's database. */
  site: string;
  siteName: string;
  status: ClaimStatus;
  claimedBy: string;
  claimedAt: number;
  completedAt: number | null;
  /** Who completed it; null while only claimed. */
  completedBy: string | null;
  figures: TaskFigures | null;
  note: string;
  updatedAt: number;
}

/** Id prefix of tasks in the shared database. */
export const TASK_PREFIX = 'tasks:';
/** Id prefix of claims in site databases and the district database. */
export const CLAIM_PREFIX = 'claims:';

/**
 * The document id of a task.
 *
 * @example
 * taskDocId('7f3a') // => 'tasks:7f3a'
 */
export function taskDocId(id: string): string {
  return `${TASK_PREFIX}${id}`;
}

/**
 * The task id inside a task document id; null for any other document.
 *
 * @example
 * taskIdOf('tasks:7f3a') // => '7f3a'
 * taskIdOf('claims:7f3a:suo-dongjie') // => null
 */
export function taskIdOf(docId: string): string | null {
  return docId.startsWith(TASK_PREFIX) && docId.length > TASK_PREFIX.length
    ? docId.slice(TASK_PREFIX.length)
    : null;
}

/**
 * The document id of a site's claim of a task.
 *
 * @example
 * claimDocId('7f3a', 'suo-dongjie') // => 'claims:7f3a:suo-dongjie'
 */
export function claimDocId(taskId: string, site: string): string {
  return `${CLAIM_PREFIX}${taskId}:${site}`;
}

const REQUIRED_FIGURE = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}须为整数`)
    .min(0, `${label}不能为负数`)
    .max(1_000_000, `${label}太大，请核对`);

/**
 * The 发布任务 form. `today` (yyyy-mm-dd) bounds the due date; `sites` are the databases the center may
 * send to, so a stale choice (a site gone from the district) is refused at the field.
 *
 * @example
 * publishTaskSchema('2026-12-03', ['suo-dongjie']).safeParse({ kind: '活动', title: '', detail: '', dueDate: '2026-12-10', sites: [] }).success // => false
 */
export function publishTaskSchema(today: string, sites: readonly string[]) {
  return z.object({
    kind: z.enum(TASK_KINDS, { error: '请选择类型' }),
    title: z.string().trim().min(1, { error: '标题必填', abort: true }).max(60, '标题不能超过60个字'),
    detail: z.string().trim().max(1000, '内容不能超过1000个字'),
    dueDate: z
      .string()
      .transform((v) => toHalfWidth(v).trim())
      .refine((v) => v !== '', { error: '请填写截止日期', abort: true })
      .refine(isValidDateKey, { error: '请按“2026-12-03”的格式填写截止日期', abort: true })
      .refine((v) => v >= today, '截止日期不能早于今天'),
    sites: z
      .array(z.string())
      .min(1, { error: '至少选择一个所或站', abort: true })
      .refine((picked) => picked.every((s) => sites.includes(s)), '所选的所或站已不在本区，请重新选择'),
  });
}

/**
 * What the 发布任务 form holds, as typed.
 *
 * @example
 * const v: PublishTaskValues = { kind: '活动', title: '', detail: '', dueDate: '', sites: [] };
 */
export type PublishTaskValues = z.input<ReturnType<typeof publishTaskSchema>>;

/**
 * The 完成 form of a claimed task: the figures it produced (whole numbers, none negative) and a note.
 *
 * @example
 * completeClaimSchema.safeParse({ activities: 1, served: -2, serviceMinutes: 90, note: '' }).success // => false
 */
export const completeClaimSchema = z.object({
  activities: REQUIRED_FIGURE('活动场次'),
  served: REQUIRED_FIGURE('服务人次'),
  serviceMinutes: REQUIRED_FIGURE('志愿服务时长（分钟）'),
  note: z.string().trim().max(200, '说明不能超过200个字'),
});

/**
 * What the 完成 form holds.
 *
 * @example
 * const v: CompleteClaimValues = { activities: 1, served: 30, serviceMinutes: 120, note: '' };
 */
export type CompleteClaimValues = z.input<typeof completeClaimSchema>;

/** Who writes, when, and from which site: the pure builders below take it instead of a clock. */
export interface TaskWrite {
  now: number;
  by: string;
}

/**
 * A new task from the checked form values.
 *
 * @example
 * newTask(publishTaskSchema('2026-12-03', ['suo-a']).parse(v), 'center-gulou', { now: 1, by: '王芳' }).cancelledAt // => null
 */
export function newTask(
  values: z.output<ReturnType<typeof publishTaskSchema>>,
  fromSite: string,
  write: TaskWrite,
): DistrictTask {
  return {
    kind: values.kind,
    title: values.title,
    detail: values.detail,
    dueDate: values.dueDate,
    sites: [...new Set(values.sites)],
    publishedBy: write.by,
    publishedAt: write.now,
    fromSite,
    cancelledAt: null,
    updatedAt: write.now,
  };
}

/**
 * A task withdrawn (撤回): kept, marked, so the sites that claimed it see why it is gone.
 *
 * @example
 * withdrawTask(task, 5).cancelledAt // => 5
 */
export function withdrawTask(task: DistrictTask, now: number): DistrictTask {
  return { ...task, cancelledAt: task.cancelledAt ?? now, updatedAt: now };
}

/**
 * A site's claim (领取) of a task.
 *
 * @example
 * claimTask('7f3a', { db: 'suo-dongjie', name: '东街街道实践所' }, { now: 1, by: '李强' }).status // => '已领取'
 */
export function claimTask(taskId: string, site: { db: string; name: string }, write: TaskWrite): TaskClaim {
  return {
    taskId,
    site: site.db,
    siteName: site.name,
    status: '已领取',
    claimedBy: write.by,
    claimedAt: write.now,
    completedAt: null,
    completedBy: null,
    figures: null,
    note: '',
    updatedAt: write.now,
  };
}

/**
 * A claim completed (完成) with its figures.
 *
 * @example
 * completeClaim(claim, { activities: 1, served: 30, serviceMinutes: 120, note: '' }, { now: 9, by: '李强' }).status // => '已完成'
 */
export function completeClaim(
  claim: TaskClaim,
  values: z.output<typeof completeClaimSchema>,
  write: TaskWrite,
): TaskClaim {
  return {
    ...claim,
    status: '已完成',
    completedAt: write.now,
    completedBy: write.by,
    figures: { activities: values.activities, served: values.served, serviceMinutes: values.serviceMinutes },
    note: values.note,
    updatedAt: write.now,
  };
}
