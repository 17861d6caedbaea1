import { z } from 'zod';
import { isValidDateKey } from '../time/center-time';
import type { DutyPost, SchoolTerm } from './model';
import type { FieldProblems } from './post-schema';

const dateField = (what: string) =>
  z.string().trim().refine(isValidDateKey, `请填写${what}，例如 2026-09-01`);

/**
 * The schema of a repeating assignment ("every Monday 早岗 this term"): a shift of the post, at least
 * one weekday, an end not before the start, and, for a term's pattern, dates inside that term.
 *
 * @example
 * rosterPatternSchema({ post: gate, terms: [autumn] }).safeParse({ ...values, to: '2027-06-30' }).error?.issues[0]?.message
 * // => '学期“2026秋季学期”到 2027-01-22 结束，结束日期请不晚于此'
 */
export function rosterPatternSchema(ctx: {
  post: Pick<DutyPost, 'id' | 'shifts'>;
  terms: readonly Pick<SchoolTerm, 'id' | 'name' | 'start' | 'end'>[];
}) {
  return z
    .object({
      postId: z.literal(ctx.post.id, { error: '请选择岗位' }),
      shiftId: z.string().refine((id) => ctx.post.shifts.some((s) => s.id === id), '请选择班次'),
      weekdays: z
        .array(z.number().int().min(0).max(6))
        .min(1, '请至少选择一个星期几')
        .transform((days) => [...new Set(days)].sort()),
      from: dateField('开始日期'),
      to: dateField('结束日期'),
      volunteerId: z.string().min(1, '请选择志愿者'),
      termId: z.string().transform((v) => v || null),
    })
    .superRefine((v, issue) => {
      if (!isValidDateKey(v.from) || !isValidDateKey(v.to)) return;
      if (v.to < v.from) {
        issue.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
        return;
      }
      if (v.termId === null) return;
      const term = ctx.terms.find((t) => t.id === v.termId);
      if (!term) issue.addIssue({ code: 'custom', path: ['termId'], message: '请选择学期' });
      else if (v.from < term.start)
        issue.addIssue({
          code: 'custom',
          path: ['from'],
          message: `学期“${term.name}”从 ${term.start} 开始，开始日期请不早于此`,
        });
      else if (v.to > term.end)
        issue.addIssue({
          code: 'custom',
          path: ['to'],
          message: `学期“${term.name}”到 ${term.end} 结束，结束日期请不晚于此`,
        });
    });
}

/**
 * The pattern form as typed (termId '' = not tied to a term).
 *
 * @example
 * const v: RosterPatternFormValues = { postId: 'p-1', shiftId: 's-am', weekdays: [1], from: '2026-09-01', to: '2027-01-22', volunteerId: 'v-1', termId: 'term-1' };
 */
export type RosterPatternFormValues = z.input<ReturnType<typeof rosterPatternSchema>>;

/**
 * The school term form's schema: a name, an end after the start, and vacations that each end after they
 * start and lie inside the term.
 *
 * @example
 * schoolTermSchema.safeParse({ name: '秋季', start: '2026-09-01', end: '2026-08-01', vacations: [] }).error?.issues[0]?.message
 * // => '学期结束日期须晚于开始日期'
 */
export const schoolTermSchema = z
  .object({
    name: z.string().trim().min(1, '请填写学期名称，如 2026秋季学期').max(30, '学期名称最多30个字'),
    start: dateField('学期开始日期'),
    end: dateField('学期结束日期'),
    vacations: z.array(
      z.object({
        name: z.string().trim().min(1, '请填写假期名称，如 寒假'),
        from: dateField('假期开始日期'),
        to: dateField('假期结束日期'),
      }),
    ),
  })
  .superRefine((v, issue) => {
    if (!isValidDateKey(v.start) || !isValidDateKey(v.end)) return;
    if (v.end <= v.start) {
      issue.addIssue({ code: 'custom', path: ['end'], message: '学期结束日期须晚于开始日期' });
      return;
    }
    v.vacations.forEach((h, i) => {
      if (!isValidDateKey(h.from) || !isValidDateKey(h.to)) return;
      if (h.to < h.from)
        issue.addIssue({
          code: 'custom',
          path: ['vacations', i, 'to'],
          message: '假期结束日期不能早于开始日期',
        });
      else if (h.from < v.start || h.to > v.end)
        issue.addIssue({
          code: 'custom',
          path: ['vacations', i, 'from'],
          message: `假期须在学期内（${v.start} 至 ${v.end}）`,
        });
    });
  });

/**
 * The problem of a term whose dates overlap another live term's, at its start date: a school day must
 * belong to one term, or its vacations would be ambiguous. A term may start the day after another ends.
 *
 * @example
 * termOverlapProblems({ start: '2027-01-10', end: '2027-06-30' }, [autumn])
 * // => { start: '与学期“2026秋季学期”（2026-09-01 至 2027-01-22）重叠，请调整开始或结束日期' }
 */
export function termOverlapProblems(
  term: Pick<SchoolTerm, 'start' | 'end'>,
  others: readonly Pick<SchoolTerm, 'name' | 'start' | 'end' | 'deletedAt'>[],
): FieldProblems {
  const other = others.find((o) => o.deletedAt === null && o.start <= term.end && term.start <= o.end);
  return other
    ? { start: `与学期“${other.name}”（${other.start} 至 ${other.end}）重叠，请调整开始或结束日期` }
    : {};
}
