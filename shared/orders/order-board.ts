import type { ServiceOrder } from '../model/practice';
import type { OrderStatus } from './order-machine';

/**
 * The board's columns: every status an order can still move from, in the loop's order.
 *
 * @example
 * BOARD_STATUSES.length // => 6
 */
export const BOARD_STATUSES: readonly OrderStatus[] = [
  '待审单',
  '待派单',
  '待接单',
  '服务中',
  '待评单',
  '待回访',
];

/**
 * Whether an order is past its 完成期限 and not yet accepted or done: highlighted on the board.
 *
 * @example
 * isOverdue({ status: '待接单', dueAt: 1000 }, 2000) // => true
 * isOverdue({ status: '待评单', dueAt: 1000 }, 2000) // => false
 */
export function isOverdue(order: Pick<ServiceOrder, 'status' | 'dueAt'>, now: number): boolean {
  return (
    (order.status === '待接单' || order.status === '服务中') && order.dueAt !== null && order.dueAt < now
  );
}

/**
 * The 服务记录 项目名称 of an order's volunteers: the category and the start of the description.
 *
 * @example
 * orderProjectName({ category: '维修', description: '厨房水龙头漏水，老人独居' }) // => '维修：厨房水龙头漏水，老人独居'
 */
export function orderProjectName(order: Pick<ServiceOrder, 'category' | 'description'>): string {
  const d = order.description.trim();
  return `${order.category}：${d.length > 12 ? `${d.slice(0, 12)}…` : d}`;
}
