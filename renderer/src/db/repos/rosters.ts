import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { rosterReads } from './rosters-read';
import { rosterWrites } from './rosters-write';

export type { PostWeek, RosterGap } from './rosters-read';
export type { SavedPattern } from './rosters-write';

/** 岗位排班: a post's week, the day's gaps, a volunteer's shifts, and the checked roster writes. */
export function rostersRepo(db: DeskDatabase, ctx: WriteContext) {
  return { ...rosterReads(db), ...rosterWrites(db, ctx) };
}
