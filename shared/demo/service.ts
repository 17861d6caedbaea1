import type { Draft } from '../model/base';
import type { HoursRuleSet, ServiceRecord, Team, Volunteer } from '../model/people';
import type { Activity } from '../model/practice';
import type { Booking, BookingCategory, Closure, Organisation, Room } from '../model/places';
import { addDays, dateKey, fromDateAndMinutes, weekdayOf } from '../time/center-time';
import { dateRange, MINUTE_MS } from './context';
import type { DemoContext } from './context';
import { DEMO_CENTER_NAME, DEMO_WORDS } from './pools';

/**
 * The hours rules demo records were credited under.
 *
 * @example
 * DEMO_HOURS_RULES.roundingStepMinutes // => 30
 */
export const DEMO_HOURS_RULES: HoursRuleSet = {
  name: '默认',
  roundingStepMinutes: 30,
  minimumCreditMinutes: 30,
  capPerSessionMinutes: 480,
  capPerDayMinutes: 720,
  autoCloseAfterMinutes: 480,
};

/**
 * How many volunteers the demo has on duty at `now` (signed in, not yet signed out).
 *
 * @example
 * DEMO_ON_DUTY.min // => 5
 */
export const DEMO_ON_DUTY = { min: 5, max: 8 } as const;

/** How many booked events the demo turns into recorded activities. */
const BOOKED_ACTIVITY_COUNT = 10;

/**
 * Credited minutes for one session under a rule set: nothing below the minimum, else rounded down to the
 * step and capped per session. (The day cap is respected by the demo giving each volunteer one session a
 * day.)
 *
 * @example
 * demoCreditMinutes(215, DEMO_HOURS_RULES) // => 210
 */
export function demoCreditMinutes(servedMinutes: number, rules: HoursRuleSet): number {
  if (servedMinutes < rules.minimumCreditMinutes) return 0;
  const rounded = Math.floor(servedMinutes / rules.roundingStepMinutes) * rules.roundingStepMinutes;
  return Math.min(rules.capPerSessionMinutes, rounded);
}

/** Which team usually staffs an event of a booking category. */
const TEAM_FOR_CATEGORY: Record<string, string> = {
  理论宣讲: '理论宣讲志愿服务队',
  政策解读: '理论宣讲志愿服务队',
  法治: '理论宣讲志愿服务队',
  道德: '理论宣讲志愿服务队',
  健康: '医疗健康志愿服务队',
  文化文艺: '文化文艺志愿服务队',
  科普: '环境保护志愿服务队',
};

interface Inputs {
  rooms: readonly Room[];
  closures: readonly Closure[];
  organisations: readonly Organisation[];
  teams: readonly Team[];
  volunteers: readonly Volunteer[];
  bookings: readonly Booking[];
}

/**
 * Recorded activities (some from completed bookings, two out in the streets) and the confirmed
 * service records of the volunteers who staffed them, plus daily front-desk duty on past open days.
 *
 * @example
 * const { activities, serviceRecords } = generateService(ctx, { rooms, closures, organisations, teams, volunteers, bookings });
 */
export function generateService(
  ctx: DemoContext,
  inputs: Inputs,
): { activities: Activity[]; serviceRecords: ServiceRecord[] } {
  const { rand, now } = ctx;
  const busy = new Set<string>();
  const activities: Activity[] = [];
  const serviceRecords: ServiceRecord[] = [];
  const nameOf = (id: string | null | undefined): string | undefined =>
    inputs.volunteers.find((v) => v.id === id)?.name;

  /** Volunteers free that day, team members first; minors only serve at weekends. */
  function staff(day: string, teamName: string | undefined, count: number, adultsOnly: boolean): Volunteer[] {
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    const team = inputs.teams.find((t) => t.name === teamName);
    const free = rand
      .shuffle(inputs.volunteers)
      .filter((v) => !busy.has(`${v.id}|${day}`) && (v.guardian === null || (weekend && !adultsOnly)));
    const chosen = [...free.filter((v) => team && v.teamIds.includes(team.id)), ...free].filter(
      (v, i, all) => all.indexOf(v) === i,
    );
    return chosen.slice(0, count);
  }

  function record(
    volunteer: Volunteer,
    at: { signInAt: number; signOutAt: number },
    details: Pick<
      ServiceRecord,
      'activityId' | 'bookingId' | 'post' | 'projectName' | 'place' | 'serviceObject' | 'content' | 'leader'
    >,
  ): void {
    busy.add(`${volunteer.id}|${dateKey(at.signInAt)}`);
    const draft: Draft<ServiceRecord> = {
      volunteerId: volunteer.id,
      ...details,
      signInAt: at.signInAt,
      signOutAt: at.signOutAt,
      creditedMinutes: demoCreditMinutes((at.signOutAt - at.signInAt) / MINUTE_MS, DEMO_HOURS_RULES),
      rules: { ...DEMO_HOURS_RULES },
      evaluation: rand.pick(DEMO_WORDS.evaluations),
      recorder: rand.pick(DEMO_WORDS.deskStaff),
      status: '已确认',
      flaggedForReview: false,
      manualReason: null,
    };
    const row = ctx.stamp(draft, at.signInAt);
    serviceRecords.push({
      ...row,
      updatedAt: Math.min(now, at.signOutAt + rand.int(10, 48 * 60) * MINUTE_MS),
    });
  }

  type ActivityDetail =
    | 'projectId'
    | 'stationId'
    | 'orderId'
    | 'organisationId'
    | 'serviceObject'
    | 'content'
    | 'evaluation'
    | 'leader'
    | 'photoIds';

  function addActivity(
    draft: Omit<Draft<Activity>, ActivityDetail>,
    teamName: string | undefined,
    post: string,
    object: string,
  ): void {
    const day = dateKey(draft.start);
    const team = inputs.teams.find((t) => t.name === teamName);
    const people = staff(day, teamName, rand.int(3, 8), draft.roomId === null);
    const detail: Pick<Activity, ActivityDetail> = {
      projectId: null,
      stationId: null,
      orderId: null,
      organisationId: null,
      serviceObject: object,
      content: `${draft.title}：${post}`,
      evaluation: '良好',
      leader: nameOf(team?.leaderId) ?? draft.organiser,
      photoIds: [],
    };
    const activity = ctx.stamp(
      { ...draft, ...detail, volunteerCount: people.length },
      draft.end + rand.int(30, 180) * MINUTE_MS,
    );
    activities.push(activity);
    for (const v of people) {
      record(
        v,
        { signInAt: draft.start - 30 * MINUTE_MS, signOutAt: draft.end + rand.int(0, 20) * MINUTE_MS },
        {
          activityId: activity.id,
          bookingId: draft.bookingId,
          post,
          projectName: draft.title,
          place: draft.place,
          serviceObject: object,
          content: `${draft.title}：${post}`,
          leader: nameOf(team?.leaderId) ?? draft.organiser,
        },
      );
    }
  }

  const completed = rand
    .shuffle(inputs.bookings.filter((b) => b.status === '已完成' && b.category !== '会议'))
    .slice(0, BOOKED_ACTIVITY_COUNT);
  for (const b of completed) {
    const room = inputs.rooms.find((r) => r.id === b.roomId);
    const organiser = inputs.organisations.find((o) => o.id === b.organisationId)?.name ?? DEMO_CENTER_NAME;
    const participants = b.actualAttendees ?? 0;
    addActivity(
      {
        title: b.title,
        category: b.category,
        start: b.start,
        end: b.end,
        place: room?.name ?? DEMO_CENTER_NAME,
        roomId: b.roomId,
        bookingId: b.id,
        organiser,
        participants,
        volunteerCount: 0,
        beneficiaries: participants,
        summary: `${b.title}顺利举办，参与群众${participants}人次。`,
      },
      TEAM_FOR_CATEGORY[b.category],
      rand.pick(['签到引导', '秩序维护', '会场服务', '宣传摄影']),
      '参加活动的群众',
    );
  }

  const streetDays = dateRange(addDays(ctx.today, -13), addDays(ctx.today, -1));
  const outings: {
    title: string;
    category: BookingCategory;
    place: string;
    from: number;
    to: number;
    team: string;
    post: string;
    object: string;
  }[] = [
    {
      title: '文明交通劝导',
      category: '志愿服务',
      place: '五四路与东街口交叉路口',
      from: 450,
      to: 540,
      team: '文明交通志愿服务队',
      post: '路口劝导',
      object: '过往行人和非机动车驾驶人',
    },
    {
      title: '河道巡护与垃圾分类宣传',
      category: '志愿服务',
      place: '白马河沿岸',
      from: 540,
      to: 690,
      team: '环境保护志愿服务队',
      post: '巡河宣传',
      object: '沿河居民',
    },
  ];
  for (const o of outings) {
    const day = rand.pick(streetDays);
    const beneficiaries = rand.int(150, 400);
    addActivity(
      {
        title: o.title,
        category: o.category,
        start: fromDateAndMinutes(day, o.from),
        end: fromDateAndMinutes(day, o.to),
        place: o.place,
        roomId: null,
        bookingId: null,
        organiser: o.team,
        participants: beneficiaries,
        volunteerCount: 0,
        beneficiaries,
        summary: `${o.title}活动开展顺利，服务群众约${beneficiaries}人次。`,
      },
      o.team,
      o.post,
      o.object,
    );
  }

  // Front-desk duty on every past open day: the center's own volunteer post.
  const centerClosed = (day: string): boolean =>
    inputs.closures.some((c) => c.roomId === null && c.date <= day && day <= c.endDate);
  for (const day of dateRange(addDays(ctx.today, -14), addDays(ctx.today, -1))) {
    if (weekdayOf(day) === 1 || centerClosed(day)) continue;
    for (const [from, to] of [
      [510, 720],
      [840, 1050],
    ] as const) {
      for (const v of staff(day, undefined, rand.int(1, 2), true)) {
        record(
          v,
          {
            signInAt: fromDateAndMinutes(day, from + rand.int(-10, 5)),
            signOutAt: fromDateAndMinutes(day, to + rand.int(0, 10)),
          },
          {
            activityId: null,
            bookingId: null,
            post: '前台引导',
            projectName: '文明实践中心日常值班',
            place: DEMO_CENTER_NAME,
            serviceObject: '来访群众',
            content: '来访登记、咨询引导、场地巡查',
            leader: DEMO_WORDS.deskStaff[0] ?? '',
          },
        );
      }
    }
  }

  // A few volunteers on duty right now (signed in, not yet out), so today's desk is not empty. Their
  // sign-ins are recent enough not to be auto-closed, and never before the start of today.
  const dayStart = fromDateAndMinutes(ctx.today, 0);
  const earliest = Math.max(dayStart, now - rand.int(120, 240) * MINUTE_MS);
  for (const v of staff(ctx.today, undefined, rand.int(DEMO_ON_DUTY.min, DEMO_ON_DUTY.max), true)) {
    const signInAt = Math.max(earliest, now - rand.int(5, 180) * MINUTE_MS);
    busy.add(`${v.id}|${ctx.today}`);
    const post = rand.pick(['前台引导', '场馆讲解', '秩序维护', '图书整理']);
    const row = ctx.stamp<Draft<ServiceRecord>>(
      {
        volunteerId: v.id,
        activityId: null,
        bookingId: null,
        post,
        projectName: '文明实践中心日常值班',
        place: DEMO_CENTER_NAME,
        serviceObject: '来访群众',
        content: post,
        leader: DEMO_WORDS.deskStaff[0] ?? '',
        signInAt,
        signOutAt: null,
        creditedMinutes: null,
        rules: { ...DEMO_HOURS_RULES },
        evaluation: '',
        recorder: rand.pick(DEMO_WORDS.deskStaff),
        status: '服务中',
        flaggedForReview: false,
        manualReason: null,
      },
      signInAt,
    );
    serviceRecords.push(row);
  }

  return {
    activities: activities.sort((a, b) => a.start - b.start),
    serviceRecords: serviceRecords.sort((a, b) => a.signInAt - b.signInAt),
  };
}
