import { clashesOf, type ClashContext, type RosterIndex } from './clashes';
import type { DutyPost, EntryLike, RosterEntry } from './model';

/**
 * A volunteer who could take a shift, as suggestions read them. `community` is the 社区 the person
 * lives or works in, '' when unknown.
 *
 * @example
 * const c: CandidateVolunteer = { id: 'v-1', teamIds: ['t-1'], community: '东街社区' };
 */
export interface CandidateVolunteer {
  id: string;
  teamIds: readonly string[];
  community: string;
}

/**
 * One ranked suggestion with the Chinese reasons shown beside the name.
 *
 * @example
 * const s: Suggestion = { volunteerId: 'v-1', score: 50, reasons: ['同队', '曾在此岗到岗 5 次'] };
 */
export interface Suggestion {
  volunteerId: string;
  score: number;
  reasons: string[];
}

const TEAM_POINTS = 40;
const COMMUNITY_POINTS = 20;
const POINTS_PER_ARRIVAL = 2;
// Past attendance counts up to this many times, so a veteran does not outrank a teammate forever.
const ARRIVALS_COUNTED = 10;

/**
 * How often each volunteer came (到岗) to a post, from its stored entries: count once, rank many slots.
 *
 * @example
 * arrivalsAtPost(entries, 'p-1').get('v-1') // => 5
 */
export function arrivalsAtPost(
  entries: Iterable<Pick<RosterEntry, 'postId' | 'volunteerId' | 'status' | 'deletedAt'>>,
  postId: string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries)
    if (e.postId === postId && e.status === '到岗' && e.deletedAt === null)
      out.set(e.volunteerId, (out.get(e.volunteerId) ?? 0) + 1);
  return out;
}

/**
 * Candidates for one shift on one date, best first: same team as the post, past attendance at the post,
 * same community as the post. Anyone who would clash (already on this shift or an overlapping one, over
 * the daily cap, a minor at an adults-only post) is left out. Ties keep the candidates' order.
 *
 * @example
 * suggestVolunteers({ post: gate, slot: { shiftId: 's-am', date: '2026-12-07' }, candidates, arrivals, index, clash: ctx })[0]
 * // => { volunteerId: 'v-1', score: 70, reasons: ['同队', '曾在此岗到岗 5 次', '同社区'] }
 */
export function suggestVolunteers(input: {
  post: Pick<DutyPost, 'id' | 'teamId' | 'community'>;
  slot: { shiftId: string; date: string };
  candidates: readonly CandidateVolunteer[];
  arrivals: ReadonlyMap<string, number>;
  index: RosterIndex;
  clash: ClashContext;
  limit?: number;
}): Suggestion[] {
  const { post, slot } = input;
  const community = post.community.trim();
  const out: Suggestion[] = [];
  for (const c of input.candidates) {
    const probe: EntryLike = {
      postId: post.id,
      shiftId: slot.shiftId,
      date: slot.date,
      volunteerId: c.id,
      status: '排班',
      substituteFor: null,
    };
    if (clashesOf(probe, input.index, input.clash).length > 0) continue;
    const reasons: string[] = [];
    let score = 0;
    if (post.teamId !== null && c.teamIds.includes(post.teamId)) {
      score += TEAM_POINTS;
      reasons.push('同队');
    }
    const arrived = input.arrivals.get(c.id) ?? 0;
    if (arrived > 0) {
      score += Math.min(arrived, ARRIVALS_COUNTED) * POINTS_PER_ARRIVAL;
      reasons.push(`曾在此岗到岗 ${arrived} 次`);
    }
    if (community !== '' && c.community.trim() === community) {
      score += COMMUNITY_POINTS;
      reasons.push('同社区');
    }
    out.push({ volunteerId: c.id, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, input.limit ?? 20);
}
