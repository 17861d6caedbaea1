/** Drops soft-deleted rows. */
export function live<T extends { deletedAt: number | null }>(rows: T[]): T[] {
  return rows.filter((row) => row.deletedAt === null);
}
