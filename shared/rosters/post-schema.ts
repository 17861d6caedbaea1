import { z } from 'zod';
import type { Draft } from '../model/base';
import { parseTimeOfDay } from '../booking/form-schema';
import { toHalfWidth } from '../text/half-width';
import { noMarkup, stripBidiControls } from '../text/plain-text';
import { formatMinutes } from '../time/center-time';
import { POST_CALENDARS, type DutyPost } from './model';

/**
 * How many volunteers one shift may ask for; more is a typing slip.
 *
 * @example
 * SHIFT_NEEDED_MAX // => 50
 */
export const SHIFT_NEEDED_MAX = 50;

/**
 * Per-field Chinese messages keyed by the field's path (`place`, `shifts.1.endTime`); empty when the
 * form can be saved.
 *
 * @example
 * const p: FieldProblems = { 'shifts.0.endTime': '下班时间须晚于上岗时间' };
 */
export type FieldProblems = Record<string, string>;

/**
 * The first message per field of a failed zod parse, keyed by the dotted path.
 *
 * @example
 * fieldProblems(dutyPostSchema(ctx).safeParse(values).error) // => { place: '请填写上岗地点，如 实验小学南门' }
 */
export function fieldProblems(error: z.ZodError | undefined): FieldProblems {
  const out: FieldProblems = {};
  for (const issue of error?.issues ?? []) out[issue.path.join('.')] ??= issue.message;
  return out;
}

const time = (what: string, example: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `请填写${what}`, abort: true })
    .refine((v) => parseTimeOfDay(v) !== null, `请按 ${example} 的格式填写${what}`)
    .transform((v) => parseTimeOfDay(v) ?? 0);

const shiftSchema = z.object({
  id: z.string().min(1),
  label: z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .min(1, '请填写班次名称，如 早岗')
    .max(10, '班次名称最多10个字')
    .refine(...noMarkup('班次名称')),
  startMinute: time('上岗时间', '07:20'),
  endMinute: time('下班时间', '08:00'),
  needed: z
    .string()
    .transform((v) => toHalfWidth(v).trim())
    .refine((v) => /^\d{1,3}$/.test(v), '请填写所需人数，如 2')
    .transform(Number)
    .refine((n) => n >= 1, '每班至少需要 1 人')
    .refine((n) => n <= SHIFT_NEEDED_MAX, `每班最多 ${SHIFT_NEEDED_MAX} 人`),
});

/**
 * The post form as typed: times and the number needed stay text so nothing typed is lost.
 *
 * @example
 * const values: DutyPostFormValues = emptyDutyPostForm('社区教育宣传');
 */
export type DutyPostFormValues = z.input<ReturnType<typeof dutyPostSchema>>;

/**
 * An empty post form with one 早岗 shift, on the workday calendar.
 *
 * @example
 * emptyDutyPostForm('社区教育宣传').shifts[0]?.startMinute // => '07:20'
 */
export function emptyDutyPostForm(name: string): DutyPostFormValues {
  return {
    name,
    place: '',
    stationId: '',
    teamId: '',
    community: '',
    adultsOnly: false,
    calendar: '工作日',
    shifts: [{ id: 'shift-1', label: '早岗', startMinute: '07:20', endMinute: '08:00', needed: '1' }],
  };
}

/**
 * The post form's schema: a name from the 岗位 list, a place, at least one shift; each shift ends after
 * it starts, needs at least one person, and does not overlap another shift of the post (back to back is
 * fine). Parses into the stored post's fields.
 *
 * @example
 * fieldProblems(dutyPostSchema({ postNames: ['社区教育宣传'] }).safeParse({ ...values, place: '' }).error)
 * // => { place: '请填写上岗地点，如 实验小学南门' }
 */
export function dutyPostSchema(ctx: { postNames: readonly string[] }) {
  return z
    .object({
      name: z
        .string()
        .trim()
        .refine((v) => ctx.postNames.includes(v), '请从岗位列表中选择岗位'),
      place: z
        .string()
        .overwrite(stripBidiControls)
        .trim()
        .min(1, '请填写上岗地点，如 实验小学南门')
        .max(60, '上岗地点最多60个字')
        .refine(...noMarkup('上岗地点')),
      stationId: z.string().transform((v) => v || null),
      teamId: z.string().transform((v) => v || null),
      community: z.string().trim().max(40, '社区名称最多40个字'),
      adultsOnly: z.boolean(),
      calendar: z.enum(POST_CALENDARS, { error: '请选择排班日历' }),
      shifts: z.array(shiftSchema).min(1, '至少设一个班次').max(12, '一个岗位最多12个班次'),
    })
    .superRefine((v, issue) => {
      v.shifts.forEach((s, i) => {
        if (s.endMinute <= s.startMinute) {
          issue.addIssue({
            code: 'custom',
            path: ['shifts', i, 'endMinute'],
            message: '下班时间须晚于上岗时间',
          });
          return;
        }
        const other = v.shifts.find(
          (o, j) =>
            j < i &&
            o.endMinute > o.startMinute &&
            o.startMinute < s.endMinute &&
            s.startMinute < o.endMinute,
        );
        if (other) {
          issue.addIssue({
            code: 'custom',
            path: ['shifts', i, 'startMinute'],
            message: `与“${other.label}”（${formatMinutes(other.startMinute)}–${formatMinutes(other.endMinute)}）时间重叠，请错开`,
          });
        }
      });
    });
}

/**
 * Post fields from a parsed form, ready for stampNew.
 *
 * @example
 * dutyPostFromForm(dutyPostSchema(ctx).parse(values)).shifts[0]?.startMinute // => 440
 */
export function dutyPostFromForm(parsed: z.output<ReturnType<typeof dutyPostSchema>>): Draft<DutyPost> {
  return { ...parsed, shifts: parsed.shifts.map((s) => ({ ...s })) };
}
