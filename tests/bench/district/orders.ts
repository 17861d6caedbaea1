import { DEMO_WORDS } from '@shared/demo/pools';
import type { OrderStatus } from '@shared/orders/order-machine';
import { DEFAULT_ORDER_CATEGORIES } from '@shared/orders/order-categories';
import { ORDER_SOURCES, ORDER_URGENCIES } from '@shared/model/practice';
import { addDays, fromDateAndMinutes } from '@shared/time/center-time';
import { createRepos, type DeskDatabase, type Repos } from '../../../renderer/src/db';
import type { OrderDraft } from '@shared/orders/order-schema';
import { forkContext, HISTORY_DAYS, inWindows, type DistrictContext } from './context';
import { districtMobile } from './people';

const MINUTE = 60_000;
/** Orders this many days old or newer are still somewhere in the loop; older ones have ended. */
const OPEN_DAYS = 3;
const OPEN_STATUSES: readonly OrderStatus[] = ['待审单', '待派单', '待接单', '服务中', '待评单'];

/**
 * Where order `j` of `count` ends: recent ones are spread over the open statuses, older ones mostly
 * 已办结, with a few 不受理, 已取消 and low-rated 待回访. Pure, so the records the 结项 steps will make
 * are known before anything is written.
 *
 * @example
 * orderOutcome(0, 50_000) // => '不受理'
 */
export function orderOutcome(j: number, count: number): OrderStatus {
  const dayIndex = Math.floor((j * HISTORY_DAYS) / count);
  if (HISTORY_DAYS - dayIndex <= OPEN_DAYS) return OPEN_STATUSES[j % OPEN_STATUSES.length] ?? '待审单';
  const r = j % 100;
  if (r < 3) return '不受理';
  if (r < 7) return '已取消';
  if (r < 10) return '待回访';
  return '已办结';
}

/**
 * How many orders reach 结项, each giving one service record (one volunteer per order).
 *
 * @example
 * completedOrders(100) // => 93 (all but 3 不受理 and 4 已取消)
 */
export function completedOrders(count: number): number {
  let n = 0;
  for (let j = 0; j < count; j += 1)
    if (['待评单', '待回访', '已办结'].includes(orderOutcome(j, count))) n += 1;
  return n;
}

/** How far along the loop an order ending in each status went: 0 点单 … 5 评单. */
const LAST_STEP: Record<OrderStatus, number> = {
  待审单: 0,
  不受理: 1,
  待派单: 1,
  已取消: 2,
  待接单: 2,
  服务中: 3,
  待评单: 4,
  待回访: 5,
  已办结: 5,
};

/** One order's writes, decided (every random draw made) before any of them starts. */
interface OrderPlan {
  j: number;
  outcome: OrderStatus;
  day: string;
  t0: number;
  draft: OrderDraft;
  volunteerId: string;
  minutes: number;
  rating: number;
  own: ReturnType<typeof forkContext>;
  repos: Repos;
  id: string;
}

function planOrder(g: DistrictContext, db: DeskDatabase, j: number, input: OrdersInput): OrderPlan {
  const day = addDays(g.firstDay, Math.floor((j * HISTORY_DAYS) / input.count));
  const category = g.rand.pick(DEFAULT_ORDER_CATEGORIES);
  const outcome = orderOutcome(j, input.count);
  const own = forkContext(g, ORDER_KEY + j);
  return {
    j,
    outcome,
    day,
    t0: fromDateAndMinutes(day, 540 + (j % 60)),
    draft: {
      requester: `${g.rand.pick(DEMO_WORDS.surnames)}${g.rand.chance(0.5) ? '大爷' : '阿姨'}`,
      requesterPhone: districtMobile(g, 70_000_000 + j),
      address: `福州市鼓楼区${g.rand.pick(DEMO_WORDS.roads)}${g.rand.int(1, 300)}号`,
      category,
      description: `${category}：请志愿者上门协助`,
      wishedAt: null,
      urgency: g.rand.pick(ORDER_URGENCIES),
      source: g.rand.pick(ORDER_SOURCES),
      wish: false,
      projectId: null,
      stationId: null,
    },
    volunteerId: input.volunteerIds[j % input.volunteerIds.length] ?? '',
    minutes: g.rand.int(60, 90),
    rating: outcome === '待回访' ? 2 : g.rand.int(4, 5),
    own,
    repos: createRepos(db, own),
    id: '',
  };
}

/** What {@link generateOrders} writes: `count` orders served by `volunteerIds` in turn. */
export interface OrdersInput {
  volunteerIds: readonly string[];
  count: number;
}

/** Ids of forked contexts for orders start here (activities and bookings use other ranges). */
const ORDER_KEY = 10_000_000;

/**
 * Takes `count` residents' orders through 点单—派单—接单—评单 with repos.orders (create, act, complete),
 * each step at its own time on the order's day: 点单 in the morning, 结项 12:00–13:30 (a slot no
 * activity uses, so these hours never overlap an activity's), 评单 the next morning. One volunteer
 * per order, taken in turn from `volunteerIds`. The repository has no bulk path, so a window of
 * orders takes each step side by side (see inWindows).
 *
 * @example
 * await generateOrders(g, db, { volunteerIds, count: 250 }); // => 250
 */
export async function generateOrders(
  g: DistrictContext,
  db: DeskDatabase,
  input: OrdersInput,
  onProgress: (done: number) => void = () => undefined,
): Promise<number> {
  await inWindows(
    input.count,
    async (indexes) => {
      const plans = indexes.map((j) => planOrder(g, db, j, input));
      // One step for every order that goes that far, started in index order.
      const step = (n: number, write: (p: OrderPlan) => Promise<unknown>) =>
        Promise.all(plans.filter((p) => LAST_STEP[p.outcome] >= n).map(write));
      await step(0, async (p) => {
        p.own.setTime(p.t0);
        p.id = (await p.repos.orders.create(p.draft)).id;
      });
      await step(1, (p) => {
        p.own.setTime(p.t0 + 20 * MINUTE);
        return p.outcome === '不受理'
          ? p.repos.orders.act(p.id, { type: '不受理', reason: '不属于志愿服务范围，已转相关部门' })
          : p.repos.orders.act(p.id, { type: '受理' });
      });
      await step(2, (p) => {
        p.own.setTime(p.t0 + 30 * MINUTE);
        return p.outcome === '已取消'
          ? p.repos.orders.act(p.id, { type: '取消', reason: '群众来电告知问题已自行解决' })
          : p.repos.orders.act(p.id, {
              type: '派单',
              to: { teamId: null, volunteerIds: [p.volunteerId] },
              dueAt: p.t0 + 3 * 1440 * MINUTE,
            });
      });
      await step(3, (p) => {
        p.own.setTime(p.t0 + 60 * MINUTE);
        return p.repos.orders.act(p.id, { type: '接单' });
      });
      await step(4, (p) => {
        p.own.setTime(fromDateAndMinutes(p.day, 840));
        return p.repos.orders.complete(p.id, {
          completedAt: fromDateAndMinutes(p.day, 810),
          summary: '已上门完成服务，群众满意',
          volunteers: [{ volunteerId: p.volunteerId, minutes: p.minutes }],
          asActivity: false,
          photos: [],
        });
      });
      await step(5, (p) => {
        p.own.setTime(fromDateAndMinutes(addDays(p.day, 1), 600));
        return p.repos.orders.act(p.id, {
          type: '评单',
          rating: p.rating,
          comment: p.rating > 2 ? '服务周到' : '上门时间晚了',
        });
      });
    },
    onProgress,
  );
  return input.count;
}
