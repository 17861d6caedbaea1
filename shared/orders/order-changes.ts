import type { ServiceOrder } from '../model';
import type { OrderEvent } from './order-machine';

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
    default:
      return { changes: {}, note: '' };
  }
}
