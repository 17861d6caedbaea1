import { z } from 'zod';
import { noMarkup, stripBidiControls } from '../text/plain-text';
import { validateMobile, isMainlandLandline, normalisePhone } from '../identity/phone';
import { BOOKING_CATEGORIES, type Room } from '../model/places';
import { toHalfWidth } from '../text/half-width';
import {
  addDays,
  dateKey,
  formatMinutes,
  fromDateAndMinutes,
  isValidDateKey,
  weekdayOf,
} from '../time/center-time';
import { hoursOn, type MakeupDays } from './calendar';
import { isBackfill } from './form-dates';
import { matchesRule, runsPastCap, type Recurrence } from './recurrence';
import { OCCURRENCE_CAP, type BookingRules } from './rules';

/**
 * Reads a typed time of day (`9:00`, `09:00`, `0900`, full-width digits) as minutes after midnight;
 * null when it is not a time. 24:00 is allowed as an end.
 *
 * @example
 * parseTimeOfDay('9:30') // => 570
 * parseTimeOfDay('25:00') // => null
 */
export function parseTimeOfDay(raw: string): number | null {
  const m = /^(\d{1,2})[:：.]?(\d{2})$/.exec(toHalfWidth(raw).trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

const repeatSchema = z.object({
  enabled: z.boolean(),
  freq: z.enum(['DAILY', 'WEEKLY', 'MONTHLY']),
  interval: z
    .number({ error: '请填写间隔' })
    .int('间隔须为整数')
    .min(1, '间隔至少为 1')
    .max(12, '间隔最多为 12'),
  weekdays: z.array(z.number().int().min(0).max(6)),
  monthlyKind: z.enum(['day', 'nth']),
  endKind: z.enum(['count', 'until']),
  count: z.number({ error: '请填写次数' }).int('次数须为整数').min(2, '重复预约至少 2 次'),
  until: z.string(),
});

/**
 * The booking form's values as typed (times as text so nothing typed is lost).
 *
 * @example
 * const values: BookingFormValues = emptyBookingForm('2026-12-14', 'room-1');
 */
export type BookingFormValues = z.input<ReturnType<typeof bookingFormSchema>>;

/**
 * What a valid form becomes: instants, a normalised phone and the repeat rule (null for one booking).
 *
 * @example
 * const input: BookingInput = bookingFormSchema(ctx).parse(values);
 */
export type BookingInput = z.output<ReturnType<typeof bookingFormSchema>>;

/**
 * Everything outside the form the schema checks against.
 *
 * @example
 * const ctx: BookingSchemaContext = { now: 1763780000000, rules: DEFAULT_BOOKING_RULES, room: (id) => rooms.get(id), makeup: new Map() };
 */
export interface BookingSchemaContext {
  now: number;
  rules: BookingRules;
  room(id: string): Room | undefined;
  makeup: MakeupDays;
  /** Editing an existing booking: a past time then needs no back-fill reason if it did not change. */
  editing?: boolean;
}

/**
 * The repeat rule a valid form describes, anchored on the form's date.
 *
 * @example
 * recurrenceOf(values.repeat, '2026-12-05', 4) // => { freq: 'WEEKLY', …, count: 4 }
 */
export function recurrenceOf(
  repeat: z.output<typeof repeatSchema>,
  date: string,
  maxOccurrences: number,
): Recurrence {
  const day = Number(date.slice(8, 10));
  const weekday = weekdayOf(date);
  const nth = Math.ceil(day / 7);
  return {
    freq: repeat.freq,
    interval: repeat.interval,
    weekdays: repeat.freq === 'WEEKLY' ? repeat.weekdays : [],
    monthly:
      repeat.freq !== 'MONTHLY'
        ? null
        : repeat.monthlyKind === 'day'
          ? { kind: 'day', day }
          : { kind: 'nth', nth: nth > 4 ? -1 : nth, weekday },
    until: repeat.endKind === 'until' ? repeat.until : null,
    count: repeat.endKind === 'count' ? Math.min(repeat.count, maxOccurrences) : null,
  };
}

/**
 * The booking form's schema, with precise Chinese messages at each field: empty title, bad phone, end
 * not after start, beyond the maximum duration, outside the room's opening hours, a past time without a
 * back-fill reason, too far ahead, a repeat rule that produces too many or no dates.
 *
 * @example
 * bookingFormSchema(ctx).safeParse({ ...values, title: '' }).error?.issues[0]?.message // => '请填写活动名称'
 */
export function bookingFormSchema(ctx: BookingSchemaContext) {
  const cap = Math.min(ctx.rules.maxOccurrences, OCCURRENCE_CAP);
  return z
    .object({
      roomId: z.string().min(1, '请选择场地'),
      date: z.string().refine(isValidDateKey, '请选择日期'),
      startTime: z
        .string()
        .trim()
        .min(1, { error: '请填写开始时间', abort: true })
        .refine((v) => parseTimeOfDay(v) !== null, '请按 09:00 的格式填写开始时间'),
      endTime: z
        .string()
        .trim()
        .min(1, { error: '请填写结束时间', abort: true })
        .refine((v) => parseTimeOfDay(v) !== null, '请按 17:30 的格式填写结束时间'),
      title: z
        .string()
        .overwrite(stripBidiControls)
        .trim()
        .min(1, '请填写活动名称')
        .max(60, '活动名称不能超过60个字')
        .refine(...noMarkup('活动名称')),
      category: z.enum(BOOKING_CATEGORIES, { error: '请选择活动类别' }),
      organisationId: z.string().nullable(),
      contactName: z
        .string()
        .overwrite(stripBidiControls)
        .trim()
        .min(1, '请填写联系人')
        .max(20, '联系人不能超过20个字')
        .refine(...noMarkup('联系人')),
      phone: z
        .string()
        .trim()
        .min(1, { error: '请填写联系电话', abort: true })
        .superRefine((v, issue) => {
          if (isMainlandLandline(v)) return;
          const r = validateMobile(v, { mainland: true });
          if (!r.ok)
            issue.addIssue({ code: 'custom', message: `${r.message}（座机请带区号，如 0591-87654321）` });
        }),
      expectedAttendees: z
        .number({ error: '请填写预计人数' })
        .int('预计人数须为整数')
        .min(1, '预计人数至少为 1')
        .max(5000, '预计人数不能超过5000'),
      equipment: z.array(z.string()),
      notes: z.string().max(500, '备注不能超过500个字'),
      backfillReason: z.string().trim().max(100, '补录原因不能超过100个字'),
      repeat: repeatSchema,
    })
    .superRefine((v, issue) => {
      const start = parseTimeOfDay(v.startTime);
      const end = parseTimeOfDay(v.endTime);
      if (start === null || end === null || !isValidDateKey(v.date)) return;
      if (end <= start) {
        issue.addIssue({ code: 'custom', path: ['endTime'], message: '结束时间须晚于开始时间' });
        return;
      }
      if (end - start > ctx.rules.maxDurationMinutes) {
        issue.addIssue({
          code: 'custom',
          path: ['endTime'],
          message: `单次预约最长 ${ctx.rules.maxDurationMinutes / 60} 小时`,
        });
      }
      const room = ctx.room(v.roomId);
      if (room) {
        const hours = hoursOn(room, v.date, ctx.makeup);
        if (hours.length === 0) {
          issue.addIssue({ code: 'custom', path: ['date'], message: `${room.name}这一天不开放` });
        } else if (!hours.some((h) => h.openMinute <= start && end <= h.closeMinute)) {
          const text = hours
            .map((h) => `${formatMinutes(h.openMinute)}–${formatMinutes(h.closeMinute)}`)
            .join('、');
          issue.addIssue({
            code: 'custom',
            path: ['startTime'],
            message: `超出开放时间：${room.name}当天开放 ${text}`,
          });
        }
      }
      if (
        !ctx.editing &&
        isBackfill(fromDateAndMinutes(v.date, start), ctx.now) &&
        v.backfillReason.trim() === ''
      ) {
        issue.addIssue({ code: 'custom', path: ['backfillReason'], message: '开始时间已过，补录请填写原因' });
      }
      if (v.date > addDays(dateKey(ctx.now), ctx.rules.bookingWindowDays)) {
        issue.addIssue({
          code: 'custom',
          path: ['date'],
          message: `只能预约 ${ctx.rules.bookingWindowDays} 天以内的日期`,
        });
      }
      if (!v.repeat.enabled) return;
      const r = v.repeat;
      if (r.freq === 'WEEKLY' && r.weekdays.length === 0) {
        issue.addIssue({ code: 'custom', path: ['repeat', 'weekdays'], message: '请至少选择一个星期几' });
        return;
      }
      if (r.endKind === 'until' && (!isValidDateKey(r.until) || r.until <= v.date)) {
        issue.addIssue({ code: 'custom', path: ['repeat', 'until'], message: '结束日期须晚于首次日期' });
        return;
      }
      if (r.endKind === 'count' && r.count > cap) {
        issue.addIssue({ code: 'custom', path: ['repeat', 'count'], message: `最多重复 ${cap} 次` });
        return;
      }
      const rule = recurrenceOf(r, v.date, cap);
      if (!matchesRule(rule, v.date, v.date)) {
        issue.addIssue({
          code: 'custom',
          path: ['repeat', 'weekdays'],
          message: '首次日期须符合重复规则（请勾选当天的星期）',
        });
        return;
      }
      if (r.endKind === 'until' && runsPastCap(rule, v.date, cap)) {
        issue.addIssue({
          code: 'custom',
          path: ['repeat', 'until'],
          message: `到该日期将超过 ${cap} 次，请提前结束日期`,
        });
      }
    })
    .transform((v) => {
      const start = fromDateAndMinutes(v.date, parseTimeOfDay(v.startTime) ?? 0);
      const end = fromDateAndMinutes(v.date, parseTimeOfDay(v.endTime) ?? 0);
      return {
        roomId: v.roomId,
        start,
        end,
        title: v.title,
        category: v.category,
        organisationId: v.organisationId,
        contactName: v.contactName,
        phone: normalisePhone(v.phone),
        expectedAttendees: v.expectedAttendees,
        equipment: v.equipment,
        notes: v.notes.trim(),
        backfillReason: v.backfillReason.trim() === '' ? null : v.backfillReason.trim(),
        repeat: v.repeat.enabled ? recurrenceOf(v.repeat, v.date, cap) : null,
      };
    });
}

/**
 * Blank form values for a new booking on a date (and room, when started from the board).
 *
 * @example
 * emptyBookingForm('2026-12-14', 'r1', 540, 600).startTime // => '09:00'
 */
export function emptyBookingForm(
  date: string,
  roomId = '',
  startMinute: number | null = null,
  endMinute: number | null = null,
): BookingFormValues {
  return {
    roomId,
    date,
    startTime: startMinute === null ? '' : formatMinutes(startMinute),
    endTime: endMinute === null ? '' : formatMinutes(endMinute),
    title: '',
    category: '理论宣讲',
    organisationId: null,
    contactName: '',
    phone: '',
    expectedAttendees: 20,
    equipment: [],
    notes: '',
    backfillReason: '',
    repeat: {
      enabled: false,
      freq: 'WEEKLY',
      interval: 1,
      weekdays: [weekdayOf(date)],
      monthlyKind: 'day',
      endKind: 'count',
      count: 4,
      until: '',
    },
  };
}
