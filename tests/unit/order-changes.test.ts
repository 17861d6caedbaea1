import { describe, expect, it } from 'vitest';
import type { OrderHistoryEntry } from '@shared/model';
import { orderStepChanges, restoreEvent } from '@shared/orders/order-changes';

describe('orderStepChanges', () => {
  it('keeps the trimmed reason of a refusal for when the resident calls', () => {
    expect(orderStepChanges({ type: '不受理', reason: ' 不在服务范围 ' }, 0)).toEqual({
      changes: { refusedReason: '不在服务范围' },
      note: '不在服务范围',
    });
  });

  it('records a re-dispatch with its new assignee, due date and reason, clearing the old acceptance', () => {
    const to = { teamId: 't1', volunteerIds: ['v1'] };
    const r = orderStepChanges({ type: '改派', to, dueAt: 500, reason: '离得更近' }, 100);
    expect(r).toEqual({
      changes: { assignee: to, dispatchedAt: 100, dueAt: 500, acceptedAt: null },
      note: '离得更近',
    });
    expect(r.changes.assignee).not.toBe(to);
  });

  it('returns an order that was not accepted in time without an assignee', () => {
    expect(orderStepChanges({ type: '超时未接单' }, 0)).toEqual({
      changes: { assignee: null, dueAt: null },
      note: '超过完成期限仍未接单',
    });
  });

  it('notes the stars and the comment of a rating', () => {
    expect(orderStepChanges({ type: '评单', rating: 5, comment: '很好' }, 9).note).toBe('5 星：很好');
    expect(orderStepChanges({ type: '评单', rating: 4, comment: ' ' }, 9).note).toBe('4 星');
  });

  it('undoes a cancellation back to the status the last 取消 left from, and nothing else', () => {
    const history: OrderHistoryEntry[] = [
      { at: 0, event: '点单', from: null, to: '待派单', by: '前台', note: '' },
      { at: 1, event: '派单', from: '待派单', to: '待接单', by: '前台', note: '' },
      { at: 2, event: '取消', from: '待接单', to: '已取消', by: '前台', note: '居民已自行解决' },
    ];
    expect(restoreEvent({ status: '已取消', history })).toEqual({ type: '恢复', previous: '待接单' });
    expect(restoreEvent({ status: '待接单', history: history.slice(0, 2) })).toBeNull();
  });
});
