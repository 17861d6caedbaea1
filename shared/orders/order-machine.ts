/**
 * Where a resident's service order stands in the 点单 → 审单 → 派单 → 接单 → 完成 → 评单 loop.
 * 待回访 holds an order rated 2 or lower until an admin records the follow-up call; 已办结 is final,
 * and an order refused (不受理) or cancelled (已取消) by mistake can be restored (恢复) to where it was.
 *
 * @example
 * ORDER_STATUSES[0] // => '待审单'
 */
export const ORDER_STATUSES = [
  '待审单',
  '待派单',
  '待接单',
  '服务中',
  '待评单',
  '待回访',
  '已办结',
  '不受理',
  '已取消',
] as const;

/**
 * One of {@link ORDER_STATUSES}.
 *
 * @example
 * const s: OrderStatus = '待派单';
 */
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * Who an order is dispatched to: a team, named volunteers, or both.
 *
 * @example
 * const to: OrderAssignee = { teamId: 't-1', volunteerIds: [] };
 */
export interface OrderAssignee {
  teamId: string | null;
  volunteerIds: readonly string[];
}

/**
 * A step in the loop, as the desk records it. Refusals, cancels and re-dispatches carry the reason
 * the resident will be told when they call.
 *
 * @example
 * const e: OrderEvent = { type: '派单', to: { teamId: 't-1', volunteerIds: [] }, dueAt: Date.UTC(2026, 11, 3) };
 */
export type OrderEvent =
  | { type: '受理' }
  | { type: '不受理'; reason: string }
  | { type: '派单'; to: OrderAssignee; dueAt: number }
  | { type: '改派'; to: OrderAssignee; dueAt: number; reason: string }
  | { type: '接单' }
  | { type: '拒单'; reason: string }
  | { type: '超时未接单' }
  | { type: '完成'; completedAt: number; volunteerIds: readonly string[]; summary: string }
  | { type: '评单'; rating: number; comment: string }
  | { type: '回访'; note: string }
  | { type: '取消'; reason: string }
  | { type: '恢复'; previous: OrderStatus };

/**
 * The kind of an {@link OrderEvent}.
 *
 * @example
 * const t: OrderEventType = '接单';
 */
export type OrderEventType = OrderEvent['type'];

/**
 * What the machine needs to know besides the order: the time (for due dates) and whether the staff
 * member may record a 回访 (admins only).
 *
 * @example
 * const ctx: OrderMachineContext = { now: Date.UTC(2026, 11, 1, 2), isAdmin: false };
 */
export interface OrderMachineContext {
  now: number;
  isAdmin: boolean;
}

/**
 * A rating at or below this is flagged for a follow-up call (回访).
 *
 * @example
 * 2 <= LOW_RATING // => true
 */
export const LOW_RATING = 2;

// Which event may leave which status, and where it goes. The only source of the loop's shape.
const TRANSITIONS: Readonly<Record<OrderStatus, Partial<Record<OrderEventType, OrderStatus>>>> = {
  待审单: { 受理: '待派单', 不受理: '不受理', 取消: '已取消' },
  待派单: { 派单: '待接单', 取消: '已取消' },
  待接单: { 接单: '服务中', 拒单: '待派单', 超时未接单: '待派单', 改派: '待接单', 取消: '已取消' },
  服务中: { 完成: '待评单', 改派: '待接单', 取消: '已取消' },
  待评单: { 评单: '已办结' },
  待回访: { 回访: '已办结' },
  已办结: {},
  // 恢复 goes back to the status the order was refused or cancelled from (checked in nextOrderStatus).
  不受理: { 恢复: '待审单' },
  已取消: { 恢复: '待审单' },
};

/**
 * The events a desk may record on an order in `status`, in the order the loop runs.
 *
 * @example
 * allowedEvents('待接单') // => ['接单', '拒单', '超时未接单', '改派', '取消']
 * allowedEvents('已办结') // => []
 * allowedEvents('已取消') // => ['恢复']
 */
export function allowedEvents(status: OrderStatus): OrderEventType[] {
  return Object.keys(TRANSITIONS[status]) as OrderEventType[];
}

/**
 * Whether an order in `status` is finished: nothing more can happen to it.
 *
 * @example
 * isFinal('已办结') // => true
 * isFinal('已取消') // => false
 */
export function isFinal(status: OrderStatus): boolean {
  return allowedEvents(status).length === 0;
}

/**
 * The result of {@link nextOrderStatus}: the new status, or why the step is refused (Chinese, shown to
 * the desk as is; `field` names the input at fault when there is one).
 *
 * @example
 * const r: OrderStep = { ok: false, reason: '请填写不受理的原因', field: 'reason' };
 */
export type OrderStep = { ok: true; status: OrderStatus } | { ok: false; reason: string; field?: string };

/**
 * Checks one step of the loop and returns where it leads. Refuses, with the reason, a step the loop
 * does not allow from `status`, a refusal or cancel without a reason, a dispatch due in the past or to
 * nobody, a completion without any volunteer, a rating outside 1–5, and a 回访 by a non-admin. A rating
 * of {@link LOW_RATING} or lower leads to 待回访 instead of 已办结. 恢复 leads back to `previous` only
 * if refusing or cancelling from there could have led to the order's status.
 *
 * @example
 * const ctx = { now: Date.UTC(2026, 11, 1, 2), isAdmin: false };
 * nextOrderStatus('待审单', { type: '受理' }, ctx) // => { ok: true, status: '待派单' }
 * nextOrderStatus('待评单', { type: '评单', rating: 2, comment: '迟到' }, ctx) // => { ok: true, status: '待回访' }
 * nextOrderStatus('待审单', { type: '接单' }, ctx) // => { ok: false, reason: '“待审单”的服务单不能接单' }
 * nextOrderStatus('已取消', { type: '恢复', previous: '服务中' }, ctx) // => { ok: true, status: '服务中' }
 */
export function nextOrderStatus(status: OrderStatus, event: OrderEvent, ctx: OrderMachineContext): OrderStep {
  const to = TRANSITIONS[status][event.type];
  if (!to) return { ok: false, reason: `“${status}”的服务单不能${event.type}` };
  const problem = eventProblem(event, ctx);
  if (problem) return { ok: false, ...problem };
  if (event.type === '评单' && event.rating <= LOW_RATING) return { ok: true, status: '待回访' };
  if (event.type === '恢复') {
    const undone = status === '不受理' ? '不受理' : '取消';
    if (TRANSITIONS[event.previous][undone] !== status)
      return { ok: false, reason: `“${status}”的服务单不能恢复为“${event.previous}”` };
    return { ok: true, status: event.previous };
  }
  return { ok: true, status: to };
}

function eventProblem(
  event: OrderEvent,
  ctx: OrderMachineContext,
): { reason: string; field?: string } | null {
  switch (event.type) {
    case '不受理':
    case '拒单':
    case '取消':
    case '改派':
      if (event.reason.trim() === '') return { reason: `请填写${event.type}的原因`, field: 'reason' };
      if (event.type === '改派') return dispatchProblem(event.to, event.dueAt, ctx.now);
      return null;
    case '派单':
      return dispatchProblem(event.to, event.dueAt, ctx.now);
    case '完成':
      if (event.volunteerIds.length === 0)
        return { reason: '请至少选择一名参与服务的志愿者', field: 'volunteerIds' };
      if (event.completedAt > ctx.now) return { reason: '完成时间不能晚于现在', field: 'completedAt' };
      return null;
    case '评单':
      if (!Number.isInteger(event.rating) || event.rating < 1 || event.rating > 5) {
        return { reason: '评分须为 1 到 5 分', field: 'rating' };
      }
      return null;
    case '回访':
      if (!ctx.isAdmin) return { reason: '回访结果须由管理员登记' };
      if (event.note.trim() === '') return { reason: '请填写回访情况', field: 'note' };
      return null;
    default:
      return null;
  }
}

function dispatchProblem(
  to: OrderAssignee,
  dueAt: number,
  now: number,
): { reason: string; field: string } | null {
  if (!to.teamId && to.volunteerIds.length === 0) return { reason: '请选择服务队或志愿者', field: 'to' };
  if (dueAt <= now) return { reason: '完成期限不能早于现在', field: 'dueAt' };
  return null;
}
