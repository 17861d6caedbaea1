import type { Volunteer } from '@shared/model';
import { indexRoster, type Clash } from '@shared/rosters/clashes';
import { expandPattern, type PatternExpansion } from '@shared/rosters/expand';
import { shiftIndex } from '@shared/rosters/model';
import { rosterPatternSchema, type RosterPatternFormValues } from '@shared/rosters/pattern-schema';
import { fieldProblems, type FieldProblems } from '@shared/rosters/post-schema';
import { arrivalsAtPost, suggestVolunteers, type Suggestion } from '@shared/rosters/suggestions';
import { addDays, isValidDateKey } from '@shared/time/center-time';
import { DEFAULT_HOURS_RULES } from '@shared/volunteers/hours';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { HOLIDAY_DATASET } from './closures';
import { live } from './live';
import { RosterClashError } from './roster-errors';
import { assertRosterFits, birthDateOf, scopeTables } from './roster-scope';
import { settingsRepo } from './settings';

/** A ranked suggestion with the name and number the list shows. */
export interface NamedSuggestion extends Suggestion {
  name: string;
  volunteerNo: string;
}

/** What a pattern would do before it is saved: problems per field, or its dates, skipped days and clashes. */
export type PatternPreview =
  | { ok: false; problems: FieldProblems }
  | {
      ok: true;
      dates: string[];
      skipped: PatternExpansion['skipped'];
      until: string;
      clashes: readonly Clash[];
    };

// Attendance counts from the last year: older habits say little about who will come this term.
const HISTORY_DAYS = 365;

/**
 * The 社区 a volunteer is in, as far as suggestions need it: the post's community when their address or
 * work unit names it. Volunteers have no community field, and an address mentions it when it matters.
 */
function communityFor(v: Volunteer, community: string): string {
  const c = community.trim();
  return c !== '' && (v.address.includes(c) || v.workUnit.includes(c)) ? c : '';
}

/** Suggestions and the pattern preview: reads only, each through an index range. */
export function rosterSuggest(db: DeskDatabase, ctx: WriteContext) {
  return {
    /**
     * Who could take a pattern's shifts, best first with reasons (同队, 曾在此岗到岗 N 次, 同社区), leaving
     * out anyone who would clash on any of its dates. Candidates are the post's team and those who came
     * to the post in the last year (by teamIds and [postId+date]), never a scan of every volunteer.
     * The volunteer typed so far is ignored; an unfinished range gives no suggestions.
     */
    suggest(values: RosterPatternFormValues, limit = 8): Promise<NamedSuggestion[]> {
      return db.transaction('r', scopeTables(db), async () => {
        const post = await db.dutyPosts.get(values.postId);
        if (!post || post.deletedAt !== null || !isValidDateKey(values.from) || !isValidDateKey(values.to))
          return [];
        const terms = live(await db.schoolTerms.toArray());
        const draft = { ...values, id: '', volunteerId: '', termId: values.termId || null };
        const { entries } = expandPattern(draft, post, { holidays: HOLIDAY_DATASET, terms });
        const dates = entries.map((e) => e.date);
        const first = dates[0];
        if (first === undefined) return [];
        const [history, team, onDates, rules] = await Promise.all([
          db.rosterEntries
            .where('[postId+date]')
            .between([post.id, addDays(first, -HISTORY_DAYS)], [post.id, first], true, false)
            .toArray(),
          post.teamId ? db.volunteers.where('teamIds').equals(post.teamId).toArray() : [],
          db.rosterEntries.where('date').anyOf(dates).toArray(),
          settingsRepo(db, ctx).get('hoursRules'),
        ]);
        const arrivals = arrivalsAtPost(history, post.id);
        const past = await db.volunteers.bulkGet([...arrivals.keys()]);
        const people = new Map<string, Volunteer>();
        for (const v of live([...team, ...past.filter((p) => p !== undefined)])) people.set(v.id, v);
        const others = await db.dutyPosts.bulkGet([...new Set(onDates.map((e) => e.postId))]);
        const input = {
          post,
          candidates: [...people.values()].map((v) => ({
            id: v.id,
            teamIds: v.teamIds,
            community: communityFor(v, post.community),
          })),
          arrivals,
          index: indexRoster(onDates),
          clash: {
            shifts: shiftIndex([...live(others.filter((p) => p !== undefined)), post]),
            birthDateOf: (id: string) => birthDateOf(people.get(id), ctx.now()),
            dailyCapMinutes: (rules ?? DEFAULT_HOURS_RULES).capPerDayMinutes,
          },
          limit: people.size,
        };
        // Ranked on the first date; kept only if free on every other date of the pattern too.
        let ranked = suggestVolunteers({ ...input, slot: { shiftId: values.shiftId, date: first } });
        for (const date of dates.slice(1)) {
          const free = new Set(
            suggestVolunteers({ ...input, slot: { shiftId: values.shiftId, date } }).map(
              (s) => s.volunteerId,
            ),
          );
          ranked = ranked.filter((s) => free.has(s.volunteerId));
        }
        return ranked.slice(0, limit).map((s) => {
          const v = people.get(s.volunteerId);
          return { ...s, name: v?.name ?? '', volunteerNo: v?.volunteerNo ?? '' };
        });
      });
    },

    /**
     * What saving a pattern would do, checked as savePattern checks it but writing nothing: problems per
     * field (a date beyond the term, no weekday…), else the dates it rosters, the weekday dates it skips
     * with why (节假日, 寒假…), and any clash with the volunteer's other shifts.
     */
    previewPattern(values: RosterPatternFormValues): Promise<PatternPreview> {
      return db.transaction('r', scopeTables(db), async (): Promise<PatternPreview> => {
        const post = await db.dutyPosts.get(values.postId);
        if (!post || post.deletedAt !== null) return { ok: false, problems: { postId: '请选择岗位' } };
        const terms = live(await db.schoolTerms.toArray());
        const parsed = rosterPatternSchema({ post, terms }).safeParse(values);
        if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.error) };
        const expansion = expandPattern({ ...parsed.data, id: '' }, post, {
          holidays: HOLIDAY_DATASET,
          terms,
        });
        let clashes: readonly Clash[] = [];
        try {
          await assertRosterFits(db, ctx, expansion.entries);
        } catch (error) {
          if (!(error instanceof RosterClashError)) throw error;
          clashes = error.clashes;
        }
        return {
          ok: true,
          dates: expansion.entries.map((e) => e.date),
          skipped: expansion.skipped,
          until: expansion.until,
          clashes,
        };
      });
    },
  };
}
