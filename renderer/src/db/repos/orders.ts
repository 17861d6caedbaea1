import Dexie from 'dexie';
import type { Activity, OrderHistoryEntry, ServiceOrder, ServiceRecord, Volunteer } from '@shared/model';
import { stampNew, stampUpdate, type Draft } from '@shared/model';
import { isContactPhone } from '@shared/identity/phone';
import { BOARD_STATUSES, orderProjectName } from '@shared/orders/order-board';
import { nextOrderStatus, type OrderEvent, type OrderStatus } from '@shared/orders/order-machine';
import { formatOrderNumber, orderCounterKey } from '@shared/orders/order-number';
import type { OrderDraft } from '@shared/orders/order-schema';
import { rankDispatchSuggestions, type DispatchSuggestion } from '@shared/orders/suggestions';
import { dateKey } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { live } from './live';

const DAY_MS = 86_400_000;
/** Cards per board column; the rest are behind “还有 N 单”. */
export const BOARD_CARDS = 30;
/** Volunteers considered for a suggestion: enough to choose from, never the whole register. */
const POOL_CAP = 60;

/** Thrown when a step is refused; `field` names the form input at fault. */
export class OrderStepError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** One board column: its count and newest cards. */
export interface BoardColumn {
  status: OrderStatus;
  count: number;
  cards: ServiceOrder[];
}

/** Filters of the order list; `after` is the keyset cursor of the previous page. */
export interface OrderListFilter {
  status?: OrderStatus | undefined;
  category?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  text?: string | undefined;
  after?: OrderCursor | null | undefined;
  limit?: number | undefined;
}

/** Where a list page ended: the last row's time and the ids already shown at that time. */
export interface OrderCursor {
  orderedAt: number;
  ids: string[];
}

/** A volunteer's part in a 结项. */
export interface CompletionVolunteer {
  volunteerId: string;
  minutes: number;
}

/** The 结项 as the desk enters it. */
export interface Completion {
  completedAt: number;
  summary: string;
  volunteers: CompletionVolunteer[];
  /** Also record it as an activity (场次). */
  asActivity: boolean;
}

/** 服务单: 点单, each step of the loop (through order-machine), the board and list reads. */
export function ordersRepo(db: DeskDatabase, ctx: WriteContext) {
  const stamp = () => ({ now: ctx.now(), deskId: ctx.deskId });

  async function load(id: string): Promise<ServiceOrder> {
    const row = await db.serviceOrders.get(id);
    if (!row || row.deletedAt !== null) throw new OrderStepError('找不到这张服务单');
    return row;
  }

  /** Checks the step with the machine, writes the order with its history entry and the audit entry. */
  async function step(
    order: ServiceOrder,
    event: OrderEvent,
    isAdmin: boolean,
    changes: Partial<ServiceOrder>,
    note: string,
  ): Promise<ServiceOrder> {
    const now = ctx.now();
    const result = nextOrderStatus(order.status, event, { now, isAdmin });
    if (!result.ok) throw new OrderStepError(result.reason, result.field);
    const entry: OrderHistoryEntry = {
      at: now,
      event: event.type,
      from: order.status,
      to: result.status,
      by: ctx.actor,
      note,
    };
    const row = stampUpdate(
      order,
      { ...changes, status: result.status, history: [...order.history, entry] },
      stamp(),
    );
    await db.serviceOrders.put(row);
    await appendAudit(db, ctx, {
      action: `服务单${event.type}`,
      entity: 'serviceOrders',
      entityId: row.id,
      before: { status: order.status },
      after: { status: row.status, number: row.number },
      reason: note || null,
    });
    return row;
  }

  function changesOf(event: OrderEvent, now: number): { changes: Partial<ServiceOrder>; note: string } {
    switch (event.type) {
      case '不受理':
        return { changes: { refusedReason: event.reason.trim() }, note: event.reason.trim() };
      case '派单':
      case '改派':
        return {
          changes: {
            assignee: { teamId: event.to.teamId, volunteerIds: [...event.to.volunteerIds] },
            dispatchedAt: now,
            dueAt: event.dueAt,
            acceptedAt: null,
          },
          note: event.type === '改派' ? event.reason.trim() : '',
        };
      case '接单':
        return { changes: { acceptedAt: now }, note: '' };
      case '拒单':
        return { changes: { assignee: null, dueAt: null }, note: event.reason.trim() };
      case '超时未接单':
        return { changes: { assignee: null, dueAt: null }, note: '超过完成期限仍未接单' };
      case '评单':
        return {
          changes: { rating: event.rating, ratingComment: event.comment.trim(), ratedAt: now },
          note: `${event.rating} 星${event.comment.trim() ? `：${event.comment.trim()}` : ''}`,
        };
      case '回访':
        return { changes: { followUpNote: event.note.trim(), followUpAt: now }, note: event.note.trim() };
      case '取消':
        return { changes: { cancelReason: event.reason.trim() }, note: event.reason.trim() };
      default:
        return { changes: {}, note: '' };
    }
  }

  return {
    async get(id: string): Promise<ServiceOrder | undefined> {
      const row = await db.serviceOrders.get(id);
      return row && row.deletedAt === null ? row : undefined;
    },

    /** 点单: numbered FW{year}-{00001} from the counters table in the same transaction; starts 待审单. */
    async create(draft: OrderDraft): Promise<ServiceOrder> {
      if (!isContactPhone(draft.requesterPhone))
        throw new OrderStepError('请填写正确的联系电话', 'requesterPhone');
      if (!draft.description.trim()) throw new OrderStepError('请填写需求描述', 'description');
      return db.transaction('rw', db.serviceOrders, db.counters, db.auditLog, async () => {
        const now = ctx.now();
        const year = Number(dateKey(now).slice(0, 4));
        const key = orderCounterKey(year);
        const counter = await db.counters.where('key').equals(key).first();
        const last = (counter?.last ?? 0) + 1;
        if (counter) await db.counters.put(stampUpdate(counter, { last }, stamp()));
        else await db.counters.add(stampNew({ key, last }, { id: ctx.newId(), ...stamp() }));
        const row = stampNew<Draft<ServiceOrder>>(
          {
            ...draft,
            number: formatOrderNumber(year, last),
            status: '待审单',
            orderedAt: now,
            refusedReason: '',
            assignee: null,
            dispatchedAt: null,
            dueAt: null,
            acceptedAt: null,
            completedAt: null,
            completionSummary: '',
            completedVolunteerIds: [],
            photoIds: [],
            activityId: null,
            rating: null,
            ratingComment: '',
            ratedAt: null,
            followUpNote: '',
            followUpAt: null,
            cancelReason: '',
            history: [
              { at: now, event: '点单', from: null, to: '待审单', by: ctx.actor, note: draft.source },
            ],
          },
          { id: ctx.newId(), ...stamp() },
        );
        await db.serviceOrders.add(row);
        await appendAudit(db, ctx, {
          action: '服务单点单',
          entity: 'serviceOrders',
          entityId: row.id,
          after: row,
        });
        return row;
      });
    },

    /**
     * Records one step (受理, 不受理, 派单, 改派, 接单, 拒单, 超时未接单, 评单, 回访, 取消) through the
     * machine. `isAdmin` comes from the signed-in staff member's role (回访 is admins' only).
     */
    async act(
      id: string,
      event: Exclude<OrderEvent, { type: '完成' }>,
      isAdmin = false,
    ): Promise<ServiceOrder> {
      return db.transaction('rw', db.serviceOrders, db.auditLog, async () => {
        const order = await load(id);
        const { changes, note } = changesOf(event, ctx.now());
        return step(order, event, isAdmin, changes, note);
      });
    },

    /**
     * 完成 (结项): the order goes to 待评单 and each volunteer gets a 待确认 service record of the order
     * (orderId set, the 2012 fields filled); optionally an activity records it too. One transaction.
     */
    async complete(id: string, done: Completion): Promise<ServiceOrder> {
      const tables = [db.serviceOrders, db.serviceRecords, db.activities, db.volunteers, db.auditLog];
      return db.transaction('rw', tables, async () => {
        const order = await load(id);
        const now = ctx.now();
        for (const v of done.volunteers) {
          if (!Number.isInteger(v.minutes) || v.minutes < 1 || v.minutes > 1440)
            throw new OrderStepError('服务分钟数须为 1 到 1440 的整数', 'volunteers');
        }
        const ids = done.volunteers.map((v) => v.volunteerId);
        const event: OrderEvent = {
          type: '完成',
          completedAt: done.completedAt,
          volunteerIds: ids,
          summary: done.summary,
        };
        const check = nextOrderStatus(order.status, event, { now, isAdmin: false });
        if (!check.ok) throw new OrderStepError(check.reason, check.field);
        const people = await db.volunteers.bulkGet(ids);
        if (people.some((p) => !p || p.deletedAt !== null))
          throw new OrderStepError('有志愿者已不在册', 'volunteers');
        const leader = people[0]?.name ?? '';
        let activityId: string | null = null;
        if (done.asActivity) {
          const start = done.completedAt - Math.max(...done.volunteers.map((v) => v.minutes)) * 60_000;
          const activity = stampNew<Draft<Activity>>(
            {
              title: orderProjectName(order),
              category: '志愿服务',
              projectId: order.projectId,
              stationId: order.stationId,
              start,
              end: done.completedAt,
              place: order.address,
              roomId: null,
              bookingId: null,
              orderId: order.id,
              organiser: '',
              organisationId: null,
              serviceObject: order.requester,
              beneficiaries: 1,
              participants: ids.length,
              volunteerCount: ids.length,
              summary: order.description,
              content: done.summary.trim(),
              evaluation: '',
              leader,
              photoIds: [],
            },
            { id: ctx.newId(), ...stamp() },
          );
          await db.activities.add(activity);
          activityId = activity.id;
          await appendAudit(db, ctx, {
            action: '服务单结项记为活动',
            entity: 'activities',
            entityId: activity.id,
            after: activity,
          });
        }
        const records = done.volunteers.map((v) =>
          stampNew<Draft<ServiceRecord>>(
            {
              volunteerId: v.volunteerId,
              activityId,
              bookingId: null,
              post: null,
              projectName: orderProjectName(order),
              place: order.address,
              serviceObject: order.requester,
              content: done.summary.trim(),
              signInAt: done.completedAt - v.minutes * 60_000,
              signOutAt: done.completedAt,
              creditedMinutes: v.minutes,
              rules: null,
              evaluation: '',
              leader,
              recorder: ctx.actor,
              status: '待确认',
              flaggedForReview: false,
              manualReason: `服务单 ${order.number} 结项`,
              orderId: order.id,
            },
            { id: ctx.newId(), ...stamp() },
          ),
        );
        await db.serviceRecords.bulkAdd(records);
        await appendAudit(db, ctx, {
          action: '服务单结项生成服务记录',
          entity: 'serviceRecords',
          entityId: null,
          after: { orderId: order.id, records: records.map((r) => r.id) },
        });
        return step(
          order,
          event,
          false,
          {
            completedAt: done.completedAt,
            completionSummary: done.summary.trim(),
            completedVolunteerIds: ids,
            activityId,
          },
          `${people.map((p) => p?.name ?? '').join('、')}：${done.summary.trim()}`,
        );
      });
    },

    /** The board: count and newest cards of every open status, by the [status+orderedAt] index. */
    async board(): Promise<BoardColumn[]> {
      // One read transaction for the twelve reads: a transaction each costs more than the reads.
      return db.transaction('r', db.serviceOrders, () =>
        Promise.all(
          BOARD_STATUSES.map(async (status) => {
            const [count, cards] = await Promise.all([
              db.serviceOrders.where('status').equals(status).count(),
              db.serviceOrders
                .where('[status+orderedAt]')
                .between([status, Dexie.minKey], [status, Dexie.maxKey])
                .reverse()
                .limit(BOARD_CARDS)
                .toArray(),
            ]);
            return { status, count, cards: live(cards) };
          }),
        ),
      );
    },

    /** One page of the list, newest first, paged by keyset (orderedAt, then the ids seen at the cut). */
    async list(filter: OrderListFilter = {}): Promise<{ rows: ServiceOrder[]; next: OrderCursor | null }> {
      const limit = filter.limit ?? 50;
      const text = filter.text?.trim().toUpperCase() ?? '';
      if (/^FW\d{4}-\d{5}$/.test(text)) {
        const row = await db.serviceOrders.where('number').equals(text).first();
        return { rows: row && row.deletedAt === null ? [row] : [], next: null };
      }
      const top = Math.min(filter.to ?? Infinity, filter.after?.orderedAt ?? Infinity);
      const bottom = filter.from ?? -Infinity;
      const seen = new Set(filter.after?.ids ?? []);
      const base = filter.status
        ? db.serviceOrders
            .where('[status+orderedAt]')
            .between([filter.status, bottom], [filter.status, top], true, true)
        : db.serviceOrders.where('orderedAt').between(bottom, top, true, true);
      const rows = await base
        .reverse()
        .filter(
          (o) =>
            o.deletedAt === null &&
            !seen.has(o.id) &&
            (!filter.category || o.category === filter.category) &&
            (!text ||
              o.number.includes(text) ||
              o.requester.includes(text) ||
              o.requesterPhone.includes(text) ||
              o.description.includes(text)),
        )
        .limit(limit)
        .toArray();
      const last = rows.at(-1);
      const next =
        rows.length === limit && last
          ? {
              orderedAt: last.orderedAt,
              ids: [
                ...(filter.after?.orderedAt === last.orderedAt ? filter.after.ids : []),
                ...rows.filter((o) => o.orderedAt === last.orderedAt).map((o) => o.id),
              ],
            }
          : null;
      return { rows, next };
    },

    /** 来电查询: a resident's orders by phone (requesterPhone index), newest first. */
    async byPhone(phone: string): Promise<ServiceOrder[]> {
      const p = phone.trim().replace(/\s+/g, '');
      if (!p) return [];
      const rows = live(await db.serviceOrders.where('requesterPhone').equals(p).limit(200).toArray());
      return rows.sort((a, b) => b.orderedAt - a.orderedAt);
    },

    /**
     * Ranked 派单 suggestions with reasons, over a pool gathered by index: members of the chosen team (or
     * of teams named after the category), then volunteers who served in the last 30 days; capped.
     */
    async suggestions(orderId: string, teamId: string | null): Promise<DispatchSuggestion[]> {
      const order = await load(orderId);
      const now = ctx.now();
      const teams = live(await db.teams.toArray()).filter((t) => !t.retiredAt);
      const teamName = new Map(teams.map((t) => [t.id, t.name]));
      const teamIds = teamId
        ? [teamId]
        : teams.filter((t) => t.name.includes(order.category)).map((t) => t.id);
      const pool = new Map<string, Volunteer>();
      for (const t of teamIds) {
        const members = await db.volunteers.where('teamIds').equals(t).limit(POOL_CAP).toArray();
        for (const v of live(members)) if (pool.size < POOL_CAP) pool.set(v.id, v);
      }
      if (pool.size < POOL_CAP) {
        const recent = await db.serviceRecords
          .where('signInAt')
          .above(now - 30 * DAY_MS)
          .reverse()
          .limit(POOL_CAP * 10)
          .toArray();
        const wanted = [...new Set(recent.map((r) => r.volunteerId))].filter((id) => !pool.has(id));
        const people = await db.volunteers.bulkGet(wanted.slice(0, POOL_CAP - pool.size));
        for (const v of people) if (v && v.deletedAt === null && !v.anonymisedAt) pool.set(v.id, v);
      }
      // Few teams fit by name: their other members still know the desk's kind of work.
      for (const t of teams) {
        if (pool.size >= POOL_CAP) break;
        if (teamIds.includes(t.id)) continue;
        const members = await db.volunteers
          .where('teamIds')
          .equals(t.id)
          .limit(POOL_CAP - pool.size)
          .toArray();
        for (const v of live(members)) pool.set(v.id, v);
      }
      const candidates = await Promise.all(
        [...pool.values()].map(async (v) => {
          const year = await db.serviceRecords
            .where('[volunteerId+signInAt]')
            .between([v.id, now - 365 * DAY_MS], [v.id, Dexie.maxKey])
            .toArray();
          const counted = year.filter((r) => r.status !== '作废');
          return {
            volunteerId: v.id,
            name: v.name,
            skills: v.skills,
            intentions: v.intentions,
            availability: v.availability,
            teamNames: v.teamIds.flatMap((t) => teamName.get(t) ?? []),
            sameCategoryCount: counted.filter(
              (r) => r.orderId && r.projectName.startsWith(`${order.category}：`),
            ).length,
            recentCount: counted.filter((r) => r.signInAt >= now - 30 * DAY_MS).length,
          };
        }),
      );
      return rankDispatchSuggestions(candidates, order).slice(0, 10);
    },

    /** Names of an order's volunteers (assigned or completed), for dialogs and 感谢信. */
    async volunteersOf(ids: readonly string[]): Promise<Volunteer[]> {
      const rows = await db.volunteers.bulkGet([...ids]);
      return rows.filter((v): v is Volunteer => v !== undefined && v.deletedAt === null);
    },

    /** The service records an order's completion made. */
    async recordsOf(orderId: string): Promise<ServiceRecord[]> {
      return live(await db.serviceRecords.where('orderId').equals(orderId).toArray());
    },
  };
}
