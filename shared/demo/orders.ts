import type { Draft } from '../model/base';
import type { NumberCounter } from '../model/documents';
import type { ServiceRecord, Team, Volunteer } from '../model/people';
import type { OrderHistoryEntry, OrderSource, ServiceOrder } from '../model/practice';
import type { OrderEventType, OrderStatus } from '../orders/order-machine';
import { formatOrderNumber, orderCounterKey } from '../orders/order-number';
import { addDays } from '../time/center-time';
import { DAY_MS, MINUTE_MS, type DemoContext } from './context';
import { DEMO_WORDS } from './pools';
import { DEMO_HOURS_RULES } from './service';

/** What residents ask for in the demo: category, what they wrote, and the team that usually goes. */
const WISHES: readonly { category: string; text: string; team: string }[] = [
  { category: '维修', text: '厨房水龙头漏水，老人独居不会修', team: '便民维修' },
  { category: '助老', text: '每周二陪同到社区卫生服务站量血压', team: '关爱' },
  { category: '助学辅导', text: '孩子四年级数学跟不上，希望周末辅导', team: '青年' },
  { category: '家政', text: '行动不便，需要帮忙打扫卫生', team: '关爱' },
  { category: '法律', text: '老房子继承手续咨询', team: '法' },
  { category: '心理', text: '刚退休情绪低落，想找人聊聊', team: '关爱' },
  { category: '医疗健康', text: '想学会用电子血压计', team: '医' },
  { category: '文化', text: '想参加书法兴趣班，不知道怎么报名', team: '文' },
  { category: '助残', text: '轮椅坏了，需要帮忙送修', team: '便民维修' },
  { category: '维修', text: '楼道灯不亮了', team: '便民维修' },
];

/** How many demo orders end in each status, in the order the loop runs. */
const PLAN: readonly [OrderStatus, number][] = [
  ['待审单', 3],
  ['待派单', 3],
  ['待接单', 4],
  ['服务中', 3],
  ['待评单', 3],
  ['待回访', 1],
  ['已办结', 6],
  ['不受理', 1],
  ['已取消', 1],
];

/** The steps that lead to each status, after 点单. */
const PATH: Record<OrderStatus, readonly OrderEventType[]> = {
  待审单: [],
  待派单: ['受理'],
  待接单: ['受理', '派单'],
  服务中: ['受理', '派单', '接单'],
  待评单: ['受理', '派单', '接单', '完成'],
  待回访: ['受理', '派单', '接单', '完成', '评单'],
  已办结: ['受理', '派单', '接单', '完成', '评单'],
  不受理: ['不受理'],
  已取消: ['受理', '取消'],
};

const NEXT: Partial<Record<OrderEventType, OrderStatus>> = {
  受理: '待派单',
  派单: '待接单',
  接单: '服务中',
  完成: '待评单',
  不受理: '不受理',
  取消: '已取消',
};

/**
 * A month of residents' service orders in every status of the loop, numbered FW{year}-00001 on, with
 * their history, the (confirmed) service records of completed ones and the counters row the
 * desk continues numbering from.
 *
 * @example
 * const { serviceOrders, counters } = generateOrders(ctx, { teams, volunteers });
 * serviceOrders.length // => 25
 */
export function generateOrders(
  ctx: DemoContext,
  inputs: { teams: readonly Team[]; volunteers: readonly Volunteer[] },
): { serviceOrders: ServiceOrder[]; serviceRecords: ServiceRecord[]; counters: NumberCounter[] } {
  const { rand } = ctx;
  const adults = inputs.volunteers.filter((v) => v.guardian === null);
  const year = Number(ctx.today.slice(0, 4));
  const serviceOrders: ServiceOrder[] = [];
  const serviceRecords: ServiceRecord[] = [];
  const plan = PLAN.flatMap(([status, n]) => Array.from({ length: n }, () => status));
  // Oldest first, so numbers rise with time; finished orders were placed earlier than open ones.
  const placedAt = plan
    .map((status) => {
      const daysBack = status === '待审单' ? rand.int(0, 1) : rand.int(2, 25);
      return ctx.deskTime(addDays(ctx.today, -daysBack));
    })
    .sort((a, b) => a - b);
  const ordered = [...plan].sort((a, b) => PLAN_RANK(b) - PLAN_RANK(a));

  ordered.forEach((status, i) => {
    const at = placedAt[i] ?? ctx.now;
    const wish = rand.pick(WISHES);
    const team = inputs.teams.find((t) => t.name.includes(wish.team)) ?? rand.pick(inputs.teams);
    const helpers = rand.shuffle(adults.filter((v) => v.teamIds.includes(team.id))).slice(0, 2);
    const people = helpers.length > 0 ? helpers : [rand.pick(adults)];
    const source: OrderSource = rand.pick(['到访', '电话', '电话', '上门收集', '微心愿墙', '12345转办']);
    const history: OrderHistoryEntry[] = [
      { at, event: '点单', from: null, to: '待审单', by: rand.pick(DEMO_WORDS.deskStaff), note: '' },
    ];
    let t = at;
    let current: OrderStatus = '待审单';
    const times: Partial<Record<OrderEventType, number>> = {};
    for (const event of PATH[status]) {
      t = Math.min(ctx.now - MINUTE_MS, t + rand.int(30, event === '完成' ? 2 * 1440 : 600) * MINUTE_MS);
      times[event] = t;
      const to: OrderStatus = event === '评单' ? status : (NEXT[event] ?? current);
      history.push({
        at: t,
        event,
        from: current,
        to,
        by: rand.pick(DEMO_WORDS.deskStaff),
        note: noteOf(event),
      });
      current = to;
    }
    const rating = status === '待回访' ? 2 : status === '已办结' ? rand.pick([4, 5, 5, 5]) : null;
    const dispatched = times['派单'] ?? null;
    const completedAt = times['完成'] ?? null;
    const order = ctx.stamp<Draft<ServiceOrder>>(
      {
        number: formatOrderNumber(year, i + 1),
        requester: ctx.personName(rand.pick(['男', '女']), rand.int(1940, 1965)),
        requesterPhone: ctx.mobile(),
        address: `鼓楼区${rand.pick(DEMO_WORDS.roads)}${rand.int(1, 120)}号`,
        category: wish.category,
        description: wish.text,
        wishedAt: null,
        urgency: rand.pick(['一般', '一般', '较急']),
        source,
        wish: source === '微心愿墙',
        projectId: null,
        stationId: null,
        status,
        orderedAt: at,
        refusedReason: status === '不受理' ? '不属于志愿服务范围，已告知居民联系物业' : '',
        assignee: dispatched === null ? null : { teamId: team.id, volunteerIds: [] },
        dispatchedAt: dispatched,
        // An open dispatch is due in the coming days; one demo order is already overdue.
        dueAt:
          dispatched === null
            ? null
            : status === '待接单' && i % 4 === 0
              ? ctx.now - DAY_MS
              : ctx.now + 3 * DAY_MS,
        acceptedAt: times['接单'] ?? null,
        completedAt,
        completionSummary: completedAt === null ? '' : `${wish.text.slice(0, 8)}……已上门处理完毕`,
        completedVolunteerIds: completedAt === null ? [] : people.map((v) => v.id),
        photoIds: [],
        activityId: null,
        rating,
        ratingComment: rating === null ? '' : rating <= 2 ? '来得太晚了' : '志愿者很耐心，谢谢',
        ratedAt: times['评单'] ?? null,
        followUpNote: '',
        followUpAt: null,
        cancelReason: status === '已取消' ? '居民已自行解决' : '',
        history,
      },
      at,
    );
    serviceOrders.push({ ...order, updatedAt: Math.min(ctx.now, t) });
    if (completedAt === null) return;
    for (const v of people) {
      const minutes = rand.int(2, 6) * 30;
      const signInAt = completedAt - minutes * MINUTE_MS;
      serviceRecords.push(
        ctx.stamp<Draft<ServiceRecord>>(
          {
            volunteerId: v.id,
            activityId: null,
            bookingId: null,
            orderId: order.id,
            post: null,
            projectName: `${wish.category}：${wish.text.slice(0, 12)}`,
            place: order.address,
            serviceObject: order.requester,
            content: order.completionSummary,
            signInAt,
            signOutAt: completedAt,
            creditedMinutes: minutes,
            rules: { ...DEMO_HOURS_RULES },
            evaluation: '',
            leader: team.name,
            recorder: rand.pick(DEMO_WORDS.deskStaff),
            // Confirmed like the rest of the demo's past service, so its figures add up from the start.
            status: '已确认',
            flaggedForReview: false,
            manualReason: null,
          },
          completedAt,
        ),
      );
    }
  });

  const counters = [
    ctx.stamp({ key: orderCounterKey(year), last: serviceOrders.length }, ctx.now - MINUTE_MS),
  ];
  return { serviceOrders, serviceRecords, counters };
}

// Finished statuses first (placed longest ago), then the open ones in loop order, 待审单 last.
function PLAN_RANK(status: OrderStatus): number {
  const order: OrderStatus[] = [
    '待审单',
    '待派单',
    '待接单',
    '服务中',
    '待评单',
    '待回访',
    '不受理',
    '已取消',
    '已办结',
  ];
  return order.indexOf(status);
}

function noteOf(event: OrderEventType): string {
  if (event === '不受理') return '不属于志愿服务范围，已告知居民联系物业';
  if (event === '取消') return '居民已自行解决';
  return '';
}
