import type { DistrictTask, SiteTaskState, TaskClaim, TaskFigures } from './tasks';

/*
 * What the two sides see of 中心制单、所站领单: the center each task with every chosen site's state and
 * the figures that came back; a 所/站 the tasks sent to it with its own claim. Both read documents as
 * the link returns them and decide nothing about the clock: `today` (yyyy-mm-dd) comes in.
 */

/** A task with its id (the part after `tasks:`). */
export interface TaskEntry {
  id: string;
  task: DistrictTask;
}

/** One chosen site on a task, at the center. */
export interface SiteProgress {
  site: string;
  siteName: string;
  state: SiteTaskState;
  claim: TaskClaim | null;
}

/** One published task at the center. */
export interface CenterTaskRow {
  id: string;
  task: DistrictTask;
  sites: SiteProgress[];
  counts: Record<SiteTaskState, number>;
  /** Sum of the completed sites' figures. */
  totals: TaskFigures;
  withdrawn: boolean;
  /** Past its due date with a site not done (withdrawn tasks are never overdue). */
  overdue: boolean;
}

/** One task sent to a 所/站, with that site's own claim. */
export interface SiteTaskRow {
  id: string;
  task: DistrictTask;
  claim: TaskClaim | null;
  state: SiteTaskState;
  withdrawn: boolean;
  overdue: boolean;
}

const NO_FIGURES: TaskFigures = { activities: 0, served: 0, serviceMinutes: 0 };

/**
 * Adds figures.
 *
 * @example
 * addFigures({ activities: 1, served: 20, serviceMinutes: 60 }, { activities: 2, served: 5, serviceMinutes: 30 })
 *   // => { activities: 3, served: 25, serviceMinutes: 90 }
 */
export function addFigures(a: TaskFigures, b: TaskFigures): TaskFigures {
  return {
    activities: a.activities + b.activities,
    served: a.served + b.served,
    serviceMinutes: a.serviceMinutes + b.serviceMinutes,
  };
}

/**
 * Whether a task is past due for someone who has not completed it.
 *
 * @example
 * isOverdue({ ...task, dueDate: '2026-12-01', cancelledAt: null }, '已领取', '2026-12-03') // => true
 * isOverdue({ ...task, dueDate: '2026-12-03', cancelledAt: null }, '未领取', '2026-12-03') // => false
 */
export function isOverdue(task: DistrictTask, state: SiteTaskState, today: string): boolean {
  return task.cancelledAt === null && state !== '已完成' && task.dueDate < today;
}

/** Claims by task and site. */
function claimIndex(claims: readonly TaskClaim[]): Map<string, TaskClaim> {
  const index = new Map<string, TaskClaim>();
  for (const c of claims) index.set(`${c.taskId}\u0000${c.site}`, c);
  return index;
}

const stateOf = (claim: TaskClaim | null): SiteTaskState => claim?.status ?? '未领取';

/** Newest first: the center looks for what it just sent. */
const byPublished = (a: TaskEntry, b: TaskEntry) =>
  b.task.publishedAt - a.task.publishedAt || a.id.localeCompare(b.id);

/**
 * The center's list: each published task with the state of every site it went to, the counts of each
 * state, the completed sites' totals, and whether it is overdue. Site names come from the district's
 * sites, or the claim, or the database name.
 *
 * @example
 * centerTaskBoard([{ id: 't1', task }], [claim], [{ db: 'suo-a', name: '东街所' }], '2026-12-03')[0].counts
 *   // => { 未领取: 0, 已领取: 1, 已完成: 0 }
 */
export function centerTaskBoard(
  tasks: readonly TaskEntry[],
  claims: readonly TaskClaim[],
  sites: readonly { db: string; name: string }[],
  today: string,
): CenterTaskRow[] {
  const index = claimIndex(claims);
  const names = new Map(sites.map((s) => [s.db, s.name]));
  return [...tasks].sort(byPublished).map(({ id, task }) => {
    const progress = task.sites.map((site): SiteProgress => {
      const claim = index.get(`${id}\u0000${site}`) ?? null;
      return { site, siteName: names.get(site) ?? claim?.siteName ?? site, state: stateOf(claim), claim };
    });
    const counts: Record<SiteTaskState, number> = { 未领取: 0, 已领取: 0, 已完成: 0 };
    let totals = NO_FIGURES;
    for (const p of progress) {
      counts[p.state] += 1;
      if (p.state === '已完成' && p.claim?.figures) totals = addFigures(totals, p.claim.figures);
    }
    const unfinished = counts.未领取 + counts.已领取 > 0;
    return {
      id,
      task,
      sites: progress,
      counts,
      totals,
      withdrawn: task.cancelledAt !== null,
      overdue: unfinished && isOverdue(task, '未领取', today),
    };
  });
}

/** Open work first, soonest due first; then what is done or withdrawn, newest first. */
function siteOrder(a: SiteTaskRow, b: SiteTaskRow): number {
  const closed = (r: SiteTaskRow) => (r.withdrawn || r.state === '已完成' ? 1 : 0);
  return (
    closed(a) - closed(b) ||
    (closed(a) === 0
      ? a.task.dueDate.localeCompare(b.task.dueDate)
      : b.task.publishedAt - a.task.publishedAt) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * A 所/站's list: the tasks sent to `site` with its own claim. A withdrawn task stays listed only when
 * the site had claimed it, so its staff see why the work stopped; otherwise it simply disappears.
 *
 * @example
 * siteTaskList([{ id: 't1', task }], [], 'suo-a', '2026-12-03').map((r) => r.state) // => ['未领取']
 * siteTaskList([{ id: 't1', task }], [], 'zhan-b', '2026-12-03') // => [] (not sent to it)
 */
export function siteTaskList(
  tasks: readonly TaskEntry[],
  claims: readonly TaskClaim[],
  site: string,
  today: string,
): SiteTaskRow[] {
  const index = claimIndex(claims.filter((c) => c.site === site));
  const rows: SiteTaskRow[] = [];
  for (const { id, task } of tasks) {
    if (!task.sites.includes(site)) continue;
    const claim = index.get(`${id}\u0000${site}`) ?? null;
    const withdrawn = task.cancelledAt !== null;
    if (withdrawn && !claim) continue;
    const state = stateOf(claim);
    rows.push({ id, task, claim, state, withdrawn, overdue: isOverdue(task, state, today) });
  }
  return rows.sort(siteOrder);
}
