import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  isFinal,
  nextOrderStatus,
  ORDER_STATUSES,
  type OrderEvent,
  type OrderEventType,
  type OrderStatus,
} from '@shared/orders/order-machine';

const NOW = Date.UTC(2026, 11, 1, 2);
const ctx = { now: NOW, isAdmin: true };
const team = { teamId: 't-1', volunteerIds: [] };
const LATER = NOW + 86_400_000;

/** A valid event of each kind, so only the loop's shape decides whether it is allowed. */
const VALID: Record<OrderEventType, OrderEvent> = {
  受理: { type: '受理' },
  不受理: { type: '不受理', reason: '不在服务范围' },
  派单: { type: '派单', to: team, dueAt: LATER },
  改派: { type: '改派', to: { teamId: null, volunteerIds: ['v-2'] }, dueAt: LATER, reason: '原队伍人手不足' },
  接单: { type: '接单' },
  拒单: { type: '拒单', reason: '时间冲突' },
  超时未接单: { type: '超时未接单' },
  完成: { type: '完成', completedAt: NOW, volunteerIds: ['v-1'], summary: '已更换水龙头' },
  评单: { type: '评单', rating: 5, comment: '很满意' },
  回访: { type: '回访', note: '已电话回访，居民表示理解' },
  取消: { type: '取消', reason: '居民已自行解决' },
  恢复: { type: '恢复', previous: '待审单' },
};
const EVENT_TYPES = Object.keys(VALID) as OrderEventType[];

/** The loop as the issue describes it, written out by hand as the oracle. */
const EXPECTED: Record<OrderStatus, Partial<Record<OrderEventType, OrderStatus>>> = {
  待审单: { 受理: '待派单', 不受理: '不受理', 取消: '已取消' },
  待派单: { 派单: '待接单', 取消: '已取消' },
  待接单: { 接单: '服务中', 拒单: '待派单', 超时未接单: '待派单', 改派: '待接单', 取消: '已取消' },
  服务中: { 完成: '待评单', 改派: '待接单', 取消: '已取消' },
  待评单: { 评单: '已办结' },
  待回访: { 回访: '已办结' },
  已办结: {},
  不受理: { 恢复: '待审单' },
  已取消: { 恢复: '待审单' },
};

describe('the service order loop', () => {
  it('allows exactly the transitions of 点单—审单—派单—接单—完成—评单 and refuses every other with the reason', () => {
    for (const status of ORDER_STATUSES) {
      for (const type of EVENT_TYPES) {
        const step = nextOrderStatus(status, VALID[type], ctx);
        const expected = EXPECTED[status][type];
        if (expected) expect(step, `${status} + ${type}`).toEqual({ ok: true, status: expected });
        else
          expect(step, `${status} + ${type}`).toEqual({
            ok: false,
            reason: `“${status}”的服务单不能${type}`,
          });
      }
    }
  });

  it('keeps every order in a known status through any sequence of steps, and a final order never moves', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENT_TYPES), { maxLength: 30 }), (types) => {
        let status: OrderStatus = '待审单';
        for (const type of types) {
          const step = nextOrderStatus(status, VALID[type], ctx);
          if (isFinal(status)) expect(step.ok).toBe(false);
          if (step.ok) {
            expect(allowedEvents(status)).toContain(type);
            status = step.status;
          }
          expect(ORDER_STATUSES).toContain(status);
        }
      }),
    );
  });

  it('reaches 已办结 only through a rating or a recorded 回访', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORDER_STATUSES),
        fc.constantFrom(...EVENT_TYPES),
        fc.integer({ min: 1, max: 5 }),
        (status, type, rating) => {
          const event = type === '评单' ? { type: '评单' as const, rating, comment: '' } : VALID[type];
          const step = nextOrderStatus(status, event, ctx);
          if (step.ok && step.status === '已办结') expect(['评单', '回访']).toContain(type);
        },
      ),
    );
  });

  it('restores a refused or cancelled order only to a status it could have been refused or cancelled from', () => {
    for (const previous of ['待审单', '待派单', '待接单', '服务中'] as const)
      expect(nextOrderStatus('已取消', { type: '恢复', previous }, ctx)).toEqual({
        ok: true,
        status: previous,
      });
    expect(nextOrderStatus('已取消', { type: '恢复', previous: '待评单' }, ctx)).toEqual({
      ok: false,
      reason: '“已取消”的服务单不能恢复为“待评单”',
    });
    expect(nextOrderStatus('不受理', { type: '恢复', previous: '待派单' }, ctx).ok).toBe(false);
    expect(nextOrderStatus('已办结', { type: '恢复', previous: '待评单' }, ctx).ok).toBe(false);
  });

  it('flags a rating of 2 or lower for 回访 instead of closing the order', () => {
    expect(nextOrderStatus('待评单', { type: '评单', rating: 2, comment: '迟到半小时' }, ctx)).toEqual({
      ok: true,
      status: '待回访',
    });
    expect(nextOrderStatus('待评单', { type: '评单', rating: 3, comment: '' }, ctx)).toEqual({
      ok: true,
      status: '已办结',
    });
  });

  it('refuses a rating outside 1–5 at the rating field', () => {
    for (const rating of [0, 6, 3.5, Number.NaN]) {
      expect(nextOrderStatus('待评单', { type: '评单', rating, comment: '' }, ctx)).toEqual({
        ok: false,
        reason: '评分须为 1 到 5 分',
        field: 'rating',
      });
    }
  });

  it('refuses a refusal, cancel, re-dispatch or 拒单 without a reason', () => {
    const cases: [OrderStatus, OrderEvent][] = [
      ['待审单', { type: '不受理', reason: '  ' }],
      ['待派单', { type: '取消', reason: '' }],
      ['待接单', { type: '拒单', reason: '' }],
      ['服务中', { type: '改派', to: team, dueAt: LATER, reason: '' }],
    ];
    for (const [status, event] of cases) {
      expect(nextOrderStatus(status, event, ctx)).toEqual({
        ok: false,
        reason: `请填写${event.type}的原因`,
        field: 'reason',
      });
    }
  });

  it('refuses a dispatch due in the past or to nobody', () => {
    expect(nextOrderStatus('待派单', { type: '派单', to: team, dueAt: NOW - 1 }, ctx)).toMatchObject({
      ok: false,
      field: 'dueAt',
    });
    expect(
      nextOrderStatus('待派单', { type: '派单', to: { teamId: null, volunteerIds: [] }, dueAt: LATER }, ctx),
    ).toMatchObject({ ok: false, field: 'to' });
  });

  it('refuses completing without any volunteer or in the future', () => {
    const done = { type: '完成' as const, completedAt: NOW, volunteerIds: [], summary: '' };
    expect(nextOrderStatus('服务中', done, ctx)).toMatchObject({ ok: false, field: 'volunteerIds' });
    expect(
      nextOrderStatus('服务中', { ...done, volunteerIds: ['v-1'], completedAt: NOW + 60_000 }, ctx),
    ).toMatchObject({ ok: false, field: 'completedAt' });
  });

  it('lets only an admin record the 回访 of a low rating', () => {
    const call = { type: '回访' as const, note: '已回访' };
    expect(nextOrderStatus('待回访', call, { now: NOW, isAdmin: false })).toEqual({
      ok: false,
      reason: '回访结果须由管理员登记',
    });
    expect(nextOrderStatus('待回访', call, ctx)).toEqual({ ok: true, status: '已办结' });
  });
});
