import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinTemplate } from '@shared/documents/defaults';
import { makeIdNumber } from '@shared/identity/id-card';
import { maskIdNumber } from '@shared/privacy/mask';
import {
  createDatabase,
  createRepos,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import type { VolunteerDraft } from '../../renderer/src/db/repos/volunteers';
import { testContext, uniqueDbName } from './helpers';
import { FRONT_DESK } from './volunteer-fixtures';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;
const HOUR = 3600_000;
const DAY = 24 * HOUR;

beforeEach(async () => {
  db = createDatabase(uniqueDbName('erasure'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
});
afterEach(() => db.close());

const ID = makeIdNumber({ addressCode: '350102', birthDate: '20120101', sequence: 77 });
const PHONE = '13866661234';
const NAME = '欧阳娜娜';

function person(over: Partial<VolunteerDraft> = {}): VolunteerDraft {
  return {
    name: NAME,
    idType: '居民身份证',
    idNumber: ID,
    gender: '女',
    birthDate: '2012-01-01',
    phone: PHONE,
    politicalStatus: '共青团员',
    address: '鼓楼区三坊七巷十二号',
    workUnit: '鼓楼实验小学',
    skills: ['钢琴'],
    intentions: ['助老'],
    availability: '周末',
    teamIds: [],
    emergencyContact: { name: '欧阳大海', phone: '13900001111' },
    guardian: { name: '欧阳大山', relation: '父亲', phone: '13700002222', consentAt: 1, accompanies: true },
    photo: 'data:image/png;base64,UEhPVE8=',
    consent: { noticeVersion: '2025-01', consentedAt: ctx.now(), idNumberConsent: true },
    notes: '钢琴十级',
    ...over,
  };
}

const desk = FRONT_DESK;

/** Every row of every table as JSON: what must not hold an erased value anywhere. */
async function everyTableAsJson(): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
}

/** A volunteer with a life at the desk: an edit, a reveal, a served session, a past record, a certificate. */
async function busyVolunteer() {
  const v = await repos.volunteers.register(person());
  await repos.volunteers.update(v.id, { phone: PHONE, address: '鼓楼区三坊七巷十三号' }, `${NAME}搬家`);
  await repos.volunteers.reveal(v.id, 'idNumber');
  await repos.serviceRecords.signIn(v.id, desk);
  ctx.advance(3 * HOUR);
  const onDuty = await repos.serviceRecords.onDuty();
  await repos.serviceRecords.signOut(onDuty[0]?.id ?? '');
  await repos.serviceRecords.addPast(v.id, {
    ...desk,
    signInAt: ctx.now() - 2 * DAY,
    signOutAt: ctx.now() - 2 * DAY + 2 * HOUR,
    evaluation: `${NAME}表现很好`,
    reason: `${NAME}忘记签到`,
  });
  const layout = builtinTemplate('builtin:honour-a4')?.layout;
  if (!layout) throw new Error('no template');
  await repos.documents.issue([
    {
      kind: '荣誉证书',
      templateId: 'builtin:honour-a4',
      layout,
      recipientType: 'volunteer',
      recipientId: v.id,
      recipientName: NAME,
      content: { 姓名: NAME, 证件号码: maskIdNumber(ID) },
      rows: [],
    },
  ]);
  return v;
}

describe('anonymising a volunteer (注销)', () => {
  it('leaves the ID number, name and phone in no table, while the period totals stay the same', async () => {
    const other = await repos.volunteers.register(
      person({
        name: '陈明',
        idNumber: makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: 5 }),
        phone: '13800000005',
        guardian: null,
        emergencyContact: null,
        address: '',
        photo: null,
      }),
    );
    const v = await busyVolunteer();
    const from = ctx.now() - 30 * DAY;
    const to = ctx.now() + DAY;
    const before = await repos.reports.periodSummary(from, to);
    const totalsBefore = await repos.serviceRecords.totals(v.id, 0);
    expect(await everyTableAsJson()).toContain(ID);

    const after = await repos.volunteers.anonymise(v.id, v.volunteerNo.toLowerCase());

    const json = await everyTableAsJson();
    for (const erased of [
      ID,
      maskIdNumber(ID),
      PHONE,
      '138****1234',
      NAME,
      '欧阳大山',
      '欧阳大海',
      '13700002222',
      '三坊七巷',
      'UEhPVE8=',
    ])
      expect(json, erased).not.toContain(erased);
    expect(json).toContain(other.idNumber);
    const backup = JSON.stringify(await repos.backup.exportAll('test'));
    for (const erased of [ID, PHONE, NAME]) expect(backup, erased).not.toContain(erased);
    expect(backup).toContain(other.idNumber);
    expect(after.name).toBe(`已注销志愿者 ${v.volunteerNo}`);
    expect(await repos.reports.periodSummary(from, to)).toEqual(before);
    expect(await repos.serviceRecords.totals(v.id, 0)).toEqual(totalsBefore);
    expect(before.volunteerMinutes).toBeGreaterThan(0);
  });

  it('is found by no old search key and no longer counted as a live volunteer', async () => {
    const v = await busyVolunteer();
    await repos.volunteers.anonymise(v.id, v.volunteerNo);
    for (const q of [NAME, 'oyn', 'ouyang', '1234', ID.slice(-4)])
      expect(await repos.volunteers.search(q), q).toEqual([]);
    expect(await repos.volunteers.count()).toBe(0);
    expect(await db.volunteers.where('idNumber').equals(ID).count()).toBe(0);
    expect(await repos.volunteers.checkDuplicates({ ...person(), idNumber: ID })).toMatchObject({
      blocking: null,
    });
  });

  it('logs the erasure by number only, and is refused a second time or with the wrong number', async () => {
    const v = await busyVolunteer();
    await expect(repos.volunteers.anonymise(v.id, 'ZYZ999999')).rejects.toThrow('志愿者编号不符');
    expect((await repos.volunteers.get(v.id))?.name).toBe(NAME);
    await repos.volunteers.anonymise(v.id, v.volunteerNo);
    const entry = (await repos.volunteers.history(v.id)).find((e) => e.action === '注销并匿名化志愿者');
    expect(entry).toMatchObject({ actor: '测试员', after: { volunteerNo: v.volunteerNo } });
    await expect(repos.volunteers.anonymise(v.id, v.volunteerNo)).rejects.toThrow('已注销');
    await expect(repos.volunteers.restore(v.id)).rejects.toThrow('不能恢复');
  });

  it('keeps the audit chain verifiable, while a later change to an erased entry still breaks it', async () => {
    const v = await busyVolunteer();
    await repos.volunteers.anonymise(v.id, v.volunteerNo);
    const report = await repos.audit.verify(() => undefined);
    expect(report.broken).toBeNull();
    expect(report.checked).toBe(await db.auditLog.count());
    const redacted = (await db.auditLog.toArray()).filter((e) => e.redactedBy);
    expect(redacted.map((e) => e.action).sort()).toEqual(['修改志愿者信息', '登记志愿者', '补录服务记录']);
    const target = redacted[0];
    if (!target) throw new Error('no redacted entry');
    await db.auditLog.put({ ...target, reason: '改过' });
    expect((await repos.audit.verify(() => undefined)).broken).toMatchObject({
      kind: 'changed',
      entry: { id: target.id },
    });
  });

  it('anonymises a soft-deleted volunteer too, keeping its deletion time', async () => {
    const v = await repos.volunteers.register(person());
    ctx.advance(HOUR);
    await repos.volunteers.remove(v.id);
    const deletedAt = (await repos.volunteers.get(v.id))?.deletedAt;
    ctx.advance(HOUR);
    await repos.volunteers.anonymise(v.id, v.volunteerNo);
    expect(await everyTableAsJson()).not.toContain(ID);
    expect((await repos.volunteers.get(v.id))?.deletedAt).toBe(deletedAt);
    expect(await repos.volunteers.count()).toBe(0);
  });

  it('is refused while the volunteer is signed in, changing nothing', async () => {
    const v = await repos.volunteers.register(person());
    await repos.serviceRecords.signIn(v.id, desk);
    await expect(repos.volunteers.anonymise(v.id, v.volunteerNo)).rejects.toThrow('正在服务中');
    expect((await repos.volunteers.get(v.id))?.idNumber).toBe(ID);
  });
});

describe('volunteers inactive for review', () => {
  it('lists those with no sign-in or registration since the cutoff, oldest first, in chunks', async () => {
    const idOf = (n: number) => makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: n });
    const quiet = await repos.volunteers.register(
      person({ name: '安静', idNumber: idOf(1), phone: '13800000001' }),
    );
    const served = await repos.volunteers.register(
      person({ name: '常来', idNumber: idOf(2), phone: '13800000002' }),
    );
    ctx.advance(400 * DAY);
    await repos.serviceRecords.signIn(served.id, desk);
    ctx.advance(HOUR);
    await repos.serviceRecords.signOut((await repos.serviceRecords.onDuty())[0]?.id ?? '');
    const fresh = await repos.volunteers.register(
      person({ name: '新人', idNumber: idOf(3), phone: '13800000003' }),
    );
    const seen: number[] = [];
    const found = await repos.volunteers.findInactive(ctx.now() - 100 * DAY, (n) => seen.push(n));
    expect(found.map((x) => x.id)).toEqual([quiet.id]);
    expect(found[0]).toMatchObject({ name: '安静', deleted: false });
    expect(seen).toEqual([3]);
    expect(fresh.id).not.toBe(quiet.id);
  });
});
