import { z } from 'zod';
import { OCCURRENCE_CAP } from './rules';

/**
 * The booking rules form, with Chinese messages at each field. Durations are typed in hours and
 * stored in minutes.
 *
 * @example
 * bookingRulesSchema.parse({ maxDurationHours: 8, noShowMinutes: 30, bookingWindowDays: 180, maxOccurrences: 52 }).maxDurationMinutes // => 480
 */
export const bookingRulesSchema = z
  .object({
    maxDurationHours: z.number({ error: '请填写最长时长' }).min(0.5, '至少 0.5 小时').max(24, '最长 24 小时'),
    noShowMinutes: z
      .number({ error: '请填写分钟数' })
      .int('须为整数')
      .min(5, '至少 5 分钟')
      .max(240, '最多 240 分钟'),
    bookingWindowDays: z
      .number({ error: '请填写天数' })
      .int('须为整数')
      .min(1, '至少 1 天')
      .max(730, '最多 730 天'),
    maxOccurrences: z
      .number({ error: '请填写次数' })
      .int('须为整数')
      .min(2, '至少 2 次')
      .max(OCCURRENCE_CAP, `最多 ${OCCURRENCE_CAP} 次`),
  })
  .transform((v) => ({
    maxDurationMinutes: Math.round(v.maxDurationHours * 60),
    noShowMinutes: v.noShowMinutes,
    bookingWindowDays: v.bookingWindowDays,
    maxOccurrences: v.maxOccurrences,
  }));

/**
 * The rules form's typed values.
 *
 * @example
 * const v: BookingRulesFormValues = { maxDurationHours: 8, noShowMinutes: 30, bookingWindowDays: 180, maxOccurrences: 104 };
 */
export type BookingRulesFormValues = z.input<typeof bookingRulesSchema>;
