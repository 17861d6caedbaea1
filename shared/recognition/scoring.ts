import type { BookingCategory } from '../model/places';
import type { AssessmentRules } from './assessment-rules';

/**
 * What one volunteer did in a period, as the assessment reads it.
 *
 * @example
 * const input: VolunteerInputs = { volunteerId: 'v1', volunteerNo: '000012', minutes: 240,
 *   activities: [{ category: '健康', projectId: null }], orderRatings: [5, null] };
 */
export interface VolunteerInputs {
  volunteerId: string;
  /** For the last tie-break; '' until the volunteer's row is read. */
  volunteerNo: string;
  /** Credited minutes of confirmed service records in the period. */
  minutes: number;
  /** Activities taken part in (one entry per activity, however many records). */
  activities: readonly { category: BookingCategory; projectId: string | null }[];
  /** One entry per order completed in the period: its rating (1-5), or null when not rated. */
  orderRatings: readonly (number | null)[];
}

/**
 * One line of a candidate's points, as shown to staff and kept on the honour.
 *
 * @example
 * const line: BreakdownLine = { label: '服务时长', count: 6, points: 12 };
 */
export interface BreakdownLine {
  label: string;
  /** Hours (one decimal), activities, orders or stars, per the label. */
  count: number;
  points: number;
}

/**
 * A volunteer's points for the period, with the lines they come from.
 *
 * @example
 * const c: ScoredVolunteer = { volunteerId: 'v1', volunteerNo: '000012', minutes: 240, points: 20, breakdown: [] };
 */
export interface ScoredVolunteer {
  volunteerId: string;
  volunteerNo: string;
  minutes: number;
  points: number;
  breakdown: BreakdownLine[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Lines of one group, cut so their sum stays within `cap` (the later lines give way first). */
function capped(lines: BreakdownLine[], cap: number | null): BreakdownLine[] {
  if (cap === null) return lines;
  let left = cap;
  return lines.map((line) => {
    const points = round1(Math.min(line.points, Math.max(0, left)));
    left -= points;
    return points < line.points ? { ...line, label: `${line.label}（封顶）`, points } : line;
  });
}

/**
 * A volunteer's points under the rules: hours, activities (with theme and project extras) and orders
 * (completion and stars), each group within its cap. Lines worth nothing are left out.
 *
 * @example
 * scoreVolunteer(DEFAULT_ASSESSMENT_RULES, { volunteerId: 'v1', volunteerNo: '1', minutes: 180, activities: [], orderRatings: [5] })
 * // => { volunteerId: 'v1', volunteerNo: '1', minutes: 180, points: 16, breakdown: [
 * //   { label: '服务时长', count: 3, points: 6 }, { label: '完成服务单', count: 1, points: 5 }, { label: '服务单评价', count: 5, points: 5 }] }
 */
export function scoreVolunteer(rules: AssessmentRules, input: VolunteerInputs): ScoredVolunteer {
  const hours = round1(input.minutes / 60);
  const hourLines = capped(
    [{ label: '服务时长', count: hours, points: round1((input.minutes / 60) * rules.pointsPerHour) }],
    rules.hoursCap,
  );
  const themed = new Map<string, { count: number; points: number }>();
  for (const a of input.activities) {
    const extras: [string, number][] = [[`主题“${a.category}”`, rules.categoryPoints[a.category] ?? 0]];
    if (a.projectId) extras.push(['服务项目加分', rules.projectPoints[a.projectId] ?? 0]);
    for (const [label, points] of extras) {
      if (points <= 0) continue;
      const line = themed.get(label) ?? { count: 0, points: 0 };
      themed.set(label, { count: line.count + 1, points: round1(line.points + points) });
    }
  }
  const activityLines = capped(
    [
      {
        label: '参加活动',
        count: input.activities.length,
        points: round1(input.activities.length * rules.pointsPerActivity),
      },
      ...[...themed].map(([label, v]) => ({ label, ...v })),
    ],
    rules.activitiesCap,
  );
  const stars = input.orderRatings.reduce<number>((sum, r) => sum + (r ?? 0), 0);
  const orderLines = capped(
    [
      {
        label: '完成服务单',
        count: input.orderRatings.length,
        points: round1(input.orderRatings.length * rules.pointsPerOrder),
      },
      { label: '服务单评价', count: stars, points: round1(stars * rules.pointsPerStar) },
    ],
    rules.ordersCap,
  );
  const breakdown = [...hourLines, ...activityLines, ...orderLines].filter((l) => l.points > 0);
  return {
    volunteerId: input.volunteerId,
    volunteerNo: input.volunteerNo,
    minutes: input.minutes,
    points: round1(breakdown.reduce((sum, l) => sum + l.points, 0)),
    breakdown,
  };
}

/**
 * Orders candidates best first: more points, then more service minutes, then the lower 志愿者编号
 * (then id, so the order never depends on input order).
 *
 * @example
 * rankScored([{ volunteerId: 'b', volunteerNo: '2', minutes: 60, points: 10, breakdown: [] },
 *             { volunteerId: 'a', volunteerNo: '1', minutes: 60, points: 10, breakdown: [] }]).map((c) => c.volunteerId)
 * // => ['a', 'b']
 */
export function rankScored<T extends ScoredVolunteer>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) =>
      b.points - a.points ||
      b.minutes - a.minutes ||
      (a.volunteerNo < b.volunteerNo ? -1 : a.volunteerNo > b.volunteerNo ? 1 : 0) ||
      (a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0),
  );
}

/**
 * Every volunteer with points, ranked (see {@link rankScored}); volunteers with no points are left out.
 *
 * @example
 * scoreAndRank(DEFAULT_ASSESSMENT_RULES, []) // => []
 */
export function scoreAndRank(rules: AssessmentRules, inputs: readonly VolunteerInputs[]): ScoredVolunteer[] {
  return rankScored(inputs.map((i) => scoreVolunteer(rules, i)).filter((c) => c.points > 0));
}

/**
 * A team's standing for 先进集体: the sum of its members' points (a member of two teams counts for both).
 *
 * @example
 * const t: ScoredTeam = { teamId: 't1', points: 40, members: 3, minutes: 600 };
 */
export interface ScoredTeam {
  teamId: string;
  points: number;
  /** Members with points in the period. */
  members: number;
  minutes: number;
}

/**
 * Teams ranked by the sum of their members' points, then by members' minutes, then team id. Teams
 * whose members earned nothing are left out.
 *
 * @example
 * rankTeams([{ volunteerId: 'v1', volunteerNo: '1', minutes: 60, points: 5, breakdown: [] }], new Map([['t1', ['v1', 'v2']]]))
 * // => [{ teamId: 't1', points: 5, members: 1, minutes: 60 }]
 */
export function rankTeams(
  scored: readonly ScoredVolunteer[],
  rosters: ReadonlyMap<string, readonly string[]>,
): ScoredTeam[] {
  const byId = new Map(scored.map((s) => [s.volunteerId, s]));
  const teams: ScoredTeam[] = [];
  for (const [teamId, members] of rosters) {
    let points = 0;
    let count = 0;
    let minutes = 0;
    for (const id of new Set(members)) {
      const s = byId.get(id);
      if (!s) continue;
      points += s.points;
      minutes += s.minutes;
      count += 1;
    }
    if (points > 0) teams.push({ teamId, points: round1(points), members: count, minutes });
  }
  return teams.sort((a, b) => b.points - a.points || b.minutes - a.minutes || (a.teamId < b.teamId ? -1 : 1));
}
