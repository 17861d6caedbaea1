import { describe, expect, it } from 'vitest';
import { weekdaysAfterDateChange } from '@shared/booking/form-dates';
import { bookingFormSchema, emptyBookingForm, parseTimeOfDay } from '@shared/booking/form-schema';
import { DEFAULT_BOOKING_RULES } from '@shared/booking/rules';
import { at, room } from './booking-fixture';

const ctx = {
  now: at(480, '2026-12-01'),
  rules: DEFAULT_BOOKING_RULES,
  room: () => room(),
  makeup: new Map<string, string>(),
};
const valid = {
  ...emptyBookingForm('2026-12-15', 'r1', 540, 600),
  title: '讲座',
  contactName: '张三',
  phone: '13812345678',
};

function messages(values: typeof valid, c = ctx): Record<string, string> {
  const r = bookingFormSchema(c).safeParse(values);
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('booking form', () => {
  it('reads times typed in several ways', () => {
    expect(parseTimeOfDay('9:30')).toBe(570);
    expect(parseTimeOfDay('０９：３０')).toBe(570);
    expect(parseTimeOfDay('0930')).toBe(570);
    expect(parseTimeOfDay('24:00')).toBe(1440);
    expect(parseTimeOfDay('25:00')).toBeNull();
  });

  it('accepts a valid booking and converts it to center-time instants', () => {
    const r = bookingFormSchema(ctx).parse(valid);
    expect(r.start).toBe(at(540, '2026-12-15'));
    expect(r.end).toBe(at(600, '2026-12-15'));
    expect(r.repeat).toBeNull();
  });

  it('puts a precise Chinese message at each bad field', () => {
    expect(messages({ ...valid, title: ' ' })).toEqual({ title: '请填写活动名称' });
    expect(messages({ ...valid, phone: '1381234' }).phone).toMatch(/^手机号码应为11位/);
    expect(messages({ ...valid, endTime: '08:00' })).toEqual({ endTime: '结束时间须晚于开始时间' });
    expect(messages({ ...valid, startTime: '07:00' })).toEqual({
      startTime: '超出开放时间：理论讲堂当天开放 08:30–21:00',
    });
    expect(messages({ ...valid, startTime: '08:30', endTime: '20:30' })).toEqual({
      endTime: '单次预约最长 8 小时',
    });
    expect(messages({ ...valid, date: '2026-11-24' })).toEqual({
      backfillReason: '开始时间已过，补录请填写原因',
    });
    expect(messages({ ...valid, date: '2026-11-24', backfillReason: '上周漏登' })).toEqual({});
  });

  it('takes a start in the last few minutes for now, as a walk-in at the counter is, not for a backfill', () => {
    const counter = { ...ctx, now: at(542, '2026-12-15') + 30_000 };
    expect(messages(valid, counter)).toEqual({});
    expect(messages({ ...valid, startTime: '08:50' }, counter)).toEqual({
      backfillReason: '开始时间已过，补录请填写原因',
    });
  });

  it('moves the weekday the form chose by itself with the first date, and keeps days a person picked', () => {
    // 2026-12-15 is a Tuesday (2), 12-17 a Thursday (4).
    expect(weekdaysAfterDateChange([2], '2026-12-15', '2026-12-17')).toEqual([4]);
    expect(weekdaysAfterDateChange([2, 5], '2026-12-15', '2026-12-17')).toEqual([2, 5, 4]);
    expect(weekdaysAfterDateChange([4, 6], '2026-12-15', '2026-12-17')).toEqual([4, 6]);
  });

  it('checks the repeat rule', () => {
    const repeat = { ...valid.repeat, enabled: true, weekdays: [6] };
    expect(messages({ ...valid, repeat })).toEqual({
      'repeat.weekdays': '首次日期须符合重复规则（请勾选当天的星期）',
    });
    expect(messages({ ...valid, repeat: { ...repeat, weekdays: [2], count: 500 } })).toEqual({
      'repeat.count': '最多重复 104 次',
    });
    // Every day until a year later: 365 dates, past the 104 the desk books at most.
    const daily = { ...repeat, freq: 'DAILY' as const, weekdays: [], endKind: 'until' as const };
    expect(messages({ ...valid, repeat: { ...daily, until: '2027-12-15' } })).toEqual({
      'repeat.until': '到该日期将超过 104 次，请提前结束日期',
    });
    expect(messages({ ...valid, repeat: { ...daily, until: '2027-03-28' } })).toEqual({});
    const ok = bookingFormSchema(ctx).parse({ ...valid, repeat: { ...repeat, weekdays: [2] } });
    expect(ok.repeat).toMatchObject({ freq: 'WEEKLY', weekdays: [2], count: 4 });
  });
});
