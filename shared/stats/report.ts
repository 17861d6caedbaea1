import { ageOn } from '../identity/id-card';
import type {
  Activity,
  Booking,
  Honour,
  IssuedDocument,
  ServiceOrder,
  ServiceRecord,
  Volunteer,
} from '../model';
import { DOCUMENT_KINDS } from '../model/documents';
import { activityFigures, orderFigures, type SessionLine } from './practice-figures';
import { trendBuckets, type ReportPeriod } from './report-periods';

/**
 * The rows of one period a report is computed from, already read (by whatever means: index ranges
 * today, stored daily totals later). Every list may hold deleted or cancelled rows; the computation
 * drops them.
 *
 * @example
 * const rows: ReportRows = { activities: [], records: [], recordActivities: [], volunteers: [], newVolunteers: [], documents: [], ordersPlaced: [], ordersCompleted: [], honours: [], openFollowUps: 0 };
 */
export interface ReportRows {
  /** Activities starting in the period. */
  activities: readonly Activity[];
  /**
   * Bookings starting in the period: a held one (已签到, 已完成) that no activity records counts as a
   * session of the center, as on 今日概览 and the figure cards, with its 实到人数 as people reached.
   */
  bookings: readonly Pick<
    Booking,
    'id' | 'status' | 'start' | 'category' | 'actualAttendees' | 'deletedAt'
  >[];
  /** Service records signed in during the period (any status). */
  records: readonly ServiceRecord[];
  /** The activities those records belong to (for their 所/站), whenever they started. */
  recordActivities: readonly Pick<Activity, 'id' | 'stationId' | 'deletedAt'>[];
  /** The volunteers of those records. */
  volunteers: readonly Pick<Volunteer, 'id' | 'politicalStatus' | 'birthDate' | 'createdAt' | 'deletedAt'>[];
  /** Volunteers registered (createdAt) in the period. */
  newVolunteers: readonly Pick<Volunteer, 'id' | 'createdAt' | 'deletedAt'>[];
  /** Documents issued in the period. */
  documents: readonly Pick<IssuedDocument, 'kind' | 'issuedAt' | 'status' | 'deletedAt'>[];
  /** Orders placed (orderedAt) and completed (completedAt) in the period. */
  ordersPlaced: readonly ServiceOrder[];
  ordersCompleted: readonly ServiceOrder[];
  /** Honours of periods starting within the report period. */
  honours: readonly Pick<
    Honour,
    'id' | 'period' | 'periodLabel' | 'periodStart' | 'winnerName' | 'title' | 'points' | 'deletedAt'
  >[];
  /** 待回访 orders now (not tied to the period). */
  openFollowUps: number;
}

/**
 * The headline figures of a report; every one is a number or null (a rate with nothing to divide).
 *
 * @example
 * REPORT_FIGURES[0] // => { key: 'sessions', label: '活动场次', unit: '场' }
 */
export const REPORT_FIGURES = [
  { key: 'sessions', label: '活动场次', unit: '场' },
  { key: 'participants', label: '参与人次', unit: '人次' },
  { key: 'beneficiaries', label: '受益人次', unit: '人次' },
  { key: 'volunteerServices', label: '志愿者人次', unit: '人次' },
  { key: 'volunteerHours', label: '志愿服务时长', unit: '小时' },
  { key: 'activeVolunteers', label: '活跃志愿者', unit: '人' },
  { key: 'partyMembers', label: '其中党员', unit: '人' },
  { key: 'minors', label: '其中未成年人', unit: '人' },
  { key: 'newVolunteers', label: '新注册志愿者', unit: '人' },
  { key: 'documents', label: '开具证书与证明', unit: '份' },
  { key: 'ordersReceived', label: '点单', unit: '单' },
  { key: 'ordersDispatched', label: '派单', unit: '单' },
  { key: 'ordersCompleted', label: '完成', unit: '单' },
  { key: 'completionRate', label: '办结率', unit: '%' },
  { key: 'medianHoursToComplete', label: '办理用时中位数', unit: '小时' },
  { key: 'satisfactionRate', label: '满意率', unit: '%' },
  { key: 'honours', label: '时尚达人', unit: '人' },
] as const;

/**
 * The key of one headline figure.
 *
 * @example
 * const k: ReportFigureKey = 'volunteerHours';
 */
export type ReportFigureKey = (typeof REPORT_FIGURES)[number]['key'];

/**
 * A computed report: headline figures, the breakdowns, and the trend of confirmed hours.
 *
 * @example
 * const r: Report = computeReport(emptyRows, period, null);
 */
export interface Report {
  figures: Record<ReportFigureKey, number | null>;
  byCategory: SessionLine[];
  byProject: SessionLine[];
  documentsByKind: { kind: string; count: number }[];
  honours: { period: string; periodLabel: string; title: string; winnerName: string; points: number }[];
  /** Confirmed hours per day (periods up to 62 days) or per month. */
  hoursTrend: { label: string; hours: number }[];
  /** 待回访 orders now. */
  openFollowUps: number;
}

const PARTY = new Set(['中共党员', '中共预备党员']);

function bookingSessions(rows: ReportRows, period: ReportPeriod) {
  const recorded = new Set(
    rows.activities.flatMap((a) => (a.deletedAt === null && a.bookingId ? [a.bookingId] : [])),
  );
  return rows.bookings
    .filter(
      (b) =>
        b.deletedAt === null &&
        (b.status === '已签到' || b.status === '已完成') &&
        b.start >= period.from &&
        b.start < period.to &&
        !recorded.has(b.id),
    )
    .map((b) => ({
      id: `booking:${b.id}`,
      category: b.category,
      projectId: null,
      stationId: null,
      participants: b.actualAttendees ?? 0,
      beneficiaries: b.actualAttendees ?? 0,
      deletedAt: null,
    }));
}
const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number | null) => (x === null ? null : round1(x * 100));

/**
 * Computes a period's report from its rows. 场次 are the activities plus the held bookings no activity
 * records (whole center only). With a `stationId`, only that 所/站's activities, the
 * records of its activities and its orders count; documents, new volunteers and 时尚达人 belong to the
 * whole center and are left out (null / empty) for a 所/站. Only 已确认 records count for people and
 * hours; deleted rows, 已作废 documents and orders not placed in the period are excluded. A record
 * counts in the period it signed in, even when it ends after midnight. Minors are those under 18 on
 * the period's last day.
 *
 * @example
 * computeReport(rows, periodContaining('month', '2026-11-22'), null).figures.sessions // => 3
 */
export function computeReport(rows: ReportRows, period: ReportPeriod, stationId: string | null): Report {
  const inStation = <T extends { stationId: string | null }>(row: T) =>
    stationId === null || row.stationId === stationId;
  const activities = rows.activities.filter(inStation);
  const stationOf = new Map(rows.recordActivities.map((a) => [a.id, a]));
  for (const a of rows.activities) stationOf.set(a.id, a);
  const records = rows.records.filter(
    (r) =>
      r.deletedAt === null &&
      r.status === '已确认' &&
      r.signInAt >= period.from &&
      r.signInAt < period.to &&
      (stationId === null || (r.activityId !== null && stationOf.get(r.activityId)?.stationId === stationId)),
  );
  // Rooms belong to the center, so its held bookings count only in the whole center's report.
  const acts = activityFigures(
    stationId === null ? [...activities, ...bookingSessions(rows, period)] : activities,
    [],
  );
  const minutes = records.reduce((t, r) => t + (r.creditedMinutes ?? 0), 0);
  const active = new Set(records.map((r) => r.volunteerId));
  const people = rows.volunteers.filter((v) => active.has(v.id));
  const orders = orderFigures(
    rows.ordersPlaced.filter(inStation),
    rows.ordersCompleted.filter(inStation),
    rows.openFollowUps,
  );
  const center = stationId === null;
  const documents = rows.documents.filter((d) => d.deletedAt === null && d.status !== '已作废');
  const honours = rows.honours.filter((h) => h.deletedAt === null);
  const median = orders.medianMinutesToComplete;
  return {
    figures: {
      sessions: acts.sessions,
      participants: acts.participants,
      beneficiaries: acts.beneficiaries,
      volunteerServices: records.length,
      volunteerHours: round1(minutes / 60),
      activeVolunteers: active.size,
      partyMembers: people.filter((v) => PARTY.has(v.politicalStatus)).length,
      minors: people.filter((v) => v.birthDate !== null && ageOn(v.birthDate, period.lastDay) < 18).length,
      newVolunteers: center
        ? rows.newVolunteers.filter(
            (v) => v.deletedAt === null && v.createdAt >= period.from && v.createdAt < period.to,
          ).length
        : null,
      documents: center ? documents.length : null,
      ordersReceived: orders.received,
      ordersDispatched: orders.dispatched,
      ordersCompleted: orders.completed,
      completionRate: pct(orders.completionRate),
      medianHoursToComplete: median === null ? null : round1(median / 60),
      satisfactionRate: pct(orders.satisfactionRate),
      honours: center ? honours.length : null,
    },
    byCategory: acts.byCategory,
    byProject: acts.byProject,
    documentsByKind: center
      ? DOCUMENT_KINDS.map((kind) => ({ kind, count: documents.filter((d) => d.kind === kind).length }))
      : [],
    honours: center
      ? [...honours]
          .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || b.points - a.points)
          .map((h) => ({
            period: h.period,
            periodLabel: h.periodLabel,
            title: h.title,
            winnerName: h.winnerName,
            points: h.points,
          }))
      : [],
    hoursTrend: trendBuckets(period).map((b) => ({
      label: b.label,
      hours: round1(
        records
          .filter((r) => r.signInAt >= b.from && r.signInAt < b.to)
          .reduce((t, r) => t + (r.creditedMinutes ?? 0), 0) / 60,
      ),
    })),
    openFollowUps: rows.openFollowUps,
  };
}

/**
 * A figure's change against an earlier value, as the report prints it: '↑ 25%', '↓ 10%', '持平', or
 * '—' when either side is missing or the earlier value is 0 (a percentage of nothing means nothing).
 *
 * @example
 * describeChange(5, 4) // => '↑ 25%'
 * describeChange(3, 0) // => '—'
 */
export function describeChange(current: number | null, earlier: number | null): string {
  if (current === null || earlier === null || earlier === 0) return '—';
  const change = Math.round(((current - earlier) / earlier) * 1000) / 10;
  if (change === 0) return '持平';
  return `${change > 0 ? '↑' : '↓'} ${Math.abs(change)}%`;
}

/**
 * One headline figure against the previous period (环比) and the same period last year (同比).
 *
 * @example
 * const row: ComparedFigure = { key: 'sessions', label: '活动场次', unit: '场', current: 5, previous: 4, lastYear: 0, vsPrevious: '↑ 25%', vsLastYear: '—' };
 */
export interface ComparedFigure {
  key: ReportFigureKey;
  label: string;
  unit: string;
  current: number | null;
  previous: number | null;
  lastYear: number | null;
  vsPrevious: string;
  vsLastYear: string;
}

/**
 * Lines up the headline figures of three reports, leaving out figures a 所/站 report does not have.
 *
 * @example
 * compareReports(now, before, lastYear)[0].vsPrevious // => '↑ 25%'
 */
export function compareReports(current: Report, previous: Report, lastYear: Report): ComparedFigure[] {
  return REPORT_FIGURES.filter((f) => !(current.figures[f.key] === null && NULL_WHEN_SCOPED.has(f.key))).map(
    (f) => {
      const now = current.figures[f.key];
      return {
        key: f.key,
        label: f.label,
        unit: f.unit,
        current: now,
        previous: previous.figures[f.key],
        lastYear: lastYear.figures[f.key],
        vsPrevious: describeChange(now, previous.figures[f.key]),
        vsLastYear: describeChange(now, lastYear.figures[f.key]),
      };
    },
  );
}

const NULL_WHEN_SCOPED = new Set<ReportFigureKey>(['newVolunteers', 'documents', 'honours']);
