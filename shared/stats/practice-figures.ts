import type { ServiceRecord } from '../model/people';
import type { Activity, ServiceOrder } from '../model/practice';

/**
 * One line of a 场次 breakdown: the activities of one category, project or 所/站.
 *
 * @example
 * const line: SessionLine = { key: '理论宣讲', sessions: 3, participants: 120, beneficiaries: 150 };
 */
export interface SessionLine {
  /** The category, the project id or the 所/站 id; '' for activities without a project / 所站. */
  key: string;
  sessions: number;
  participants: number;
  beneficiaries: number;
}

/**
 * What a period's activities add up to, for the reports sent upward.
 *
 * @example
 * const f: ActivityFigures = { sessions: 0, participants: 0, beneficiaries: 0, volunteerServices: 0, volunteerMinutes: 0, byCategory: [], byProject: [], byStation: [] };
 */
export interface ActivityFigures {
  /** 场次: live activities starting in the period. */
  sessions: number;
  /** 参与人次. */
  participants: number;
  /** 受益人次. */
  beneficiaries: number;
  /** 志愿者人次: confirmed service records tied to those activities. */
  volunteerServices: number;
  /** Their confirmed minutes. */
  volunteerMinutes: number;
  byCategory: SessionLine[];
  byProject: SessionLine[];
  byStation: SessionLine[];
}

/**
 * Counts a period's activities: 场次, 参与人次, 受益人次, and the 志愿者人次 and confirmed minutes of their
 * service records (only 已确认 records count, as everywhere in reports), broken down by category, project
 * and 所/站 (largest first, then by key). `activities` are those starting within the period and `records`
 * any records that may belong to them; deleted rows are ignored.
 *
 * @example
 * const a = { id: 'a1', category: '理论宣讲', projectId: null, stationId: null, participants: 40, beneficiaries: 60, deletedAt: null };
 * activityFigures([a], [{ activityId: 'a1', status: '已确认', creditedMinutes: 90, deletedAt: null }]).volunteerMinutes // => 90
 */
export function activityFigures(
  activities: readonly Pick<
    Activity,
    'id' | 'category' | 'projectId' | 'stationId' | 'participants' | 'beneficiaries' | 'deletedAt'
  >[],
  records: readonly Pick<ServiceRecord, 'activityId' | 'status' | 'creditedMinutes' | 'deletedAt'>[],
): ActivityFigures {
  const held = activities.filter((a) => a.deletedAt === null);
  const ids = new Set(held.map((a) => a.id));
  const counted = records.filter(
    (r) => r.deletedAt === null && r.status === '已确认' && r.activityId !== null && ids.has(r.activityId),
  );
  return {
    sessions: held.length,
    participants: sum(held, (a) => a.participants),
    beneficiaries: sum(held, (a) => a.beneficiaries),
    volunteerServices: counted.length,
    volunteerMinutes: sum(counted, (r) => r.creditedMinutes ?? 0),
    byCategory: linesBy(held, (a) => a.category),
    byProject: linesBy(held, (a) => a.projectId ?? ''),
    byStation: linesBy(held, (a) => a.stationId ?? ''),
  };
}

/**
 * What a period's service orders add up to.
 *
 * @example
 * const f: OrderFigures = { received: 0, accepted: 0, dispatched: 0, completed: 0, completionRate: null, medianMinutesToComplete: null, rated: 0, averageRating: null, satisfactionRate: null, openFollowUps: 0 };
 */
export interface OrderFigures {
  /** 接单量: orders placed (点单) in the period. */
  received: number;
  /** Of those, accepted at 审单 (not 不受理, not still 待审单). */
  accepted: number;
  /** Of those, dispatched at least once (派单). */
  dispatched: number;
  /** Orders completed (结项) in the period, whenever they were placed. */
  completed: number;
  /** 办结率: of the accepted orders placed in the period, the share completed (cancelled ones count as not completed); null with none accepted. */
  completionRate: number | null;
  /** Median minutes from 点单 to 完成 of the orders completed in the period; null with none. */
  medianMinutesToComplete: number | null;
  /** Orders completed in the period that the resident rated. */
  rated: number;
  averageRating: number | null;
  /** 满意率: share of those ratings at 4 or 5. */
  satisfactionRate: number | null;
  /** Orders waiting for an admin's 回访 now (any period). */
  openFollowUps: number;
}

const NOT_ACCEPTED = new Set<ServiceOrder['status']>(['待审单', '不受理']);

/**
 * Counts the loop for a period: `placed` are the orders placed (orderedAt) in it, `completed` those
 * completed (completedAt) in it, `openFollowUps` the current count of 待回访 orders. Deleted rows are
 * ignored; a rate is null rather than 0 % when there is nothing to divide.
 *
 * @example
 * orderFigures([], [], 0).completionRate // => null
 */
export function orderFigures(
  placed: readonly Pick<ServiceOrder, 'status' | 'dispatchedAt' | 'completedAt' | 'deletedAt'>[],
  completed: readonly Pick<ServiceOrder, 'orderedAt' | 'completedAt' | 'rating' | 'deletedAt'>[],
  openFollowUps: number,
): OrderFigures {
  const live = placed.filter((o) => o.deletedAt === null);
  const accepted = live.filter((o) => !NOT_ACCEPTED.has(o.status));
  const done = completed.filter((o) => o.deletedAt === null && o.completedAt !== null);
  const ratings = done.flatMap((o) => (o.rating === null ? [] : [o.rating]));
  return {
    received: live.length,
    accepted: accepted.length,
    dispatched: accepted.filter((o) => o.dispatchedAt !== null).length,
    completed: done.length,
    completionRate:
      accepted.length === 0 ? null : accepted.filter((o) => o.completedAt !== null).length / accepted.length,
    medianMinutesToComplete: median(done.map((o) => ((o.completedAt ?? o.orderedAt) - o.orderedAt) / 60_000)),
    rated: ratings.length,
    averageRating: ratings.length === 0 ? null : sum(ratings, (r) => r) / ratings.length,
    satisfactionRate: ratings.length === 0 ? null : ratings.filter((r) => r >= 4).length / ratings.length,
    openFollowUps,
  };
}

/**
 * The middle value (the mean of the two middle values for an even count), rounded to whole units;
 * null for no values.
 *
 * @example
 * median([30, 10, 20]) // => 20
 * median([10, 20]) // => 15
 * median([]) // => null
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value);
}

function sum<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((total, row) => total + pick(row), 0);
}

function linesBy<T extends Pick<Activity, 'participants' | 'beneficiaries'>>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): SessionLine[] {
  const lines = new Map<string, SessionLine>();
  for (const row of rows) {
    const key = keyOf(row);
    const line = lines.get(key) ?? { key, sessions: 0, participants: 0, beneficiaries: 0 };
    line.sessions += 1;
    line.participants += row.participants;
    line.beneficiaries += row.beneficiaries;
    lines.set(key, line);
  }
  return [...lines.values()].sort((a, b) => b.sessions - a.sessions || a.key.localeCompare(b.key));
}
