import { describe, expect, it } from 'vitest';
import {
  completeSchema,
  dispatchSchema,
  emptyOrderValues,
  newOrderSchema,
  parseOrderTime,
  toOrderDraft,
} from '@shared/orders/order-schema';
import { formatOrderNumber } from '@shared/orders/order-number';
import { orderCategoryListProblems } from '@shared/orders/order-categories';
import { isOverdue } from '@shared/orders/order-board';

const NOW = Date.UTC(2026, 11, 1, 2); // 2026-12-01 10:00 +08:00

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('点单 form', () => {
  const good = {
    ...emptyOrderValues('维修'),
    requester: '张阿姨',
    requesterPhone: '13812345678',
    description: '水龙头漏水',
  };

  it('accepts a mobile or a landline with area code', () => {
    expect(newOrderSchema(NOW).safeParse(good).success).toBe(true);
    expect(newOrderSchema(NOW).safeParse({ ...good, requesterPhone: '0591-87654321' }).success).toBe(true);
  });

  it('says at the field when the phone or the description is missing or wrong', () => {
    const missing = errorsOf(
      newOrderSchema(NOW).safeParse({ ...good, requesterPhone: '', description: ' ' }),
    );
    expect(missing.requesterPhone).toBe('请填写联系电话');
    expect(missing.description).toBe('请填写需求描述');
    const wrong = errorsOf(newOrderSchema(NOW).safeParse({ ...good, requesterPhone: '12345' }));
    expect(wrong.requesterPhone).toContain('请填写正确的手机号');
  });

  it('refuses a wished time in the past but allows none', () => {
    expect(errorsOf(newOrderSchema(NOW).safeParse({ ...good, wishedAt: '2026-11-30 09:00' })).wishedAt).toBe(
      '期望时间不能早于现在',
    );
    expect(toOrderDraft(good).wishedAt).toBeNull();
  });

  it('reads times in the center zone', () => {
    expect(parseOrderTime('2026-12-03 09:30')).toBe(Date.UTC(2026, 11, 3, 1, 30));
    expect(parseOrderTime('2026-13-03 09:30')).toBeNull();
  });
});

describe('派单 and 完成 forms', () => {
  it('refuses a due date in the past and nobody to send', () => {
    const e = errorsOf(
      dispatchSchema(NOW, false).safeParse({
        teamId: '',
        volunteers: [],
        dueAt: '2026-11-01 10:00',
        reason: '',
      }),
    );
    expect(e.dueAt).toBe('完成期限不能早于现在');
    expect(e.volunteers).toBe('请选择服务队或志愿者');
  });

  it('asks a reason for 改派', () => {
    const e = errorsOf(
      dispatchSchema(NOW, true).safeParse({
        teamId: 't',
        volunteers: [],
        dueAt: '2026-12-05 10:00',
        reason: '',
      }),
    );
    expect(e.reason).toBe('请填写改派原因');
  });

  it('refuses a completion without a volunteer', () => {
    const e = errorsOf(
      completeSchema(NOW).safeParse({
        completedAt: '2026-12-01 09:00',
        summary: '已修好',
        volunteers: [],
        asActivity: false,
      }),
    );
    expect(e.volunteers).toBe('请至少选择一名参与服务的志愿者');
  });
});

describe('numbers and categories', () => {
  it('numbers orders FW{year}-{00001}', () => {
    expect(formatOrderNumber(2026, 1)).toBe('FW2026-00001');
  });

  it('refuses a repeated or empty category', () => {
    expect(orderCategoryListProblems(['维修', '维修'])?.rows[1]).toBe('“维修”重复了');
    expect(orderCategoryListProblems([])?.list).toBe('至少保留一个服务类别');
    expect(orderCategoryListProblems(['维修'])).toBeNull();
  });
});

describe('overdue on the board', () => {
  it('flags an order past its due time until it is accepted and done', () => {
    expect(isOverdue({ status: '待接单', dueAt: NOW - 1 }, NOW)).toBe(true);
    expect(isOverdue({ status: '服务中', dueAt: NOW - 1 }, NOW)).toBe(true);
    expect(isOverdue({ status: '待接单', dueAt: NOW + 1 }, NOW)).toBe(false);
    expect(isOverdue({ status: '待评单', dueAt: NOW - 1 }, NOW)).toBe(false);
  });
});
