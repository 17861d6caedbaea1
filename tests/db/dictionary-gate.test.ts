import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planImport, readImportRow, type ReadRow } from '@shared/exchange/import-plan';
import { stampNew, type Volunteer } from '@shared/model';
import type { DeskDatabase } from '../../renderer/src/db';
import { v1Backup } from '../unit/backup-v1-fixture';
import { memorySource } from './memory-backup-file';
import { volunteerDraft } from './volunteer-fixtures';
import type * as PinyinPro from 'pinyin-pro';

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

/**
 * pinyin-pro as in the renderer build, where the package is renderer/src/db/lazy-pinyin.ts: its dictionary
 * is not in until something loads it (lazy-pinyin's own import of the package's file gets this mock too).
 */
function mockPinyinAsInTheRendererBuild() {
  vi.doMock('pinyin-pro', async (importOriginal) => {
    const real = await importOriginal<typeof PinyinPro>();
    const lazy = await import('../../renderer/src/db/lazy-pinyin');
    const pinyin = ((...args: Parameters<typeof real.pinyin>) => {
      if (!lazy.pinyinLoaded()) throw new Error('拼音字典尚未载入');
      return real.pinyin(...args);
    }) as typeof real.pinyin;
    return { ...real, pinyin };
  });
}
// Each test starts as a desk just opened: a new module registry, the dictionary not loaded.
beforeEach(() => {
  vi.resetModules();
  mockPinyinAsInTheRendererBuild();
});

async function justOpenedDesk() {
  const { openTestDesk } = await import('./helpers');
  const { pinyinLoaded } = await import('../../renderer/src/db/lazy-pinyin');
  const desk = await openTestDesk('dictionary-gate');
  db = desk.db;
  expect(pinyinLoaded()).toBe(false);
  return { ...desk, pinyinLoaded };
}

/** A volunteer stored as an earlier session left them, without going through a write that loads pinyin. */
async function stored(d: DeskDatabase, n: number, name: string): Promise<Volunteer> {
  const row: Volunteer = {
    ...stampNew(
      { ...volunteerDraft(n, 1), name, volunteerNo: `ZYZ00000${n}`, mergedIntoId: null, searchKeys: [] },
      { id: `v${n}`, now: 1, deskId: 'desk-test' },
    ),
  };
  await d.volunteers.add(row);
  return row;
}

const names = async (found: Promise<Volunteer[]>) => (await found).map((v) => v.name);

describe('the pinyin dictionary, loaded after the first screen', () => {
  it('lets reads run without it, and holds a registration until it is in, keys and all', async () => {
    const desk = await justOpenedDesk();
    expect(await desk.repos.volunteers.search('测试')).toEqual([]);
    expect(desk.pinyinLoaded()).toBe(false);

    const saved = await desk.repos.volunteers.register(volunteerDraft(1, desk.ctx.now(), { name: '单田芳' }));

    expect(desk.pinyinLoaded()).toBe(true);
    expect(saved.searchKeys).toEqual(expect.arrayContaining(['shantianfang', 'stf']));
    expect(await names(desk.repos.volunteers.search('stf'))).toEqual(['单田芳']);
  });

  it('holds an edit of a name until it is in, so the new name is found by its pinyin', async () => {
    const desk = await justOpenedDesk();
    await stored(desk.db, 1, '张三');

    await desk.repos.volunteers.update('v1', { name: '单田芳' }, '改名');

    expect(await names(desk.repos.volunteers.search('stf'))).toEqual(['单田芳']);
  });

  it('holds a merge until it is in, and the kept volunteer is found by their pinyin', async () => {
    const desk = await justOpenedDesk();
    await stored(desk.db, 1, '单田芳');
    await stored(desk.db, 2, '单田芳');

    await desk.repos.volunteers.merge('v1', 'v2', '重复登记');

    expect(await names(desk.repos.volunteers.search('shantianfang'))).toEqual(['单田芳']);
  });

  it('holds an import until it is in, and every imported volunteer is found by their pinyin', async () => {
    const desk = await justOpenedDesk();
    const columns = ['name', 'idNumber'] as const;
    const read = [['单田芳', volunteerDraft(7, 1).idNumber]]
      .map((cells, i) => readImportRow(cells, [...columns], i + 2, '2026-11-22'))
      .filter((r): r is ReadRow => r !== null);
    const plan = planImport(read, new Map());

    await desk.repos.volunteerImport.run(plan, { existing: 'skip' });

    expect(await names(desk.repos.volunteers.search('stf'))).toEqual(['单田芳']);
  });

  // One test: PouchDB takes its plugins once per process, whatever the module registry.
  it('holds a pull that merges a volunteer, and a resolution right after a start, until it is in', async () => {
    const desks = await import('./sync-desks');
    try {
      const { a, b, hub } = await desks.twoDesks((d) => d.db.volunteers.put(desks.syncVolunteer()));
      await a.db.volunteers.update('v1', { name: '张叁', phone: '13900000009' });
      await b.db.volunteers.update('v1', { name: '章三', address: '鼓楼区' });

      await desks.converge(a, b, hub);

      const merged = await a.db.volunteers.get('v1');
      expect(merged).toMatchObject({ name: '张叁', phone: '13900000009', address: '鼓楼区' });
      expect(merged?.searchKeys).toEqual(expect.arrayContaining(['zhangsan', '0009']));

      // The desk starts again: a new page, the dictionary not loaded, the name's conflict still open.
      vi.resetModules();
      mockPinyinAsInTheRendererBuild();
      const { createDatabase, openDatabase } = await import('../../renderer/src/db');
      const { conflictsRepo } = await import('../../renderer/src/db/sync/conflicts-repo');
      const { pinyinLoaded } = await import('../../renderer/src/db/lazy-pinyin');
      db = createDatabase(a.db.name);
      await openDatabase(db);
      const conflicts = conflictsRepo(db, a.ctx);
      const [conflict] = await conflicts.listOpen();
      const theirs = conflict?.versions.find((v) => v.deskId === 'desk-b');
      expect(pinyinLoaded()).toBe(false);

      await conflicts.resolve(conflict?.id ?? '', { fields: { name: theirs?.rev ?? '' } });

      const kept = await db.volunteers.get('v1');
      expect(kept?.name).toBe('章三');
      expect(kept?.searchKeys).toEqual(expect.arrayContaining(['zhangsan', '章三']));
    } finally {
      await desks.closeDesks();
    }
  });

  it('gives the volunteers of an old backup their pinyin keys as it is opened', async () => {
    const { openBackup } = await import('../../renderer/src/features/backup/format/stream-reader');

    const opened = await openBackup(memorySource(new TextEncoder().encode(JSON.stringify(v1Backup()))), 2);

    if (!opened.ok || opened.opened.kind !== 'json') throw new Error('not opened as a JSON backup');
    const [row] = opened.opened.backup.tables['volunteers'] as { searchKeys: string[] }[];
    expect(row?.searchKeys).toEqual(expect.arrayContaining(['zhangsan', 'zs']));
  });
});
