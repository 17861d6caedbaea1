import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { rosterCalls } from './roster-calls';
import { rosterSuggest } from './roster-suggest';
import { rosterReads } from './rosters-read';
import { rosterWrites } from './rosters-write';

export type { CallListPurpose, RosterLine } from './roster-calls';
export type { PostWeek, RosterGap } from './rosters-read';
export type { SavedPattern } from './rosters-write';
export type { NamedSuggestion, PatternPreview } from './roster-suggest';

/**
 * 岗位排班: a post's week, the day's gaps, a volunteer's shifts, the call list, the checked roster
 * writes, and the suggestions and preview of a repeating pattern.
 */
export function rostersRepo(db: DeskDatabase, ctx: WriteContext) {
  return { ...rosterReads(db), ...rosterWrites(db, ctx), ...rosterCalls(db, ctx), ...rosterSuggest(db, ctx) };
}
