import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinTemplate } from '@shared/documents/defaults';
import type { DocumentKind } from '@shared/model';
import {
  createDatabase,
  createRepos,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import type { IssueDraft } from '../../renderer/src/db/repos/documents';
import { testContext, uniqueDbName } from './helpers';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

beforeEach(async () => {
  db = createDatabase(uniqueDbName('documents'));
  await openDatabase(db);
  ctx = testContext(Date.UTC(2026, 10, 22, 2, 0));
  repos = createRepos(db, ctx);
});
afterEach(() => db.close());

const draft = (name: string, kind: DocumentKind = '荣誉证书'): IssueDraft => ({
  kind,
  templateId: 'builtin:honour-a4',
  layout: must(builtinTemplate('builtin:honour-a4')).layout,
  recipientType: 'volunteer',
  recipientId: null,
  recipientName: name,
  content: { 姓名: name },
  rows: [],
});

describe('issuing documents', () => {
  it('numbers issues sequentially per kind and freezes the number into the content', async () => {
    const [a] = await repos.documents.issue([draft('李华')]);
    const [b, c] = await repos.documents.issue([draft('王芳'), draft('陈明')]);
    const [letter] = await repos.documents.issue([draft('赵磊', '感谢信')]);
    expect([a?.number, b?.number, c?.number]).toEqual(['RY-2026-00001', 'RY-2026-00002', 'RY-2026-00003']);
    expect(letter?.number).toBe('GX-2026-00001');
    expect(b?.content['编号']).toBe('RY-2026-00002');
    expect(b?.status).toBe('待打印');
  });

  it('lists the register newest batch first and each batch in number order, even at the cut', async () => {
    // Ids that sort against the numbers, as random UUIDs often do.
    let id = 0;
    // 7 and 100 are coprime: every id once, in an order unrelated to the numbers.
    const shuffled = createRepos(db, {
      ...ctx,
      newId: () => `id-${String(((id += 1) * 7) % 100).padStart(2, '0')}`,
    });
    await shuffled.documents.issue(Array.from({ length: 12 }, (_, i) => draft(`甲${i}`)));
    ctx.advance(60_000);
    await shuffled.documents.issue([draft('乙0'), draft('乙1'), draft('乙2')]);
    const ry = (n: number) => `RY-2026-${String(n).padStart(5, '0')}`;
    const laterBatch = [13, 14, 15].map(ry);
    const firstBatch = Array.from({ length: 12 }, (_, i) => ry(i + 1));
    const numbers = (await repos.documents.register()).map((d) => d.number);
    expect(numbers).toEqual([...laterBatch, ...firstBatch]);
    const cut = (await repos.documents.register({ limit: 5 })).map((d) => d.number);
    expect(cut).toEqual([...laterBatch, ry(1), ry(2)]);
  });

  it('refuses a 表彰事由 too long for the certificate, naming the recipient and the field, and numbers nothing', async () => {
    const reason =
      '在2026年度新时代文明实践志愿服务工作中长期坚持开展文明交通劝导和河道巡护，表现突出'.repeat(3);
    const long: IssueDraft = {
      ...draft('王芳'),
      content: {
        姓名: '王芳',
        表彰事由: reason,
        荣誉称号: '优秀志愿者',
        出具单位: '鼓楼区新时代文明实践中心',
      },
    };
    await expect(repos.documents.issue([draft('李华'), long])).rejects.toThrow(
      '王芳的荣誉证书排不下：“表彰事由”太长',
    );
    expect(await db.documents.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
    const [next] = await repos.documents.issue([draft('李华')]);
    expect(next?.number).toBe('RY-2026-00001');
  });

  it('restarts the sequence in a new year', async () => {
    await repos.documents.issue([draft('李华'), draft('王芳')]);
    ctx.advance(45 * 24 * 3600_000); // into 2027
    const [next] = await repos.documents.issue([draft('陈明')]);
    expect(next?.number).toBe('RY-2027-00001');
  });

  it('never gives two concurrent issues the same number', async () => {
    const batches = await Promise.all(
      Array.from({ length: 8 }, (_, i) => repos.documents.issue([draft(`甲${i}`), draft(`乙${i}`)])),
    );
    const numbers = batches.flat().map((d) => d.number);
    expect(new Set(numbers).size).toBe(16);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 16 }, (_, i) => `RY-2026-${String(i + 1).padStart(5, '0')}`),
    );
    expect(await repos.documents.lastNumber('荣誉证书', 2026)).toBe(16);
  });

  it('keeps the number of a failed print for a retry, and counts reprints under the same number', async () => {
    const [doc] = await repos.documents.issue([draft('李华')]);
    await repos.documents.recordPrint([must(doc).id], { ok: false, error: '打印机缺纸' });
    let [row] = await repos.documents.byIds([must(doc).id]);
    expect(row).toMatchObject({ status: '打印失败', lastPrintError: '打印机缺纸', number: must(doc).number });
    await repos.documents.recordPrint([must(doc).id], { ok: true });
    await repos.documents.recordPrint([must(doc).id], { ok: true });
    [row] = await repos.documents.byIds([must(doc).id]);
    expect(row).toMatchObject({
      status: '已打印',
      printCount: 2,
      number: must(doc).number,
      lastPrintError: null,
    });
  });

  it('voids only with a reason, keeps the entry findable by number, and can undo the void', async () => {
    const [doc] = await repos.documents.issue([draft('李华')]);
    await expect(repos.documents.voidDocument(must(doc).id, '  ')).rejects.toThrow('作废必须填写原因');
    await repos.documents.voidDocument(must(doc).id, '姓名写错');
    expect(await repos.documents.byNumber(must(doc).number)).toMatchObject({
      status: '已作废',
      voidReason: '姓名写错',
    });
    await repos.documents.restoreDocument(must(doc).id);
    expect(await repos.documents.byNumber(must(doc).number)).toMatchObject({
      status: '待打印',
      voidReason: null,
    });
    const audit = await repos.audit.recent();
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['开具文书', '作废文书', '撤销作废']));
  });

  it('lists the built-in templates and the center’s own variants, and restores a deleted one', async () => {
    const base = must(builtinTemplate('builtin:thanks-volunteer'));
    const id = await repos.templates.save('感谢信', {
      name: '感谢信（红头）',
      layout: base.layout,
      backgroundImage: null,
      printBackground: false,
      sealImage: null,
    });
    expect((await repos.templates.list('感谢信')).map((t) => t.name)).toEqual([
      '感谢信（致志愿者）',
      '感谢信（致所在单位）',
      '感谢信（红头）',
    ]);
    await repos.templates.remove(id);
    expect((await repos.templates.list('感谢信')).length).toBe(2);
    await repos.templates.restore(id);
    expect((await repos.templates.get(id))?.name).toBe('感谢信（红头）');
  });
});

describe('template images of issued documents', () => {
  const SEAL_A = 'data:image/png;base64,QQ==';
  const SEAL_B = 'data:image/png;base64,Qg==';
  const form = (sealImage: string | null) => ({
    name: '本中心荣誉证书',
    layout: must(builtinTemplate('builtin:honour-a4')).layout,
    backgroundImage: null,
    printBackground: false,
    sealImage,
  });

  it('reprints a document with the seal it was issued with after the template’s seal changed', async () => {
    const templateId = await repos.templates.save('荣誉证书', form(SEAL_A));
    const [before] = await repos.documents.issue([{ ...draft('李华'), templateId }]);
    ctx.advance(60_000);
    await repos.templates.save('荣誉证书', form(SEAL_B), templateId);
    const [after] = await repos.documents.issue([{ ...draft('王芳'), templateId }]);
    const images = await repos.documents.imagesOf([must(before), must(after)]);
    expect(images.get(must(before).id)?.sealImage).toBe(SEAL_A);
    expect(images.get(must(after).id)?.sealImage).toBe(SEAL_B);
  });

  it('stores each version of a template’s images once, however many documents use it', async () => {
    const templateId = await repos.templates.save('荣誉证书', form(SEAL_A));
    await repos.documents.issue([
      { ...draft('李华'), templateId },
      { ...draft('王芳'), templateId },
    ]);
    await repos.documents.issue([{ ...draft('陈明'), templateId }]);
    expect(await db.assets.count()).toBe(1);
  });

  it('prints documents issued before images were frozen with the template’s current images', async () => {
    const templateId = await repos.templates.save('荣誉证书', form(SEAL_A));
    const [doc] = await repos.documents.issue([{ ...draft('李华'), templateId }]);
    const legacy = { ...must(doc), images: undefined };
    await db.documents.put(legacy);
    const images = await repos.documents.imagesOf([legacy]);
    expect(images.get(legacy.id)).toEqual({
      backgroundImage: null,
      printBackground: false,
      sealImage: SEAL_A,
    });
  });

  it('issues from a built-in template with no images', async () => {
    const [doc] = await repos.documents.issue([draft('李华')]);
    expect((await repos.documents.imagesOf([must(doc)])).get(must(doc).id)?.sealImage).toBeNull();
  });
});
