import { useEffect, useState } from 'react';
import type { Team } from '@shared/model';
import { DEFAULT_ORDER_CATEGORIES } from '@shared/orders/order-categories';
import type { OrderStatus } from '@shared/orders/order-machine';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';

/** The desk's 服务类别 (the default ten until 设置 changes them); undefined while loading. */
export function useOrderCategories(): readonly string[] | undefined {
  const repos = useRepos();
  return useLive(
    async () => (await repos.settings.get('orderCategories')) ?? DEFAULT_ORDER_CATEGORIES,
    [repos],
  );
}

/** The active teams an order can be sent to; undefined while loading. */
export function useActiveTeams(): Team[] | undefined {
  const repos = useRepos();
  return useLive(() => repos.teams.active(), [repos]);
}

/** Tag colours of the statuses, so a column and a card read the same. */
export const STATUS_COLOR: Record<OrderStatus, string> = {
  待审单: 'gold',
  待派单: 'orange',
  待接单: 'blue',
  服务中: 'blue',
  待评单: 'gold',
  待回访: 'red',
  已办结: 'green',
  不受理: 'default',
  已取消: 'default',
};

/** The time, re-read every minute: overdue highlighting follows the clock while the board stays open. */
export function useMinuteNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
