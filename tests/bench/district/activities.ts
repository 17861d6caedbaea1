import { DEMO_CENTER_NAME, DEMO_WORDS } from '@shared/demo/pools';
import { ROOM_DEFS } from '@shared/demo/room-defs';
import { addDays, fromDateAndMinutes } from '@shared/time/center-time';
import type { ActivityDraft } from '@shared/activities/activity-schema';
import { createRepos, type DeskDatabase } from '../../../renderer/src/db';
import type { VolunteerHoursInput } from '../../../renderer/src/db/repos/activities';
import { DISTRICT_SESSIONS } from './bookings';
import { forkContext, HISTORY_DAYS, inWindows, type DistrictContext } from './context';

const MINUTE = 60_000;
/** Activities older than this have had their hours confirmed (确认全部时长); newer ones wait. */
const CONFIRM_AFTER_DAYS = 30;

/**
 * How many volunteers activity `i` of `count` gets so that `records` are shared out exactly.
 *
 * @example
 * volunteersFor(0, 3, 10) // => 4
 */
export function volunteersFor(i: number, count: number, records: number): number {
  return Math.floor(records / count) + (i < records % count ? 1 : 0);
}

/** Ids of forked contexts for activities start here (orders and bookings use other ranges). */
const ACTIVITY_KEY = 20_000_000;

/** What {@link generateActivities} writes: `count` activities sharing out `records` hours. */
export interface ActivitiesInput {
  volunteerIds: readonly string[];
  count: number;
  records: number;
}

/** One activity's writes, every random draw made before any of them starts. */
function planActivity(
  g: DistrictContext,
  db: DeskDatabase,
  i: number,
  first: number,
  input: ActivitiesInput,
) {
  const dayIndex = Math.floor((i * HISTORY_DAYS) / input.count);
  const day = addDays(g.firstDay, dayIndex);
  const session = DISTRICT_SESSIONS[i % DISTRICT_SESSIONS.length] ?? DISTRICT_SESSIONS[0];
  const def = ROOM_DEFS[i % ROOM_DEFS.length] ?? ROOM_DEFS[0];
  if (!session || !def) throw new Error('session or room definition missing');
  const [category, title] = g.rand.pick(def.uses);
  const start = fromDateAndMinutes(day, session.startMinute);
  const end = fromDateAndMinutes(day, session.endMinute);
  const n = volunteersFor(i, input.count, input.records);
  const draft: ActivityDraft = {
    title,
    category,
    projectId: null,
    stationId: null,
    place: `${DEMO_CENTER_NAME}${def.name}`,
    start,
    end,
    organiser: DEMO_CENTER_NAME,
    serviceObject: '辖区群众',
    beneficiaries: g.rand.int(20, 120),
    participants: n + g.rand.int(10, 80),
    summary: `${title}，${g.rand.pick(DEMO_WORDS.roads)}一带群众参加`,
    content: title,
    evaluation: g.rand.pick(DEMO_WORDS.evaluations),
    leader: '',
  };
  const hours: VolunteerHoursInput[] = Array.from({ length: n }, (_, k) => ({
    volunteerId: input.volunteerIds[(first + k) % input.volunteerIds.length] ?? '',
    minutes: g.rand.int(60, session.endMinute - session.startMinute),
    content: title,
    evaluation: g.rand.pick(DEMO_WORDS.evaluations),
    leader: '',
  }));
  const own = forkContext(g, ACTIVITY_KEY + i);
  return {
    i,
    end,
    draft,
    hours,
    own,
    repos: createRepos(db, own),
    confirm: HISTORY_DAYS - dayIndex > CONFIRM_AFTER_DAYS,
    id: '',
  };
}

/**
 * Records `count` activities (repos.activities.create) spread evenly over the five years in the three
 * sessions of a day, each with its volunteers' hours (repos.activities.saveHours, the desk's one
 * transaction for a whole list), confirmed (confirmAll) when older than 30 days. Volunteers are taken
 * in turn from `volunteerIds`, so two activities at the same time never share one (the repository
 * would refuse the second as time already credited): a volunteer comes round again only after
 * volunteers ÷ per-activity activities, which are days apart. A window of activities takes each step
 * side by side (see inWindows). Returns the service records written.
 *
 * @example
 * await generateActivities(g, db, { volunteerIds, count: 100, records: 1280 }); // => 1280
 */
export async function generateActivities(
  g: DistrictContext,
  db: DeskDatabase,
  input: ActivitiesInput,
  onProgress: (done: number) => void = () => undefined,
): Promise<number> {
  const { volunteerIds, count, records } = input;
  if (records < 0) throw new RangeError('more service records come from orders than the target');
  if (Math.ceil(records / count) > volunteerIds.length)
    throw new RangeError('an activity would need more volunteers than are registered');
  let cursor = 0;
  let written = 0;
  await inWindows(
    count,
    async (indexes) => {
      const plans = indexes.map((i) => {
        const plan = planActivity(g, db, i, cursor, input);
        cursor = (cursor + plan.hours.length) % volunteerIds.length;
        return plan;
      });
      await Promise.all(
        plans.map(async (p) => {
          p.own.setTime(p.end + 60 * MINUTE);
          p.id = (await p.repos.activities.create(p.draft)).id;
        }),
      );
      const results = await Promise.all(plans.map((p) => p.repos.activities.saveHours(p.id, p.hours)));
      for (const [k, r] of results.entries()) {
        const refused = r.find((x) => x.kind !== 'created');
        if (refused) throw new Error(`活动 ${indexes[k]} 的志愿者时长未全部登记：${JSON.stringify(refused)}`);
        written += r.length;
      }
      await Promise.all(
        plans
          .filter((p) => p.confirm)
          .map((p) => {
            p.own.setTime(p.end + 2 * 1440 * MINUTE);
            return p.repos.activities.confirmAll(p.id);
          }),
      );
    },
    onProgress,
  );
  return written;
}
