import type { DeskDatabase } from '../database';

/**
 * How many volunteers registered in [from, to) are still on the roll: two index reads (createdAt, and
 * the deletedAt index, which holds only the few deleted rows), never the volunteers themselves.
 */
export async function countRegistered(db: DeskDatabase, from: number, to: number): Promise<number> {
  const [registered, deleted] = await Promise.all([
    db.volunteers.where('createdAt').between(from, to, true, false).count(),
    // One deleted before the period began was registered before it too.
    db.volunteers
      .where('deletedAt')
      .aboveOrEqual(from)
      .filter((v) => v.createdAt >= from && v.createdAt < to)
      .count(),
  ]);
  return registered - deleted;
}
