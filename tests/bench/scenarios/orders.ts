import type { ServiceOrder } from '@shared/model';
import { BOARD_STATUSES } from '@shared/orders/order-board';
import { formatOrderNumber } from '@shared/orders/order-number';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import { median, type Measure } from '../measure';

const DAY = 86_400_000;
const CATEGORIES = ['助老', '助残', '助学辅导', '家政', '维修', '心理', '法律', '医疗健康', '文化', '其他'];

/**
 * A year of orders: 49 in 50 finished; the open ones (1,000 of 50,000, more than a district desk has
 * waiting at once) spread over the board's columns.
 */
function orders(count: number, now: number): ServiceOrder[] {
  return Array.from({ length: count }, (_, i) => {
    const orderedAt = now - Math.floor(((count - i) / count) * 365 * DAY);
    const open = i % 50 === 0;
    const status = open ? (BOARD_STATUSES[(i / 50) % BOARD_STATUSES.length] ?? '待审单') : '已办结';
    return {
      id: crypto.randomUUID(),
      createdAt: orderedAt,
      updatedAt: orderedAt,
      deletedAt: null,
      deskId: 'bench-orders',
      number: formatOrderNumber(2026, i + 1),
      requester: `居民${i}`,
      requesterPhone: `138${String(i).padStart(8, '0')}`,
      address: '鼓楼区五四路',
      category: CATEGORIES[i % CATEGORIES.length] ?? '其他',
      description: '上门服务',
      wishedAt: null,
      urgency: '一般',
      source: '电话',
      wish: false,
      projectId: null,
      stationId: null,
      status,
      orderedAt,
      refusedReason: '',
      assignee: null,
      dispatchedAt: null,
      dueAt: null,
      acceptedAt: null,
      completedAt: status === '已办结' ? orderedAt + DAY : null,
      completionSummary: '',
      completedVolunteerIds: [],
      photoIds: [],
      activityId: null,
      rating: status === '已办结' ? 5 : null,
      ratingComment: '',
      ratedAt: null,
      followUpNote: '',
      followUpAt: null,
      cancelReason: '',
      history: [],
    } as ServiceOrder;
  });
}

/**
 * The 服务单 board and list at district scale (50,000 orders a year, mostly finished): the board's
 * counts and newest cards of all six columns, and the list's first page, by index. Target 100 ms each,
 * as issue 12 asks of the board. `--orders=N` changes the scale.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const count = Number(params.get('orders') ?? '50000');
  const now = Date.now();
  const db = createDatabase(`bench-orders-${now}`);
  await openDatabase(db);
  const repos = createRepos(db, systemContext('bench-orders'));
  await db.serviceOrders.bulkAdd(orders(count, now));
  const scale = `${count.toLocaleString('en')} orders`;
  // The bulk load's commit is still settling: the first reads would time it, not the board.
  await repos.orders.list({ limit: 50 });
  await repos.orders.board();
  const board = await median(11, () => repos.orders.board());
  const list = await median(11, () => repos.orders.list({ limit: 50 }));
  const filtered = await median(11, () => repos.orders.list({ status: '待派单', limit: 50 }));
  const caller = await median(11, () => repos.orders.byPhone('13800012345'));
  db.close();
  return [
    {
      name: `服务单 board: counts + first 30 cards of 6 columns (${scale}), target 100 ms`,
      ms: board,
      reference: { name: 'target', ms: 100 },
      targetRatio: 1,
    },
    {
      name: `服务单 list first page of 50 (${scale}), target 100 ms`,
      ms: list,
      reference: { name: 'target', ms: 100 },
      targetRatio: 1,
    },
    {
      name: `服务单 list 待派单 first page (${scale})`,
      ms: filtered,
      reference: { name: 'target', ms: 100 },
      targetRatio: 1,
    },
    {
      name: `来电查询 by phone (${scale})`,
      ms: caller,
      reference: { name: 'target', ms: 100 },
      targetRatio: 1,
    },
  ];
}
