import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import { builtinTemplate } from '@shared/documents/defaults';
import { counterKey, formatDocumentNumber } from '@shared/documents/numbering';
import {
  stampNew,
  type DocumentKind,
  type DocumentTemplate,
  type IssuedDocument,
  type NumberCounter,
} from '@shared/model';
import { createDatabase, createRepos, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../renderer/src/db/schema';
import { rowCounts, testContext, uniqueDbName } from './helpers';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Writes the fixture exactly as the v1 app stored it: no search keys on volunteers. */
async function writeV1Fixture(name: string): Promise<void> {
  const v1 = createDatabase(name, SCHEMA_HISTORY.slice(0, 1));
  await v1.open();
  const demo = generateDemoData({ now: Date.UTC(2026, 10, 22, 2), seed: 7, deskId: 'desk-v1' });
  const v1Volunteers = demo.volunteers.slice(0, 30).map((row) => {
    const v1Row: Partial<typeof row> = { ...row };
    delete v1Row.searchKeys;
    return v1Row;
  });
  await v1.table('volunteers').bulkAdd(v1Volunteers);
  await v1.rooms.bulkAdd(demo.rooms);
  await v1.bookings.bulkAdd(demo.bookings);
  v1.close();
}

describe('upgrading a v1 database', () => {
  it('keeps every row and makes v1 volunteers findable by the search box', async () => {
    const name = uniqueDbName('v1');
    await writeV1Fixture(name);

    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.volunteers.count()).toBe(30);
    expect(await db.rooms.count()).toBe(7);

    const someone = (await db.volunteers.toArray())[5];
    if (!someone) throw new Error('fixture has volunteers');
    expect(someone.searchKeys).toContain(someone.phone.slice(-4));

    const found = await createRepos(db, testContext()).people.searchVolunteers(someone.name);
    expect(found.map((v) => v.id)).toContain(someone.id);
  });

  it('leaves the bookkeeping of migrated rows untouched', async () => {
    const name = uniqueDbName('v1-stamps');
    await writeV1Fixture(name);
    const before = createDatabase(name, SCHEMA_HISTORY.slice(0, 1));
    await before.open();
    const original = await before.volunteers.toArray();
    before.close();
    expect(original).toHaveLength(30);

    const db = createDatabase(name);
    opened.push(db);
    await openDatabase(db);
    const after = await db.volunteers.toArray();
    expect(after.map((v) => [v.id, v.updatedAt, v.deskId])).toEqual(
      original.map((v) => [v.id, v.updatedAt, v.deskId]),
    );
  });
});

const V2_NOW = Date.UTC(2026, 10, 20, 2);
const V2_DESK = 'desk-v2';
const BACKGROUND = 'data:image/png;base64,YmFja2dyb3VuZA==';
const SEAL = 'data:image/png;base64,c2VhbA==';
const LETTER_SEAL = 'data:image/png;base64,bGV0dGVyLXNlYWw=';
const NEW_SEAL = 'data:image/png;base64,bmV3LXNlYWw=';

function layoutOf(templateId: string): IssuedDocument['layout'] {
  const builtin = builtinTemplate(templateId);
  if (!builtin) throw new Error(`no built-in template ${templateId}`);
  return builtin.layout;
}

/** A template row as the v2 app stored it (the row shape did not change in v3). */
function v2Template(
  id: string,
  kind: DocumentKind,
  name: string,
  base: string,
  images: Pick<DocumentTemplate, 'backgroundImage' | 'printBackground' | 'sealImage'>,
): DocumentTemplate {
  const layout = layoutOf(base);
  return stampNew(
    { kind, name, isDefault: false, paper: layout.paper, body: layout, ...images },
    { id, now: V2_NOW - 86_400_000, deskId: V2_DESK },
  );
}

/** An issued document as the v2 app stored it: no `images`, it printed with the template's images. */
function v2Document(
  id: string,
  kind: DocumentKind,
  sequence: number,
  templateId: string,
  recipientName: string,
  printCount = 0,
): Omit<IssuedDocument, 'images'> {
  const number = formatDocumentNumber(kind, 2026, sequence);
  const layout = layoutOf(kind === '感谢信' ? 'builtin:thanks-volunteer' : 'builtin:honour-a4');
  return stampNew(
    {
      kind,
      number,
      year: 2026,
      templateId,
      recipientType: 'volunteer' as const,
      recipientId: null,
      recipientName,
      content: { 姓名: recipientName, 编号: number },
      rows: [],
      layout,
      issuedAt: V2_NOW,
      issuedBy: '前台',
      printCount,
      status: printCount > 0 ? ('已打印' as const) : ('待打印' as const),
      voidReason: null,
      lastPrintError: null,
    },
    { id, now: V2_NOW, deskId: V2_DESK },
  );
}

let v2Demo: ReturnType<typeof generateDemoData> | undefined;

const V2_DOCUMENTS = [
  v2Document('doc-honour-1', '荣誉证书', 1, 'tpl-honour', '李华', 1),
  v2Document('doc-honour-2', '荣誉证书', 2, 'tpl-honour', '王芳'),
  v2Document('doc-letter-1', '感谢信', 1, 'tpl-letter', '陈明'),
  v2Document('doc-builtin-3', '荣誉证书', 3, 'builtin:honour-a4', '赵磊'),
];

/**
 * Writes a database exactly as the v2 app left it: declared with the shipped v1 and v2 schema only,
 * demo rows, the center's own templates with a background and seals, and documents issued from them.
 */
async function writeV2Fixture(name: string): Promise<void> {
  const v2 = createDatabase(name, SCHEMA_HISTORY.slice(0, 2));
  await v2.open();
  if (v2.verno !== 2 || v2.tables.some((t) => t.name === 'assets')) throw new Error('not a v2 database');
  v2Demo ??= generateDemoData({ now: V2_NOW, seed: 11, deskId: V2_DESK });
  const demo = v2Demo;
  await v2.rooms.bulkAdd(demo.rooms);
  await v2.organisations.bulkAdd(demo.organisations);
  await v2.teams.bulkAdd(demo.teams);
  await v2.volunteers.bulkAdd(demo.volunteers.slice(0, 40));
  await v2.bookings.bulkAdd(demo.bookings);
  await v2.templates.bulkAdd([
    v2Template('tpl-honour', '荣誉证书', '本中心荣誉证书', 'builtin:honour-a4', {
      backgroundImage: BACKGROUND,
      printBackground: true,
      sealImage: SEAL,
    }),
    v2Template('tpl-letter', '感谢信', '感谢信（红头）', 'builtin:thanks-volunteer', {
      backgroundImage: null,
      printBackground: false,
      sealImage: LETTER_SEAL,
    }),
  ]);
  await v2.table('documents').bulkAdd(V2_DOCUMENTS);
  const counters: NumberCounter[] = [
    stampNew({ key: counterKey('荣誉证书', 2026), last: 3 }, { id: 'c-ry', now: V2_NOW, deskId: V2_DESK }),
    stampNew({ key: counterKey('感谢信', 2026), last: 1 }, { id: 'c-gx', now: V2_NOW, deskId: V2_DESK }),
  ];
  await v2.counters.bulkAdd(counters);
  v2.close();
}

describe('upgrading a v2 database', () => {
  it('keeps every row and every issued document as it was, and adds an empty image store', async () => {
    const name = uniqueDbName('v2');
    await writeV2Fixture(name);
    const v2 = createDatabase(name, SCHEMA_HISTORY.slice(0, 2));
    await v2.open();
    const before = await rowCounts(v2);
    v2.close();
    expect(before).toMatchObject({ documents: 4, templates: 2, counters: 2, volunteers: 40 });

    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await rowCounts(db)).toEqual({
      ...before,
      assets: 0,
      projects: 0,
      photos: 0,
      honours: 0,
      exportRuns: 0,
      exportMarks: 0,
      // v7 counts the held bookings carried over (sessions of the center) into stored totals.
      dailyTotals: expect.any(Number) as number,
      monthlyTotals: expect.any(Number) as number,
      volunteerDays: 0,
      volunteerMonths: 0,
      // v8 stores the rooms' use of the bookings carried over, one row per day with any.
      roomDays: expect.any(Number) as number,
      // v10's duty rosters start empty.
      dutyPosts: 0,
      schoolTerms: 0,
      rosterPatterns: 0,
      rosterEntries: 0,
      rosterMonths: 0,
      // v12's sync tables start empty: nothing is queued while no center is set.
      syncMeta: 0,
      outbox: 0,
      syncConflicts: 0,
    });
    expect(await db.documents.orderBy('id').toArray()).toEqual(
      [...V2_DOCUMENTS].sort((a, b) => a.id.localeCompare(b.id)),
    );

    const someone = (await db.volunteers.toArray())[7];
    if (!someone) throw new Error('fixture has volunteers');
    const found = await createRepos(db, testContext()).people.searchVolunteers(someone.name);
    expect(found.map((v) => v.id)).toContain(someone.id);
  });

  it("prints documents issued under v2 with their template's background and seal", async () => {
    const name = uniqueDbName('v2-print');
    await writeV2Fixture(name);
    const db = createDatabase(name);
    opened.push(db);
    await openDatabase(db);
    const repos = createRepos(db, testContext());

    const docs = await repos.documents.byIds(V2_DOCUMENTS.map((d) => d.id));
    expect(docs.map((d) => d.number)).toEqual([
      'RY-2026-00001',
      'RY-2026-00002',
      'GX-2026-00001',
      'RY-2026-00003',
    ]);
    const images = await repos.documents.imagesOf(docs);
    expect(docs.map((d) => [d.number, images.get(d.id)])).toEqual([
      ['RY-2026-00001', { backgroundImage: BACKGROUND, printBackground: true, sealImage: SEAL }],
      ['RY-2026-00002', { backgroundImage: BACKGROUND, printBackground: true, sealImage: SEAL }],
      ['GX-2026-00001', { backgroundImage: null, printBackground: false, sealImage: LETTER_SEAL }],
      ['RY-2026-00003', { backgroundImage: null, printBackground: false, sealImage: null }],
    ]);
  });

  it('continues the v2 numbering and keeps the seal of documents issued after the upgrade', async () => {
    const name = uniqueDbName('v2-issue');
    await writeV2Fixture(name);
    const db = createDatabase(name);
    opened.push(db);
    await openDatabase(db);
    const ctx = testContext();
    const repos = createRepos(db, ctx);

    const [issued] = await repos.documents.issue([
      {
        kind: '荣誉证书',
        templateId: 'tpl-honour',
        layout: layoutOf('builtin:honour-a4'),
        recipientType: 'volunteer',
        recipientId: null,
        recipientName: '孙丽',
        content: { 姓名: '孙丽' },
        rows: [],
      },
    ]);
    if (!issued) throw new Error('one document issued');
    expect(issued.number).toBe('RY-2026-00004');

    ctx.advance(60_000);
    const template = await repos.templates.get('tpl-honour');
    if (!template) throw new Error('the v2 template is still there');
    await repos.templates.save('荣誉证书', { ...template.form, sealImage: NEW_SEAL }, 'tpl-honour');

    const [v2Doc] = await repos.documents.byIds(['doc-honour-1']);
    if (!v2Doc) throw new Error('the v2 document is still there');
    const images = await repos.documents.imagesOf([issued, v2Doc]);
    // Frozen at issue under v3; a v2 document has nothing frozen and follows the template.
    expect(images.get(issued.id)).toEqual({
      backgroundImage: BACKGROUND,
      printBackground: true,
      sealImage: SEAL,
    });
    expect(images.get(v2Doc.id)).toEqual({
      backgroundImage: BACKGROUND,
      printBackground: true,
      sealImage: NEW_SEAL,
    });
  });
});

/** An audit log as the v3 app wrote it: no chain fields, no seq index. */
async function writeV3Fixture(name: string): Promise<void> {
  const v3 = createDatabase(name, SCHEMA_HISTORY.slice(0, 3));
  await v3.open();
  if (v3.verno !== 3) throw new Error('not a v3 database');
  await v3.auditLog.bulkAdd(
    Array.from({ length: 5 }, (_, i) =>
      stampNew(
        {
          at: Date.UTC(2026, 10, 1, 3, i),
          actor: '前台',
          action: '新建场地',
          entity: 'rooms',
          entityId: `room-${i}`,
          before: null,
          after: null,
          reason: null,
        },
        { id: `v3-audit-${i}`, now: Date.UTC(2026, 10, 1, 3, i), deskId: 'desk-v3' },
      ),
    ),
  );
  v3.close();
}

describe('upgrading a v3 database', () => {
  it('keeps every audit entry and starts the hash chain after them', async () => {
    const name = uniqueDbName('v3');
    await writeV3Fixture(name);
    const v3 = createDatabase(name, SCHEMA_HISTORY.slice(0, 3));
    await v3.open();
    const before = await v3.auditLog.orderBy('id').toArray();
    v3.close();
    expect(before).toHaveLength(5);
    expect(before.filter((e) => 'seq' in e)).toEqual([]);

    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.auditLog.orderBy('id').toArray()).toEqual(before);

    const repos = createRepos(db, testContext(Date.UTC(2026, 11, 1, 2)));
    expect(await repos.audit.verify(() => undefined)).toEqual({ checked: 0, older: 5, broken: null });
    await repos.settings.set('centerProfile', {
      name: '鼓楼区新时代文明实践中心',
      level: '中心',
      address: '东街99号',
      phone: '0591-87654321',
    });
    const [first] = await db.auditLog.where('seq').equals(1).toArray();
    expect(first).toMatchObject({ seq: 1, action: '新建设置' });
    expect(await repos.audit.verify(() => undefined)).toEqual({ checked: 1, older: 5, broken: null });
    const page = await repos.audit.page({ entity: 'rooms' }, null, 10);
    expect(page.rows.map((e) => e.id)).toEqual([
      'v3-audit-4',
      'v3-audit-3',
      'v3-audit-2',
      'v3-audit-1',
      'v3-audit-0',
    ]);
  });
});
