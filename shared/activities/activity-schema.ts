import { BOOKING_CATEGORIES, type BookingCategory } from '../model/places';
import type { Activity } from '../model/practice';
import { parseTimeOfDay } from '../booking/form-schema';
import { toHalfWidth } from '../text/half-width';
import { dateKey, formatMinutes, fromDateAndMinutes, isValidDateKey, minuteOfDay } from '../time/center-time';

/**
 * The 新建活动 / 修改活动 form as typed: numbers and times stay text so nothing typed is lost on an error.
 *
 * @example
 * const values: ActivityFormValues = emptyActivityForm('2026-12-01');
 */
export interface ActivityFormValues {
  title: string;
  category: string;
  /** '' = no project. */
  projectId: string;
  /** '' = 本中心. */
  stationId: string;
  place: string;
  date: string;
  startTime: string;
  endTime: string;
  organiser: string;
  serviceObject: string;
  beneficiaries: string;
  participants: string;
  summary: string;
  content: string;
  evaluation: string;
  leader: string;
}

/**
 * The fields of an activity the form sets (the rest: links, counts and photos, are kept by the repo).
 *
 * @example
 * const draft: ActivityDraft = activityFromForm(values);
 */
export type ActivityDraft = Pick<
  Activity,
  | 'title'
  | 'category'
  | 'projectId'
  | 'stationId'
  | 'place'
  | 'start'
  | 'end'
  | 'organiser'
  | 'serviceObject'
  | 'beneficiaries'
  | 'participants'
  | 'summary'
  | 'content'
  | 'evaluation'
  | 'leader'
>;

/** Per-field Chinese messages; empty when the form can be saved.
 *
 * @example
 * const p: ActivityProblems = { endTime: '结束时间须晚于开始时间' };
 */
export type ActivityProblems = Partial<Record<keyof ActivityFormValues, string>>;

/** 评价 choices offered; free text is allowed too. @example ACTIVITY_EVALUATIONS[0] // => '优秀' */
export const ACTIVITY_EVALUATIONS = ['优秀', '良好', '合格'] as const;

export const ACTIVITY_TITLE_MAX = 60;
export const ACTIVITY_TEXT_MAX = 2000;

/**
 * An empty form for a new activity on `date`, 09:00–11:00.
 *
 * @example
 * emptyActivityForm('2026-12-01').startTime // => '09:00'
 */
export function emptyActivityForm(date: string): ActivityFormValues {
  return {
    title: '',
    category: '志愿服务',
    projectId: '',
    stationId: '',
    place: '',
    date,
    startTime: '09:00',
    endTime: '11:00',
    organiser: '',
    serviceObject: '',
    beneficiaries: '0',
    participants: '0',
    summary: '',
    content: '',
    evaluation: '',
    leader: '',
  };
}

/**
 * The form values that show a stored activity, for 修改活动.
 *
 * @example
 * activityToForm(activity).date // => '2026-12-01'
 */
export function activityToForm(a: ActivityDraft): ActivityFormValues {
  return {
    title: a.title,
    category: a.category,
    projectId: a.projectId ?? '',
    stationId: a.stationId ?? '',
    place: a.place,
    date: dateKey(a.start),
    startTime: formatMinutes(minuteOfDay(a.start)),
    endTime: formatMinutes(minuteOfDay(a.end) === 0 && a.end > a.start ? 1440 : minuteOfDay(a.end)),
    organiser: a.organiser,
    serviceObject: a.serviceObject,
    beneficiaries: String(a.beneficiaries),
    participants: String(a.participants),
    summary: a.summary,
    content: a.content,
    evaluation: a.evaluation,
    leader: a.leader,
  };
}

function count(raw: string): number | null {
  const t = toHalfWidth(raw).trim();
  if (t === '') return 0;
  return /^\d{1,7}$/.test(t) ? Number(t) : null;
}

/**
 * What is wrong with the typed form, per field, in Chinese (empty object: it can be saved).
 *
 * @example
 * activityProblems({ ...emptyActivityForm('2026-12-01'), title: '敬老', startTime: '10:00', endTime: '09:00' })
 * // => { endTime: '结束时间须晚于开始时间' }
 */
export function activityProblems(v: ActivityFormValues): ActivityProblems {
  const p: ActivityProblems = {};
  const title = v.title.trim();
  if (!title) p.title = '请填写活动名称';
  else if (title.length > ACTIVITY_TITLE_MAX) p.title = `活动名称最多 ${ACTIVITY_TITLE_MAX} 个字`;
  if (!(BOOKING_CATEGORIES as readonly string[]).includes(v.category)) p.category = '请选择活动类别';
  if (!isValidDateKey(v.date.trim())) p.date = '请填写正确的日期，例如 2026-12-01';
  const start = parseTimeOfDay(v.startTime);
  const end = parseTimeOfDay(v.endTime);
  if (start === null || start >= 1440) p.startTime = '请填写开始时间，例如 09:00';
  if (end === null) p.endTime = '请填写结束时间，例如 11:00';
  else if (start !== null && end <= start) p.endTime = '结束时间须晚于开始时间';
  if (v.place.trim().length > 100) p.place = '地点最多 100 个字';
  if (count(v.beneficiaries) === null) p.beneficiaries = '受益人次须为不小于 0 的整数';
  if (count(v.participants) === null) p.participants = '参与人次须为不小于 0 的整数';
  for (const key of ['summary', 'content'] as const)
    if (v[key].length > ACTIVITY_TEXT_MAX) p[key] = `最多 ${ACTIVITY_TEXT_MAX} 个字`;
  return p;
}

/**
 * The activity fields of a valid form (call only when {@link activityProblems} is empty).
 *
 * @example
 * activityFromForm({ ...emptyActivityForm('2026-12-01'), title: ' 敬老 ' }).title // => '敬老'
 */
export function activityFromForm(v: ActivityFormValues): ActivityDraft {
  const date = v.date.trim();
  return {
    title: v.title.trim(),
    category: v.category as BookingCategory,
    projectId: v.projectId || null,
    stationId: v.stationId || null,
    place: v.place.trim(),
    start: fromDateAndMinutes(date, parseTimeOfDay(v.startTime) ?? 0),
    end: fromDateAndMinutes(date, parseTimeOfDay(v.endTime) ?? 0),
    organiser: v.organiser.trim(),
    serviceObject: v.serviceObject.trim(),
    beneficiaries: count(v.beneficiaries) ?? 0,
    participants: count(v.participants) ?? 0,
    summary: v.summary.trim(),
    content: v.content.trim(),
    evaluation: v.evaluation.trim(),
    leader: v.leader.trim(),
  };
}

/**
 * Problems of an activity draft as the repository receives it (the form's checks, on instants).
 *
 * @example
 * activityDraftProblems({ ...draft, end: draft.start }) // => { endTime: '结束时间须晚于开始时间' }
 */
export function activityDraftProblems(d: ActivityDraft): ActivityProblems {
  const p: ActivityProblems = {};
  if (!d.title.trim()) p.title = '请填写活动名称';
  if (!(BOOKING_CATEGORIES as readonly string[]).includes(d.category)) p.category = '请选择活动类别';
  if (!(d.end > d.start)) p.endTime = '结束时间须晚于开始时间';
  if (!Number.isInteger(d.beneficiaries) || d.beneficiaries < 0)
    p.beneficiaries = '受益人次须为不小于 0 的整数';
  if (!Number.isInteger(d.participants) || d.participants < 0) p.participants = '参与人次须为不小于 0 的整数';
  return p;
}

/**
 * Reads a volunteer's minutes as typed at the hours field: a whole number from 1 to the activity's
 * length. Returns the minutes or the Chinese message for the field.
 *
 * @example
 * readVolunteerMinutes('90', 120) // => { minutes: 90 }
 * readVolunteerMinutes('150', 120) // => { problem: '服务时长不能超过活动时长（120分钟）' }
 */
export function readVolunteerMinutes(
  raw: string,
  activityMinutes: number,
): { minutes: number } | { problem: string } {
  const t = toHalfWidth(raw).trim();
  if (!/^\d{1,5}$/.test(t) || Number(t) <= 0) return { problem: '请填写服务时长（分钟），须为正整数' };
  const minutes = Number(t);
  if (minutes > activityMinutes) return { problem: `服务时长不能超过活动时长（${activityMinutes}分钟）` };
  return { minutes };
}
