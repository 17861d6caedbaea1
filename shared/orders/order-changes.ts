import type { BaseRecord, ServiceOrder } from '../model';
import type { OrderEvent } from './order-machine';
import type { OrderDraft } from './order-schema';

/**
 * What a step (other than 完成) writes on the order besides its status, and the note its history entry
 * keeps: the reason of a refusal or cancellation, the assignee and due date of a dispatch, the rating.
 *
 * @example
 * orderStepChanges({ type: '取消', reason: ' 居民已自行解决 ' }, 0)
 * // => { changes: { cancelReason: '居民已自行解决' }, note: '居民已自行解决' }
 */
export function orderStepChanges(
  event: Exclude<OrderEvent, { type: '完成' }>,
  now: number,
): { changes: Partial<ServiceOrder>; note: string } {
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
    case '恢复':
      // The reason stays in the history; the order itself is no longer refused or cancelled.
      return { changes: { cancelReason: '', refusedReason: '' }, note: `恢复为“${event.previous}”` };
    default:
      return { changes: {}, note: '' };
  }
}

/**
 * The 恢复 that undoes an order's refusal or cancellation: back to the status its last 不受理 or 取消
 * left from; null when the order is neither refused nor cancelled.
 *
 * @example
 * restoreEvent({ status: '已取消', history: [{ at: 0, event: '取消', from: '待派单', to: '已取消', by: '', note: '' }] })
 * // => { type: '恢复', previous: '待派单' }
 */
export function restoreEvent(
  order: Pick<ServiceOrder, 'status' | 'history'>,
): Extract<OrderEvent, { type: '恢复' }> | null {
  if (order.status !== '已取消' && order.status !== '不受理') return null;
  const last = [...order.history].reverse().find((h) => h.to === order.status);
  return last?.from ? { type: '恢复', previous: last.from } : null;
}

/**
 * What an order holds beyond what the resident asked for (the draft), its number, history and stamps.
 *
 * @example
 * const fresh: NewOrderFields = newOrderFields(0);
 */
export type NewOrderFields = Omit<ServiceOrder, keyof BaseRecord | keyof OrderDraft | 'number' | 'history'>;

/**
 * The fields of an order just placed (点单): 待审单, nothing dispatched, done or rated yet. The history
 * is the caller's, as it names who took the order.
 *
 * @example
 * newOrderFields(0).status // => '待审单'
 */
export function newOrderFields(orderedAt: number): NewOrderFields {
  return {
    status: '待审单',
    orderedAt,
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
  };
}
