import { afterEach, describe, expect, it } from 'vitest';
import { planKindImport, readKindRow, type ImportKind, type KindReadRow } from '@shared/exchange/import-kind';
import { ROOM_IMPORT } from '@shared/exchange/import-places';
import { ORGANISATION_IMPORT } from '@shared/exchange/import-organisations';
import type { RawCell } from '@shared/exchange/import-cells';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import type { PlaceImportKind } from '../../renderer/src/db/repos/place-import';
import { openTestDesk } from './helpers';

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

const ORG_COLUMNS = ['name', 'type', 'contactName', 'phone', 'notes'] as const;
const ROOM_COLUMNS = ['name', 'kind', 'capacity', 'location'] as const;

async function planFor<F extends string, V extends { name: string }>(
  repos: Repos,
  which: PlaceImportKind,
  kind: ImportKind<F, V>,
  columns: readonly F[],
  rows: RawCell[][],
) {
  const read = rows
    .map((c, i) => readKindRow(kind, c, columns, i + 2))
    .filter((r): r is KindReadRow<V> => r !== null);
  const names = read.flatMap((r) => (r.values ? [r.values.name] : []));
  return planKindImport(kind, read, await repos.placeImport.existingByName(which, names));
}

const orgRows = (n: number, notes = ''): RawCell[][] =>
  Array.from({ length: n }, (_, i) => [`单位${i + 1}`, '企业', `联系人${i + 1}`, '13812345678', notes]);

const orgPlan = (repos: Repos, rows: RawCell[][]) =>
  planFor(repos, 'organisations', ORGANISATION_IMPORT, ORG_COLUMNS, rows);

async function snapshot(d: DeskDatabase) {
  return {
    organisations: await d.organisations.orderBy('id').toArray(),
    rooms: await d.rooms.orderBy('id').toArray(),
  };
}

describe('room and organisation import', () => {
  it('adds new organisations in chunks, each with an audit entry naming the staff member', async () => {
    const desk = await openTestDesk('place-import');
    db = desk.db;
    const plan = await orgPlan(desk.repos, [...orgRows(3), ['坏单位', '企业', '某人', '123', '']]);
    expect(plan.counts).toEqual({ new: 3, existing: 0, duplicate: 0, invalid: 1 });
    const progress: number[] = [];
    const result = await desk.repos.placeImport.runOrganisations(plan, {
      existing: 'skip',
      chunkSize: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual({ created: 3, filled: 0, cancelled: false });
    expect(progress).toEqual([2, 3]);
    const orgs = await desk.repos.places.organisations();
    expect(orgs.map((o) => [o.name, o.type, o.phone, o.noShowCount])).toEqual([
      ['单位1', '企业', '13812345678', 0],
      ['单位2', '企业', '13812345678', 0],
      ['单位3', '企业', '13812345678', 0],
    ]);
    const audit = (await db.auditLog.toArray()).filter((a) => a.action === '导入单位');
    expect(audit.map((a) => [a.actor, a.entity])).toEqual([
      ['测试员', 'organisations'],
      ['测试员', 'organisations'],
      ['测试员', 'organisations'],
    ]);
  });

  it('creates no duplicates when the same file is imported twice', async () => {
    const desk = await openTestDesk('place-import-twice');
    db = desk.db;
    await desk.repos.placeImport.runOrganisations(await orgPlan(desk.repos, orgRows(3)), {
      existing: 'skip',
    });
    const second = await orgPlan(desk.repos, orgRows(3));
    expect(second.counts).toEqual({ new: 0, existing: 3, duplicate: 0, invalid: 0 });
    const result = await desk.repos.placeImport.runOrganisations(second, { existing: 'skip' });
    expect(result.created).toBe(0);
    expect(await db.organisations.count()).toBe(3);
  });

  it('fills only the empty fields of organisations on record when asked to', async () => {
    const desk = await openTestDesk('place-import-fill');
    db = desk.db;
    await desk.repos.placeImport.runOrganisations(await orgPlan(desk.repos, orgRows(1)), {
      existing: 'skip',
    });
    const file: RawCell[][] = [['单位1', '学校', '别人', '13900000000', '周三下午']];
    const skipped = await desk.repos.placeImport.runOrganisations(await orgPlan(desk.repos, file), {
      existing: 'skip',
    });
    expect(skipped).toEqual({ created: 0, filled: 0, cancelled: false });
    const filled = await desk.repos.placeImport.runOrganisations(await orgPlan(desk.repos, file), {
      existing: 'fill',
    });
    expect(filled).toEqual({ created: 0, filled: 1, cancelled: false });
    const [org] = await desk.repos.places.organisations();
    // Type, contact and phone were set already: only the empty 备注 is taken from the file.
    expect([org?.type, org?.contactName, org?.phone, org?.notes]).toEqual([
      '企业',
      '联系人1',
      '13812345678',
      '周三下午',
    ]);
    const entry = (await db.auditLog.toArray()).find((a) => a.action === '导入补充单位信息');
    expect((entry?.before as { notes: string }).notes).toBe('');
  });

  it('leaves the database as it was when cancelled part-way, filled rows put back', async () => {
    const desk = await openTestDesk('place-import-cancel');
    db = desk.db;
    await desk.repos.placeImport.runOrganisations(await orgPlan(desk.repos, orgRows(2)), {
      existing: 'skip',
    });
    const before = await snapshot(db);
    const plan = await orgPlan(desk.repos, orgRows(6, '新备注'));
    const controller = new AbortController();
    const result = await desk.repos.placeImport.runOrganisations(plan, {
      existing: 'fill',
      chunkSize: 2,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 4) controller.abort();
      },
    });
    expect(result).toEqual({ created: 0, filled: 0, cancelled: true });
    expect(await snapshot(db)).toEqual(before);
    expect((await db.auditLog.toArray()).some((a) => a.action === '取消导入单位')).toBe(true);
  });

  it('imports rooms with the room form defaults, after the rooms already there, and skips same names', async () => {
    const desk = await openTestDesk('place-import-rooms');
    db = desk.db;
    const rows: RawCell[][] = [
      ['大讲堂', '讲堂', 120, '一楼'],
      ['活动室一', '', '30人', '二楼'],
      ['大讲堂', '讲堂', 80, '三楼'],
      ['会议室', '会议室', 20, ''],
    ];
    const plan = await planFor(desk.repos, 'rooms', ROOM_IMPORT, ROOM_COLUMNS, rows);
    expect(plan.counts).toEqual({ new: 2, existing: 0, duplicate: 1, invalid: 1 });
    expect(await desk.repos.placeImport.runRooms(plan, { existing: 'skip' })).toEqual({
      created: 2,
      filled: 0,
      cancelled: false,
    });
    const rooms = await desk.repos.places.rooms();
    expect(rooms.map((r) => [r.name, r.kind, r.capacity, r.location, r.active])).toEqual([
      ['大讲堂', '讲堂', 120, '一楼', true],
      ['活动室一', '活动室', 30, '二楼', true],
    ]);
    expect(rooms[0]?.openingHours).toHaveLength(6);
    expect((rooms[1]?.sortOrder ?? 0) > (rooms[0]?.sortOrder ?? 0)).toBe(true);
    const again = await planFor(desk.repos, 'rooms', ROOM_IMPORT, ROOM_COLUMNS, rows);
    expect(again.counts).toEqual({ new: 0, existing: 2, duplicate: 1, invalid: 1 });
    await desk.repos.placeImport.runRooms(again, { existing: 'skip' });
    expect(await db.rooms.count()).toBe(2);
  });
});
