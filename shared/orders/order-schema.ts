import { z } from 'zod';
import { isContactPhone } from '../identity/phone';
import { ORDER_SOURCES, ORDER_URGENCIES, type OrderSource, type OrderUrgency } from '../model/practice';
import { toHalfWidth } from '../text/half-width';
import { fromDateAndMinutes, isValidDateKey } from '../time/center-time';

/**
 * Reads a wall-clock `YYYY-MM-DD HH:mm` (or a bare date, meaning the end of that day) in the center's
 * zone; null when the text is not such a time.
 *
 * @example
 * parseOrderTime('2026-12-03 09:30') // => Date.UTC(2026, 11, 3, 1, 30)
 * parseOrderTime('2026-12-03') // => Date.UTC(2026, 11, 3, 15, 59)
 * parseOrderTime('明天') // => null
 */
export function parseOrderTime(text: string): number | null {
  const t = toHalfWidth(text).trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(t);
  if (!m || !m[1] || !isValidDateKey(m[1])) return null;
  if (m[2] === undefined) return fromDateAndMinutes(m[1], 23 * 60 + 59);
  const h = Number(m[2]);
  const min = Number(m[3]);
  if (h > 23 || min > 59) return null;
  return fromDateAndMinutes(m[1], h * 60 + min);
}

const TIME_MESSAGE = '请按“2026-12-03 09:30”的格式填写时间';

const text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`);

const required = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `请填写${label}`, abort: true })
    .max(max, `${label}不能超过${max}个字`);

/** An optional time that, when given, must be a time and not in the past. */
const futureTime = (now: number, label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || parseOrderTime(v) !== null, { error: TIME_MESSAGE, abort: true })
    .refine((v) => v === '' || (parseOrderTime(v) ?? 0) > now, `${label}不能早于现在`);

/**
 * The 点单 form: who asks, how to reach them, what they need and when. The phone must be a mainland
 * mobile or a landline with area code; the wished time, when given, must not be in the past.
 *
 * @example
 * newOrderSchema(Date.UTC(2026, 11, 1)).safeParse({ ...values, requesterPhone: '123' }).success // => false
 */
export function newOrderSchema(now: number) {
  return z.object({
    requester: required('居民姓名', 20),
    requesterPhone: z
      .string()
      .trim()
      .min(1, { error: '请填写联系电话', abort: true })
      .refine(isContactPhone, '请填写正确的手机号或带区号的座机，如 13812345678 或 0591-87654321'),
    address: text('地址', 100),
    category: z.string().min(1, '请选择服务类别'),
    description: required('需求描述', 500),
    wishedAt: futureTime(now, '期望时间'),
    urgency: z.enum(ORDER_URGENCIES),
    source: z.enum(ORDER_SOURCES),
    wish: z.boolean(),
    projectId: z.string(),
    stationId: z.string(),
  });
}

/**
 * What the 点单 form holds (all text, as typed).
 *
 * @example
 * const v: NewOrderValues = emptyOrderValues('维修');
 */
export type NewOrderValues = z.input<ReturnType<typeof newOrderSchema>>;

/**
 * An order as the repository creates it from the form.
 *
 * @example
 * const d: OrderDraft = toOrderDraft(emptyOrderValues('维修'));
 */
export interface OrderDraft {
  requester: string;
  requesterPhone: string;
  address: string;
  category: string;
  description: string;
  wishedAt: number | null;
  urgency: OrderUrgency;
  source: OrderSource;
  wish: boolean;
  projectId: string | null;
  stationId: string | null;
}

/**
 * A blank 点单 form.
 *
 * @example
 * emptyOrderValues('助老').source // => '到访'
 */
export function emptyOrderValues(category: string): NewOrderValues {
  return {
    requester: '',
    requesterPhone: '',
    address: '',
    category,
    description: '',
    wishedAt: '',
    urgency: '一般',
    source: '到访',
    wish: false,
    projectId: '',
    stationId: '',
  };
}

/**
 * Turns checked form values into the draft the repository saves (phone in half-width, times parsed).
 *
 * @example
 * toOrderDraft({ ...emptyOrderValues('维修'), requesterPhone: '１３８１２３４５６７８' }).requesterPhone // => '13812345678'
 */
export function toOrderDraft(v: NewOrderValues): OrderDraft {
  return {
    requester: v.requester.trim(),
    requesterPhone: toHalfWidth(v.requesterPhone).trim().replace(/\s+/g, ''),
    address: v.address.trim(),
    category: v.category,
    description: v.description.trim(),
    wishedAt: v.wishedAt.trim() ? parseOrderTime(v.wishedAt) : null,
    urgency: v.urgency ?? '一般',
    source: v.source ?? '到访',
    wish: v.wish,
    projectId: v.projectId || null,
    stationId: v.stationId || null,
  };
}

/**
 * The 派单 / 改派 form: a team and/or named volunteers, a due time not in the past, and (改派) a reason.
 *
 * @example
 * dispatchSchema(Date.UTC(2026, 11, 1), false).safeParse({ teamId: 't', volunteers: [], dueAt: '2020-01-01', reason: '' }).success // => false
 */
export function dispatchSchema(now: number, redispatch: boolean) {
  return z
    .object({
      teamId: z.string(),
      volunteers: z.array(z.object({ id: z.string(), name: z.string() })),
      dueAt: z
        .string()
        .trim()
        .min(1, { error: '请填写完成期限', abort: true })
        .refine((v) => parseOrderTime(v) !== null, { error: TIME_MESSAGE, abort: true })
        .refine((v) => (parseOrderTime(v) ?? 0) > now, '完成期限不能早于现在'),
      reason: redispatch ? required('改派原因', 200) : z.string(),
    })
    .refine((v) => v.teamId !== '' || v.volunteers.length > 0, {
      error: '请选择服务队或志愿者',
      path: ['volunteers'],
    });
}

/**
 * What the 派单 form holds.
 *
 * @example
 * const v: DispatchValues = { teamId: '', volunteers: [{ id: 'v-1', name: '王强' }], dueAt: '2026-12-05 18:00', reason: '' };
 */
export type DispatchValues = z.input<ReturnType<typeof dispatchSchema>>;

/**
 * The 完成 (结项) form: when, what was done, and at least one volunteer with the minutes they served.
 *
 * @example
 * completeSchema(Date.UTC(2026, 11, 1)).safeParse({ completedAt: '2026-11-30 10:00', summary: '修好了', volunteers: [], asActivity: false }).success // => false
 */
export function completeSchema(now: number) {
  return z.object({
    completedAt: z
      .string()
      .trim()
      .min(1, { error: '请填写完成时间', abort: true })
      .refine((v) => parseOrderTime(v) !== null, { error: TIME_MESSAGE, abort: true })
      .refine((v) => (parseOrderTime(v) ?? Infinity) <= now, '完成时间不能晚于现在'),
    summary: required('服务内容', 500),
    volunteers: z
      .array(
        z.object({
          volunteerId: z.string(),
          name: z.string(),
          minutes: z
            .number({ error: '请填写服务分钟数' })
            .int('分钟数须为整数')
            .min(1, '至少 1 分钟')
            .max(1440, '一次服务不能超过 1440 分钟'),
        }),
      )
      .min(1, '请至少选择一名参与服务的志愿者'),
    asActivity: z.boolean(),
  });
}

/**
 * What the 完成 form holds.
 *
 * @example
 * const v: CompleteValues = { completedAt: '2026-11-30 10:00', summary: '', volunteers: [], asActivity: false };
 */
export type CompleteValues = z.input<ReturnType<typeof completeSchema>>;

/**
 * A one-field dialog's reason or note (不受理, 拒单, 取消, 回访): required, at most 200 characters.
 *
 * @example
 * reasonSchema('拒单原因').safeParse({ reason: ' ' }).success // => false
 */
export function reasonSchema(label: string) {
  return z.object({ reason: required(label, 200) });
}

/**
 * The 评单 dialog: 1–5 stars and an optional comment.
 *
 * @example
 * rateSchema.safeParse({ rating: 0, comment: '' }).success // => false
 */
export const rateSchema = z.object({
  rating: z.number().int().min(1, '请选择 1 到 5 星').max(5, '请选择 1 到 5 星'),
  comment: text('评价', 200),
});
