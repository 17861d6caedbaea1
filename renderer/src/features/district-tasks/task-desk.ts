import {
  CLAIM_PREFIX,
  TASK_PREFIX,
  claimDocId,
  claimTask,
  completeClaim,
  completeClaimSchema,
  newTask,
  publishTaskSchema,
  taskDocId,
  taskIdOf,
  withdrawTask,
  type CompleteClaimValues,
  type DistrictTask,
  type PublishTaskValues,
  type TaskClaim,
} from '@shared/district/tasks';
import {
  centerTaskBoard,
  siteTaskList,
  type CenterTaskRow,
  type SiteTaskRow,
  type TaskEntry,
} from '@shared/district/task-board';
import {
  DistrictError,
  type DistrictDbName,
  type DistrictDoc,
  type DistrictInfo,
  type DistrictLink,
  type DistrictSite,
} from '../../db/sync/district-link';

/** What 区级任务 reads and writes through the district link, for this desk's site. */
export interface TaskDesk {
  site: DistrictSite;
  /** The 所/站 a 中心 may send tasks to (every site of the district but itself). */
  targets: DistrictSite[];
  /** 中心: every published task with each chosen site's state (claims come from the district database). */
  centerBoard(today: string): Promise<CenterTaskRow[]>;
  /** 所/站: the tasks sent here, with this site's claim. */
  siteTasks(today: string): Promise<SiteTaskRow[]>;
  /** 中心: publishes a task; resolves its id. Throws the form's first problem when the values are bad. */
  publish(values: PublishTaskValues, today: string): Promise<string>;
  /** 中心: withdraws (撤回) a task; the sites that claimed it keep it, marked. */
  withdraw(taskId: string): Promise<void>;
  /** 所/站: claims (领取) a task sent here. */
  claim(taskId: string): Promise<void>;
  /** 所/站: completes (完成) a claimed task with its figures. */
  complete(taskId: string, values: CompleteClaimValues): Promise<void>;
}

export interface TaskDeskOptions {
  link: DistrictLink;
  info: DistrictInfo;
  now(): number;
  newId(): string;
  /** The staff member signed in, read at each write. */
  actor(): string;
}

const refuse = (message: string) => new DistrictError('failed', message);

/** Only what the domain wrote: the link's `_id`/`_rev` stay out of the documents handed on. */
function strip<T>(doc: DistrictDoc<T>): T {
  const rest: Record<string, unknown> = { ...doc };
  delete rest._id;
  delete rest._rev;
  return rest as T;
}

/** Documents from another version of the app, or half-written by hand, are left out rather than shown wrong. */
function isTask(doc: unknown): doc is DistrictTask {
  const t = doc as Partial<DistrictTask>;
  return typeof t.title === 'string' && typeof t.dueDate === 'string' && Array.isArray(t.sites);
}

function isClaim(doc: DistrictDoc<unknown>): doc is DistrictDoc<TaskClaim> {
  const c = doc as Partial<TaskClaim>;
  return (
    typeof c.taskId === 'string' && typeof c.site === 'string' && doc._id === claimDocId(c.taskId, c.site)
  );
}

/**
 * The feature's data layer over a DistrictLink: the 中心 publishes into `shared` and reads claims from
 * `district`; a 所/站 reads `shared` and writes its claims into its own database only. The link's
 * DistrictError (offline, denied) passes through for the screen to say.
 */
export function createTaskDesk(options: TaskDeskOptions): TaskDesk {
  const { link, info } = options;
  const isCenter = info.site.level === '中心';
  const write = () => ({ now: options.now(), by: options.actor() });

  async function tasks(): Promise<TaskEntry[]> {
    const docs = await link.list<unknown>('shared', TASK_PREFIX);
    return docs.flatMap((doc) => {
      const id = taskIdOf(doc._id);
      return id !== null && isTask(doc) ? [{ id, task: strip<DistrictTask>(doc) }] : [];
    });
  }

  async function claims(db: DistrictDbName, prefix = CLAIM_PREFIX): Promise<TaskClaim[]> {
    return (await link.list<unknown>(db, prefix)).filter(isClaim).map((doc) => strip<TaskClaim>(doc));
  }

  async function oneTask(taskId: string): Promise<DistrictTask> {
    const found = (await tasks()).find((t) => t.id === taskId);
    if (!found) throw refuse('找不到这项任务，请刷新后重试');
    return found.task;
  }

  async function ownClaim(taskId: string): Promise<TaskClaim | null> {
    const id = claimDocId(taskId, info.site.db);
    return (await claims('site', id)).find((c) => claimDocId(c.taskId, c.site) === id) ?? null;
  }

  function centerOnly(): void {
    if (!isCenter) throw new DistrictError('denied', '只有中心可以发布和撤回任务');
  }

  function siteOnly(): void {
    if (isCenter) throw new DistrictError('denied', '任务由所、站领取，中心不能领取');
  }

  // The 中心 sends to its 所 and 站; it never claims, so neither it nor another 中心 is offered.
  const targets = info.sites.filter((s) => s.db !== info.site.db && s.level !== '中心');

  return {
    site: info.site,
    targets,
    async centerBoard(today) {
      centerOnly();
      const [all, claimed] = await Promise.all([tasks(), claims('district')]);
      return centerTaskBoard(
        all.filter((t) => t.task.fromSite === info.site.db),
        claimed,
        info.sites,
        today,
      );
    },
    async siteTasks(today) {
      siteOnly();
      const [all, claimed] = await Promise.all([tasks(), claims('site')]);
      return siteTaskList(all, claimed, info.site.db, today);
    },
    async publish(values, today) {
      centerOnly();
      const parsed = publishTaskSchema(
        today,
        targets.map((s) => s.db),
      ).safeParse(values);
      if (!parsed.success) throw refuse(parsed.error.issues[0]?.message ?? '请检查填写的内容');
      const id = options.newId();
      await link.put('shared', { _id: taskDocId(id), ...newTask(parsed.data, info.site.db, write()) });
      return id;
    },
    async withdraw(taskId) {
      centerOnly();
      const task = await oneTask(taskId);
      if (task.cancelledAt !== null) return;
      await link.put('shared', { _id: taskDocId(taskId), ...withdrawTask(task, options.now()) });
    },
    async claim(taskId) {
      siteOnly();
      const task = await oneTask(taskId);
      if (!task.sites.includes(info.site.db)) throw refuse('这项任务没有下发给本所（站）');
      if (task.cancelledAt !== null) throw refuse('这项任务已被中心撤回，不能领取');
      // Claimed already (at this desk or the site's other one): the first claim stands.
      if (await ownClaim(taskId)) return;
      const claim = claimTask(taskId, info.site, write());
      await link.put('site', { _id: claimDocId(taskId, info.site.db), ...claim });
    },
    async complete(taskId, values) {
      siteOnly();
      const parsed = completeClaimSchema.safeParse(values);
      if (!parsed.success) throw refuse(parsed.error.issues[0]?.message ?? '请检查填写的内容');
      const [task, claim] = await Promise.all([oneTask(taskId), ownClaim(taskId)]);
      if (!claim) throw refuse('请先领取这项任务');
      if (task.cancelledAt !== null) throw refuse('这项任务已被中心撤回，不能再报完成');
      const done = completeClaim(claim, parsed.data, write());
      await link.put('site', { _id: claimDocId(taskId, info.site.db), ...done });
    },
  };
}
