import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import type { ServiceOrder } from '@shared/model';
import { isOverdue } from '@shared/orders/order-board';
import { restoreEvent } from '@shared/orders/order-changes';
import {
  allowedEvents,
  type OrderEvent,
  type OrderEventType,
  type OrderStatus,
} from '@shared/orders/order-machine';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { useIsAdmin } from '../staff/staff-session';
import { CompleteDialog } from './dialogs/CompleteDialog';
import { DispatchDialog } from './dialogs/DispatchDialog';
import { RateDialog } from './dialogs/RateDialog';
import { ReasonDialog } from './dialogs/ReasonDialog';

type Simple = Exclude<OrderEvent, { type: '完成' }>;

const REASONS: Partial<
  Record<OrderEventType, { label: string; okText: string; danger?: boolean; hint?: string }>
> = {
  不受理: { label: '不受理原因', okText: '不受理', danger: true, hint: '居民来电查询时会看到这个原因' },
  拒单: { label: '拒单原因', okText: '登记拒单', hint: '服务单回到“待派单”，原因记入流转记录' },
  取消: { label: '取消原因', okText: '取消服务单', danger: true },
  回访: { label: '回访情况', okText: '登记回访并办结' },
};

/** The steps the machine allows from the order's status, each with its dialog where one is needed. */
export function OrderActions({ order, now }: { order: ServiceOrder; now: number }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const isAdmin = useIsAdmin();
  const [open, setOpen] = useState<OrderEventType | null>(null);
  const assigned = useLive(
    () => repos.orders.volunteersOf(order.assignee?.volunteerIds ?? []),
    [repos, order.assignee],
  );
  const events = allowedEvents(order.status).filter((e) => e !== '超时未接单' || isOverdue(order, now));

  const act = async (event: Simple, done: string): Promise<boolean> => {
    const ok = await write(() => repos.orders.act(order.id, event, isAdmin));
    if (ok && (event.type === '取消' || event.type === '不受理')) offerUndo(done, order.status);
    else if (ok) void message.success(done);
    return ok;
  };
  // A refusal or cancellation made by mistake is put right at once from the message, or later by 恢复.
  const offerUndo = (done: string, previous: OrderStatus) => {
    const key = `order-undo-${order.id}`;
    void message.success({
      key,
      duration: 8,
      content: (
        <span>
          {done}。
          <Button
            type="link"
            size="small"
            onClick={() => {
              message.destroy(key);
              void act({ type: '恢复', previous }, `已恢复为“${previous}”`);
            }}
          >
            撤销
          </Button>
        </span>
      ),
    });
  };
  const restore = restoreEvent(order);
  const close = () => setOpen(null);
  const reason = open ? REASONS[open] : undefined;

  return (
    <>
      <Flex gap={8} wrap>
        {events.map((e) => {
          const adminOnly = e === '回访' && !isAdmin;
          const direct = e === '受理' || e === '接单' || e === '超时未接单' || e === '恢复';
          return (
            <Button
              key={e}
              type={e === '取消' || e === '不受理' ? 'default' : 'primary'}
              danger={e === '取消' || e === '不受理'}
              disabled={adminOnly}
              title={adminOnly ? '回访结果须由管理员登记' : undefined}
              onClick={() => {
                if (e === '受理') void act({ type: '受理' }, '已受理，等待派单');
                else if (e === '接单') void act({ type: '接单' }, '已登记接单，服务中');
                else if (e === '超时未接单') void act({ type: '超时未接单' }, '已退回待派单');
                else if (e === '恢复' && restore) void act(restore, `已恢复为“${restore.previous}”`);
                else if (!direct) setOpen(e);
              }}
            >
              {e === '超时未接单' ? '超时退回' : e}
            </Button>
          );
        })}
        {order.status === '待回访' && !isAdmin && <span>回访结果须由管理员登记。</span>}
      </Flex>
      {reason && open && (
        <ReasonDialog
          title={`${open} ${order.number}`}
          {...reason}
          onSubmit={(text) =>
            act(
              open === '回访' ? { type: '回访', note: text } : ({ type: open, reason: text } as Simple),
              `已${open === '回访' ? '登记回访' : open}`,
            )
          }
          onClose={close}
        />
      )}
      {(open === '派单' || open === '改派') && (
        <DispatchDialog
          order={order}
          redispatch={open === '改派'}
          onSubmit={(to, dueAt, why) =>
            act(
              open === '改派' ? { type: '改派', to, dueAt, reason: why } : { type: '派单', to, dueAt },
              open === '改派' ? '已改派' : '已派单，等待接单',
            )
          }
          onClose={close}
        />
      )}
      {open === '完成' && (
        <CompleteDialog
          order={order}
          assigned={(assigned ?? []).map((v) => ({ id: v.id, name: v.name }))}
          onSubmit={async (done) => {
            const ok = await write(() => repos.orders.complete(order.id, done));
            if (ok) void message.success('已结项，服务记录待确认');
            return ok;
          }}
          onClose={close}
        />
      )}
      {open === '评单' && (
        <RateDialog
          onSubmit={(rating, comment) =>
            act(
              { type: '评单', rating, comment },
              rating <= 2 ? '评分较低，已转待回访' : '已评单，服务单办结',
            )
          }
          onClose={close}
        />
      )}
    </>
  );
}
