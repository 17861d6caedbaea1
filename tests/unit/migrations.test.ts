import { describe, expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  migrateVolunteerToV2,
  migrateActivityToV6,
  migrateVolunteerToV5,
} from '@shared/migrations';
import type { VolunteerRowV1 } from '@shared/migrations';
import {
  LATEST_SCHEMA_VERSION as DATABASE_SCHEMA_VERSION,
  SCHEMA_HISTORY,
} from '../../renderer/src/db/schema';

const v1Row: VolunteerRowV1 = {
  id: 'v-1',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_500_000,
  deletedAt: null,
  deskId: 'desk-1',
  volunteerNo: 'ZYZ000001',
  name: '张三',
  idType: '居民身份证',
  idNumber: '11010519491231002X',
  gender: '女',
  birthDate: '1949-12-31',
  phone: '13812345678',
  politicalStatus: '群众',
  address: '福州市鼓楼区五四路1号',
  workUnit: '退休',
  skills: ['书法'],
  intentions: ['关爱老人'],
  availability: '不限',
  teamIds: ['t-1'],
  emergencyContact: null,
  guardian: null,
  photo: null,
  consent: { noticeVersion: '2025-01', consentedAt: 1_700_000_000_000, idNumberConsent: true },
  notes: '',
};

describe('migrateVolunteerToV2', () => {
  it('fills searchKeys from the name, phone, ID number, volunteer number and pinyin', () => {
    expect(migrateVolunteerToV2(v1Row).searchKeys).toEqual([
      '张三',
      '5678',
      '002x',
      'zyz000001',
      'zhangsan',
      'zs',
    ]);
  });

  it('indexes a polyphonic surname by its surname reading', () => {
    const keys = migrateVolunteerToV2({ ...v1Row, name: '单田芳' }).searchKeys;
    expect(keys).toContain('shantianfang');
    expect(keys).toContain('stf');
  });

  it('keeps every other field, including updatedAt and deskId', () => {
    const migrated = migrateVolunteerToV2(v1Row);
    expect(migrated).toEqual({ ...v1Row, searchKeys: migrated.searchKeys });
  });

  it('does not mutate the input row', () => {
    const row = { ...v1Row };
    migrateVolunteerToV2(row);
    expect(row).not.toHaveProperty('searchKeys');
  });

  it('is idempotent', () => {
    const once = migrateVolunteerToV2(v1Row);
    expect(migrateVolunteerToV2(once)).toEqual(once);
  });

  it('replaces stale keys left by older code', () => {
    const stale = { ...v1Row, searchKeys: ['old'] };
    expect(migrateVolunteerToV2(stale).searchKeys).not.toContain('old');
  });

  it('copes with a soft-deleted row without an ID number', () => {
    const row = { ...v1Row, idType: '其他' as const, idNumber: '', deletedAt: 1_700_000_900_000 };
    expect(migrateVolunteerToV2(row)).toMatchObject({
      deletedAt: 1_700_000_900_000,
      searchKeys: ['张三', '5678', 'zyz000001', 'zhangsan', 'zs'],
    });
  });
});

describe('MIGRATIONS', () => {
  // Adding a schema version means adding it here too, with its own upgrade test in tests/db/upgrade.
  it('lists versions 1 to 14 in order without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('describes exactly the versions the database declares', () => {
    expect(SCHEMA_HISTORY.map((s) => s.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(SCHEMA_HISTORY.map((s) => s.version));
  });

  it('names each migration uniquely in kebab-case and describes it', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names).toEqual([
      'initial',
      'volunteer-search-keys',
      'frozen-document-images',
      'audit-hash-chain',
      'volunteer-given-name-keys',
      'activity-fields',
      'daily-totals',
      'room-days',
      'served-compact',
      'duty-rosters',
      'roster-months',
      'sync-outbox',
      'booking-status-index',
      'numbers-not-unique',
    ]);
    expect(new Set(names).size).toBe(names.length);
    for (const m of MIGRATIONS) {
      expect(m.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.description.length).toBeGreaterThan(10);
    }
  });

  it('documents version 2 as the volunteer search keys migration', () => {
    expect(MIGRATIONS.find((m) => m.version === 2)?.name).toBe('volunteer-search-keys');
  });

  it('documents version 3 as freezing the template images of issued documents', () => {
    const v3 = MIGRATIONS.find((m) => m.version === 3);
    expect(v3?.name).toBe('frozen-document-images');
    expect(v3?.description).toContain('assets');
  });

  it('documents version 4 as chaining the audit log by hash', () => {
    const v4 = MIGRATIONS.find((m) => m.version === 4);
    expect(v4?.name).toBe('audit-hash-chain');
    expect(v4?.description).toContain('SHA-256');
  });

  it('documents version 5 as indexing the given name, migrated row by row', () => {
    const v5 = MIGRATIONS.find((m) => m.version === 5);
    expect(v5?.name).toBe('volunteer-given-name-keys');
    expect(v5?.description).toContain('migrateVolunteerToV5');
  });

  it('adds the given name and its pinyin to a stored row and leaves its bookkeeping alone', () => {
    const row = { ...migrateVolunteerToV2(v1Row), name: '李晓峰' };
    const migrated = migrateVolunteerToV5(row);
    expect(migrated.searchKeys).toEqual(expect.arrayContaining(['晓峰', 'xiaofeng']));
    expect(migrated.updatedAt).toBe(row.updatedAt);
    expect(migrateVolunteerToV5(migrated)).toEqual(migrated);
  });

  it('gives an activity stored before version 6 the empty fields of a full record, keeping its own', () => {
    const old = { id: 'a-1', title: '读书会', participants: 30, updatedAt: 5 } as never;
    const migrated = migrateActivityToV6(old);
    expect(migrated).toMatchObject({ title: '读书会', participants: 30, updatedAt: 5 });
    expect(migrated.photoIds).toEqual([]);
    expect(migrated.projectId).toBeNull();
    expect(migrated.serviceObject).toBe('');
    expect(migrateActivityToV6(migrated)).toEqual(migrated);
  });

  it('names the database upgrade step of a version after its migration', () => {
    expect(SCHEMA_HISTORY.map((s) => [s.version, s.upgrade ?? null])).toEqual([
      [1, null],
      [2, 'volunteer-search-keys'],
      [3, null],
      [4, null],
      [5, 'volunteer-given-name-keys'],
      [6, 'activity-fields'],
      [7, 'daily-totals'],
      [8, 'room-days'],
      [9, 'served-compact'],
      [10, null],
      [11, 'roster-months'],
      [12, null],
      [13, null],
      [14, null],
    ]);
    for (const step of SCHEMA_HISTORY.filter((s) => s.upgrade)) {
      expect(MIGRATIONS.find((m) => m.version === step.version)?.name).toBe(step.upgrade);
    }
  });

  it('documents version 12 as adding the sync tables without touching rows', () => {
    const v12 = MIGRATIONS.find((m) => m.version === 12);
    expect(v12?.name).toBe('sync-outbox');
    for (const table of ['syncMeta', 'outbox', 'syncConflicts']) expect(v12?.description).toContain(table);
  });

  it('reports the newest version, the one the database opens at', () => {
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)?.version);
    expect(LATEST_SCHEMA_VERSION).toBe(14);
    expect(DATABASE_SCHEMA_VERSION).toBe(14);
  });
});
