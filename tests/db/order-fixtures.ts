import type { ServiceOrder } from '@shared/model';
import { newOrderFields } from '@shared/orders/order-changes';
import type { OrderDraft } from '@shared/orders/order-schema';

/** What the 点单 form gives for a phoned-in repair: the draft `orders.create` takes. */
export const ORDER_DRAFT: OrderDraft = {
  requester: '张阿姨',
  requesterPhone: '13812345678',
  address: '鼓楼区五四路 1 号',
  category: '维修',
  description: '厨房水龙头漏水',
  wishedAt: null,
  urgency: '一般',
  source: '电话',
  wish: false,
  projectId: null,
  stationId: null,
};

/** A 待审单 repair order placed at `at`, written straight to the table; `over` moves it along. */
export function orderRow(id: string, at: number, over: Partial<ServiceOrder> = {}): ServiceOrder {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    deskId: 'd',
    number: `FW2026-${id.padStart(5, '0')}`,
    ...ORDER_DRAFT,
    requesterPhone: '13800000000',
    address: '',
    description: '修水龙头',
    ...newOrderFields(at),
    history: [],
    ...over,
  };
}
