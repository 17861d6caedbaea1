/**
 * The desk's business tables that replicate through the center. Left out on purpose: the stored totals
 * (dailyTotals, monthlyTotals, volunteerDays, volunteerMonths, roomDays, rosterMonths: each desk derives
 * them from the rows it holds), the audit log (each desk's own hash chain), settings, staff (PIN hashes
 * and lock-outs of this desk's sign-in), counters (this desk's numbering state), the national export
 * bookkeeping (exportRuns, exportMarks: what this desk sent) and the sync tables themselves.
 *
 * @example
 * SYNCED_TABLES.includes('volunteers') // => true
 */
export const SYNCED_TABLES = [
  'rooms',
  'closures',
  'organisations',
  'bookingSeries',
  'bookings',
  'volunteers',
  'teams',
  'serviceRecords',
  'activities',
  'serviceOrders',
  'documents',
  'templates',
  'assets',
  'projects',
  'photos',
  'honours',
  'dutyPosts',
  'schoolTerms',
  'rosterPatterns',
  'rosterEntries',
] as const;

/** A table whose rows replicate. */
export type SyncedTable = (typeof SYNCED_TABLES)[number];

const SYNCED: ReadonlySet<string> = new Set(SYNCED_TABLES);

/**
 * Whether a table's rows replicate.
 *
 * @example
 * isSyncedTable('bookings') // => true
 * isSyncedTable('dailyTotals') // => false
 */
export function isSyncedTable(name: string): name is SyncedTable {
  return SYNCED.has(name);
}

/**
 * The replicated document's id for a row: the table, a colon, the row's primary key. One database holds
 * every table, and a key alone could repeat across tables.
 *
 * @example
 * docId('volunteers', 'b8c1') // => 'volunteers:b8c1'
 */
export function docId(table: SyncedTable, key: string): string {
  return `${table}:${key}`;
}

/**
 * The table and row key a replicated document's id names, or null for an id this desk does not sync
 * (a design document, a table of a newer desk).
 *
 * @example
 * parseDocId('bookings:7f3a') // => { table: 'bookings', key: '7f3a' }
 * parseDocId('_design/desk') // => null
 */
export function parseDocId(id: string): { table: SyncedTable; key: string } | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const table = id.slice(0, colon);
  const key = id.slice(colon + 1);
  return isSyncedTable(table) && key !== '' ? { table, key } : null;
}

/**
 * The syncMeta row key of a row: `table|key` (a pipe, so it never reads as a document id).
 *
 * @example
 * syncMetaId('volunteers', 'b8c1') // => 'volunteers|b8c1'
 */
export function syncMetaId(table: SyncedTable, key: string): string {
  return `${table}|${key}`;
}

/**
 * The table and row key a syncMeta id names, or null for the engine's own bookkeeping rows.
 *
 * @example
 * parseSyncMetaId('volunteers|b8c1') // => { table: 'volunteers', key: 'b8c1' }
 * parseSyncMetaId('#pull-since') // => null
 */
export function parseSyncMetaId(id: string): { table: SyncedTable; key: string } | null {
  const bar = id.indexOf('|');
  const table = id.slice(0, bar);
  const key = id.slice(bar + 1);
  return bar > 0 && isSyncedTable(table) && key !== '' ? { table, key } : null;
}
