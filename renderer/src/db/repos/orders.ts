import { MAX_ACTIVITY_PHOTOS, photoLimitMessage } from '@shared/activities/activity-photos';
import type { Activity, OrderHistoryEntry, Photo, ServiceOrder, ServiceRecord } from '@shared/model';
import { stampNew, stampUpdate, type Draft } from '@shared/model';
import { isContactPhone } from '@shared/identity/phone';
import { orderProjectName } from '@shared/orders/order-board';
import { newOrderFields, orderStepChanges } from '@shared/orders/order-changes';
import { nextOrderStatus, type OrderEvent } from '@shared/orders/order-machine';
import { formatOrderNumber, orderCounterKey } from '@shared/orders/order-number';
import type { OrderDraft } from '@shared/orders/order-schema';
import { dateKey } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { orderReads } from './order-reads';
import type { PhotoInput } from './photos';

export type { BoardColumn, OrderCursor, OrderListFilter } from './order-reads';

/** Thrown when a step is refused; `field` names the form input at fault. */
export class OrderStepError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
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
  /** 结项照片, already resized; at most {@link MAX_ACTIVITY_PHOTOS}. */
  photos: PhotoInput[];
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
        const key = orderCounterKey(year, db.numberMark);
        const counter = await db.counters.where('key').equals(key).first();
        const last = (counter?.last ?? 0) + 1;
        if (counter) await db.counters.put(stampUpdate(counter, { last }, stamp()));
        else await db.counters.add(stampNew({ key, last }, { id: ctx.newId(), ...stamp() }));
        const row = stampNew<Draft<ServiceOrder>>(
          {
            ...draft,
            number: formatOrderNumber(year, last, db.numberMark),
            ...newOrderFields(now),
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
        const { changes, note } = orderStepChanges(event, ctx.now());
        return step(order, event, isAdmin, changes, note);
      });
    },

    /**
     * 完成 (结项): the order goes to 待评单 and each volunteer gets a 待确认 service record of the order
     * (orderId set, the 2012 fields filled); optionally an activity records it too. One transaction.
     */
    async complete(id: string, done: Completion): Promise<ServiceOrder> {
      const tables = [
        db.serviceOrders,
        db.serviceRecords,
        db.activities,
        db.photos,
        db.volunteers,
        db.auditLog,
      ];
      return db.transaction('rw', tables, async () => {
        const order = await load(id);
        const now = ctx.now();
        for (const v of done.volunteers) {
          if (!Number.isInteger(v.minutes) || v.minutes < 1 || v.minutes > 1440)
            throw new OrderStepError('服务分钟数须为 1 到 1440 的整数', 'volunteers');
        }
        if (done.photos.length > MAX_ACTIVITY_PHOTOS)
          throw new OrderStepError(photoLimitMessage('服务单'), 'photos');
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
        const activityId = done.asActivity ? ctx.newId() : null;
        // One copy of each image: the activity owns it when there is one, and the order points at the same rows.
        const photos = done.photos.map((p) =>
          stampNew<Draft<Photo>>({ ownerId: activityId ?? order.id, ...p }, { id: ctx.newId(), ...stamp() }),
        );
        await db.photos.bulkAdd(photos);
        const photoIds = photos.map((p) => p.id);
        if (activityId !== null) {
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
              photoIds,
            },
            { id: activityId, ...stamp() },
          );
          await db.activities.add(activity);
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
            photoIds,
            activityId,
          },
          `${people.map((p) => p?.name ?? '').join('、')}：${done.summary.trim()}`,
        );
      });
    },
    ...orderReads(db, ctx),
  };
}
