import { describe, expect, it } from 'vitest';
import {
  rosterPatternSchema,
  schoolTermSchema,
  termOverlapProblems,
  type RosterPatternFormValues,
} from '@shared/rosters/pattern-schema';
import {
  dutyPostFromForm,
  dutyPostSchema,
  emptyDutyPostForm,
  fieldProblems,
  type DutyPostFormValues,
} from '@shared/rosters/post-schema';
import { AUTUMN, GATE } from './rosters-fixture';

const ctx = { postNames: ['社区教育宣传', '公益服务模范'] };

function form(over: Partial<DutyPostFormValues> = {}): DutyPostFormValues {
  return {
    ...emptyDutyPostForm('社区教育宣传'),
    place: '实验小学南门',
    shifts: [
      { id: 's-am', label: '早岗', startMinute: '07:20', endMinute: '08:00', needed: '2' },
      { id: 's-am2', label: '早岗二', startMinute: '08:00', endMinute: '08:30', needed: '1' },
    ],
    ...over,
  };
}

const problems = (v: DutyPostFormValues) => fieldProblems(dutyPostSchema(ctx).safeParse(v).error);

describe('the duty post form', () => {
  it('accepts back-to-back shifts and stores their times as minutes', () => {
    const parsed = dutyPostSchema(ctx).parse(form());
    const draft = dutyPostFromForm(parsed);
    expect(draft.shifts.map((s) => [s.startMinute, s.endMinute, s.needed])).toEqual([
      [440, 480, 2],
      [480, 510, 1],
    ]);
    expect(draft.stationId).toBeNull();
    expect(draft.place).toBe('实验小学南门');
  });

  it('says at the end time when a shift ends before or when it starts', () => {
    const backwards = { id: 'a', label: '午岗', startMinute: '17:15', endMinute: '16:30', needed: '1' };
    expect(problems(form({ shifts: [backwards] }))).toEqual({
      'shifts.0.endMinute': '下班时间须晚于上岗时间',
    });
    const zero = { ...backwards, endMinute: '17:15' };
    expect(problems(form({ shifts: [zero] }))).toEqual({ 'shifts.0.endMinute': '下班时间须晚于上岗时间' });
  });

  it('names the shift another one overlaps, at the later shift', () => {
    const shifts = [
      ...form().shifts,
      { id: 'c', label: '加岗', startMinute: '07:50', endMinute: '08:10', needed: '1' },
    ];
    expect(problems(form({ shifts }))).toEqual({
      'shifts.2.startMinute': '与“早岗”（07:20–08:00）时间重叠，请错开',
    });
  });

  it('asks for a place, a listed post and at least one person per shift', () => {
    const shifts = [{ id: 'a', label: '早岗', startMinute: '07:20', endMinute: '08:00', needed: '0' }];
    expect(problems(form({ place: '  ', name: '随便', shifts }))).toEqual({
      place: '请填写上岗地点，如 实验小学南门',
      name: '请从岗位列表中选择岗位',
      'shifts.0.needed': '每班至少需要 1 人',
    });
  });

  it('reads full-width digits and keeps a malformed time as a message, not a crash', () => {
    const shifts = [{ id: 'a', label: '早岗', startMinute: '７:２０', endMinute: '8点', needed: '２' }];
    expect(problems(form({ shifts }))).toEqual({ 'shifts.0.endMinute': '请按 08:00 的格式填写下班时间' });
  });
});

describe('the repeating assignment form', () => {
  const values: RosterPatternFormValues = {
    postId: GATE.id,
    shiftId: 's-am',
    weekdays: [1],
    from: '2026-09-01',
    to: '2027-01-22',
    volunteerId: 'v-1',
    termId: AUTUMN.id,
  };
  const schema = rosterPatternSchema({ post: GATE, terms: [AUTUMN] });

  it('accepts a pattern inside its term', () => {
    expect(schema.parse(values).to).toBe('2027-01-22');
  });

  it('refuses an end beyond the term, at the end date', () => {
    expect(fieldProblems(schema.safeParse({ ...values, to: '2027-06-30' }).error)).toEqual({
      to: '学期“2026秋季学期”到 2027-01-22 结束，结束日期请不晚于此',
    });
  });

  it('asks for a weekday and an end not before the start', () => {
    expect(fieldProblems(schema.safeParse({ ...values, weekdays: [], to: '2026-08-01' }).error)).toEqual({
      weekdays: '请至少选择一个星期几',
      to: '结束日期不能早于开始日期',
    });
  });
});

describe('the school term form', () => {
  it('refuses a vacation outside the term', () => {
    const term = {
      name: '秋季',
      start: '2026-09-01',
      end: '2027-01-22',
      vacations: [{ name: '寒假', from: '2027-01-23', to: '2027-02-20' }],
    };
    expect(fieldProblems(schoolTermSchema.safeParse(term).error)).toEqual({
      'vacations.0.from': '假期须在学期内（2026-09-01 至 2027-01-22）',
    });
  });

  it('refuses a term overlapping another by one day, naming it at the start date', () => {
    expect(termOverlapProblems({ start: '2027-01-22', end: '2027-06-30' }, [AUTUMN])).toEqual({
      start: '与学期“2026秋季学期”（2026-09-01 至 2027-01-22）重叠，请调整开始或结束日期',
    });
  });

  it('lets a term start the day after another ends, and ignores deleted terms', () => {
    expect(termOverlapProblems({ start: '2027-01-23', end: '2027-06-30' }, [AUTUMN])).toEqual({});
    expect(
      termOverlapProblems({ start: '2026-10-01', end: '2026-12-31' }, [{ ...AUTUMN, deletedAt: 1 }]),
    ).toEqual({});
  });
});
