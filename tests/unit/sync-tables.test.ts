import { describe, expect, it } from 'vitest';
import { CONFLICT_POLICY, owningDeskVersion } from '@shared/sync/conflict-policy';
import { driftedTables, tableDigest } from '@shared/sync/digest';
import {
  docId,
  isSyncedTable,
  parseDocId,
  parseSyncMetaId,
  SYNCED_TABLES,
  syncMetaId,
} from '@shared/sync/tables';
import { SCHEMA_HISTORY } from '../../renderer/src/db/schema';

describe('synced tables', () => {
  it('are business tables of the current schema, without derived totals, the audit log or desk-local state', () => {
    const stores = Object.keys(SCHEMA_HISTORY.at(-1)?.stores ?? {});
    for (const table of SYNCED_TABLES) expect(stores).toContain(table);
    for (const local of [
      'settings',
      'auditLog',
      'staff',
      'counters',
      'dailyTotals',
      'monthlyTotals',
      'volunteerDays',
      'volunteerMonths',
      'roomDays',
      'rosterMonths',
      'exportRuns',
      'exportMarks',
      'syncMeta',
      'outbox',
      'syncConflicts',
    ])
      expect(isSyncedTable(local)).toBe(false);
    for (const business of ['volunteers', 'serviceRecords', 'bookings', 'documents', 'rosterEntries'])
      expect(isSyncedTable(business)).toBe(true);
  });

  it('name a document by table and key, and read the name back', () => {
    expect(docId('volunteers', 'v-1')).toBe('volunteers:v-1');
    expect(parseDocId(docId('rosterEntries', 'a:b'))).toEqual({ table: 'rosterEntries', key: 'a:b' });
    expect(syncMetaId('bookings', 'b-1')).toBe('bookings|b-1');
  });

  it('refuse document ids of tables this desk does not sync', () => {
    expect(parseDocId('_design/desk')).toBeNull();
    expect(parseDocId('dailyTotals:2026-01-01')).toBeNull();
    expect(parseDocId('volunteers:')).toBeNull();
    expect(parseDocId(':v-1')).toBeNull();
  });

  it('leave the district’s documents in a site database out of pull and reconciliation', () => {
    for (const id of ['figures:suo-dongjie:2026-11', 'claims:t1:suo-dongjie', 'tasks:t1', 'district:info'])
      expect(parseDocId(id)).toBeNull();
  });
});

describe('conflict policy', () => {
  it('never settles service-record hours or issued documents automatically', () => {
    expect(CONFLICT_POLICY.serviceRecords).toBe('manual');
    expect(CONFLICT_POLICY.documents).toBe('manual');
  });

  it("takes the owning desk's booking by default and merges volunteers field by field", () => {
    expect(CONFLICT_POLICY.bookings).toBe('owning-desk');
    expect(CONFLICT_POLICY.volunteers).toBe('field-merge');
  });

  it("picks the owning desk's version, and leaves the choice to staff when it wrote none or several", () => {
    const a = { deskId: 'a', rev: '2-a' };
    const b = { deskId: 'b', rev: '2-b' };
    expect(owningDeskVersion([a, b], 'b')).toBe(b);
    expect(owningDeskVersion([a, b], 'c')).toBeNull();
    expect(owningDeskVersion([a, { deskId: 'a', rev: '3-a' }], 'a')).toBeNull();
  });
});

describe('reconciliation digest', () => {
  const pairs = [
    { id: 'b', rev: '1-x' },
    { id: 'a', rev: '2-y' },
    { id: 'c', rev: '5-z' },
  ];

  it('counts the rows and does not depend on the order they were read in', () => {
    const digest = tableDigest(pairs);
    expect(digest.count).toBe(3);
    expect(digest.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(tableDigest([...pairs].reverse())).toEqual(digest);
  });

  it('changes when a revision, a key or a row changes', () => {
    const digest = tableDigest(pairs).digest;
    expect(tableDigest([...pairs.slice(1), { id: 'b', rev: '2-x' }]).digest).not.toBe(digest);
    expect(tableDigest([...pairs.slice(1), { id: 'd', rev: '1-x' }]).digest).not.toBe(digest);
    expect(tableDigest(pairs.slice(1)).digest).not.toBe(digest);
  });

  it('reports the tables that differ, a table missing on one side counting as empty', () => {
    const same = tableDigest(pairs);
    const local = { rooms: same, bookings: same, teams: tableDigest([]) };
    const mirror = { rooms: same, bookings: tableDigest(pairs.slice(1)), volunteers: same };
    expect(driftedTables(local, mirror)).toEqual(['bookings', 'volunteers']);
  });
});

describe('syncMeta ids', () => {
  it('name their table and key, and the engine’s own bookkeeping rows name none', () => {
    expect(parseSyncMetaId(syncMetaId('volunteers', 'a|b'))).toEqual({ table: 'volunteers', key: 'a|b' });
    expect(parseSyncMetaId('#pull-since')).toBeNull();
    expect(parseSyncMetaId('dailyTotals|2026-01-01')).toBeNull();
    expect(parseSyncMetaId('rooms|')).toBeNull();
  });
});
