import Dexie from 'dexie';
import type { ServiceOrder, ServiceRecord, Volunteer } from '@shared/model';
import { BOARD_STATUSES } from '@shared/orders/order-board';
import type { OrderStatus } from '@shared/orders/order-machine';
import { rankDispatchSuggestions, type DispatchSuggestion } from '@shared/orders/suggestions';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { live } from './live';

const DAY_MS = 86_400_000;
/** Cards per board column; the rest are behind “还有 N 单”. */
export const BOARD_CARDS = 30;
/** Volunteers considered for a suggestion: enough to choose from, never the whole register. */
const POOL_CAP = 60;

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

/** 服务单 reads: the board, the list, 来电查询 and 派单 suggestions, each by index. */
export function orderReads(db: DeskDatabase, ctx: WriteContext) {
  return {
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
      const order = await db.serviceOrders.get(orderId);
      if (!order || order.deletedAt !== null) return [];
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
