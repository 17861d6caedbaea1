import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import { ORDER_STATUSES, nextOrderStatus, type OrderEvent } from '@shared/orders/order-machine';

const NOW = Date.UTC(2026, 10, 22, 2);
const data = generateDemoData({ now: NOW, seed: 2026, deskId: 'desk-demo' });

describe('generateDemoData: service orders', () => {
  it('has orders in every status of the loop, numbered in order of placing, and the counter after them', () => {
    const statuses = new Set(data.serviceOrders.map((o) => o.status));
    expect([...ORDER_STATUSES].filter((s) => !statuses.has(s))).toEqual([]);
    const byTime = [...data.serviceOrders].sort((a, b) => a.orderedAt - b.orderedAt);
    expect(byTime.map((o) => o.number)).toEqual(
      byTime.map((_, i) => `FW2026-${String(i + 1).padStart(5, '0')}`),
    );
    expect(data.counters).toEqual([
      expect.objectContaining({ key: 'order-FW-2026', last: data.serviceOrders.length }),
    ]);
  });

  it('gives every order a history the status machine allows, ending at its status, never after now', () => {
    expect(data.serviceOrders.length).toBeGreaterThan(20);
    for (const o of data.serviceOrders) {
      const [first, ...steps] = o.history;
      expect(first).toMatchObject({ event: '点单', to: '待审单' });
      let status = first?.to ?? '待审单';
      for (const h of steps) {
        const event = {
          type: h.event,
          reason: '原因',
          to: { teamId: 't-1', volunteerIds: [] },
          dueAt: 1,
          completedAt: 0,
          volunteerIds: ['v-1'],
          summary: '',
          rating: o.rating ?? 5,
          comment: '',
          note: '回访',
        } as unknown as OrderEvent;
        expect(nextOrderStatus(status, event, { now: 0, isAdmin: true })).toEqual({ ok: true, status: h.to });
        status = h.to;
        expect(h.at).toBeLessThanOrEqual(NOW);
      }
      expect(status).toBe(o.status);
    }
  });

  it('credits the volunteers of completed orders with confirmed records tied to the order', () => {
    const completed = data.serviceOrders.filter((o) => o.completedAt !== null);
    expect(completed.length).toBeGreaterThan(5);
    for (const o of completed) {
      const records = data.serviceRecords.filter((r) => r.orderId === o.id);
      expect(records.map((r) => r.volunteerId).sort()).toEqual([...o.completedVolunteerIds].sort());
      expect(records.map((r) => r.status)).toEqual(records.map(() => '已确认'));
    }
  });
});
