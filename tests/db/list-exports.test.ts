import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssuedDocument } from '@shared/model';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { collectRows, ExportCancelledError } from '../../renderer/src/features/exchange/export/collect-rows';
import {
  documentRegisterExport,
  volunteerRosterExport,
} from '../../renderer/src/features/exchange/export/list-exports';
import { openTestDesk, type testContext } from './helpers';
import { volunteerDraft } from './volunteer-fixtures';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

beforeEach(async () => {
  ({ db, repos, ctx } = await openTestDesk('list-exports'));
});
afterEach(() => db.close());

async function registerMany(n: number): Promise<void> {
  for (let i = 1; i <= n; i += 1) await repos.volunteers.register(volunteerDraft(i, ctx.now()));
}

describe('list exports', () => {
  it('reads the whole roster in volunteer-number order across several keyset chunks, without the deleted', async () => {
    await registerMany(25);
    const gone = await repos.people.volunteersAfter(null, 3);
    await repos.volunteers.remove(gone[2]?.id ?? '');
    const progress: number[] = [];
    const spec = volunteerRosterExport(repos, '2026-12-01');
    const rows = await collectRows(spec.read, {
      signal: new AbortController().signal,
      onProgress: (done) => progress.push(done),
      chunk: 10,
    });
    expect(rows).toHaveLength(24);
    const numbers = rows.map((v) => v.volunteerNo);
    expect(numbers).toEqual([...numbers].sort());
    expect(numbers).not.toContain(gone[2]?.volunteerNo);
    expect(progress).toEqual([10, 20, 24]);
  });

  it('stops reading when 取消 aborts between two chunks', async () => {
    await registerMany(25);
    const controller = new AbortController();
    const spec = volunteerRosterExport(repos, '2026-12-01');
    const reading = collectRows(spec.read, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 10) controller.abort();
      },
      chunk: 10,
    });
    await expect(reading).rejects.toBeInstanceOf(ExportCancelledError);
  });

  it('logs an unmasked export naming who exported which list', async () => {
    await repos.exports.logFullExport({ list: '志愿者名册', fileName: '志愿者名册.xlsx', rows: 24 });
    const [entry] = await repos.audit.recent(1);
    expect(entry).toMatchObject({
      action: '导出完整身份证号和手机号',
      entity: 'exports',
      actor: ctx.actor,
      after: { list: '志愿者名册', rows: 24 },
    });
  });

  it('reads the document register newest first in keyset pages without losing or repeating a batch sharing one issue time', async () => {
    const doc = (n: number, issuedAt: number): IssuedDocument =>
      ({
        id: `d${String(n).padStart(3, '0')}`,
        createdAt: issuedAt,
        updatedAt: issuedAt,
        deletedAt: n === 7 ? issuedAt : null,
        deskId: 'd',
        kind: '志愿服务证明',
        number: `ZM-${n}`,
        recipientName: `测试${n}`,
        issuedAt,
        status: '已打印',
      }) as unknown as IssuedDocument;
    // 12 documents issued in one batch (one time) between two single ones; d007 is deleted.
    await db.documents.bulkAdd([
      doc(0, 1_000),
      ...Array.from({ length: 12 }, (_, i) => doc(i + 1, 2_000)),
      doc(13, 3_000),
    ]);
    const spec = documentRegisterExport(repos, {}, '2026-12-01');
    const rows = await collectRows(spec.read, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
      chunk: 5,
    });
    const ids = rows.map((d) => d.id);
    expect(ids).toHaveLength(13);
    expect(new Set(ids).size).toBe(13);
    expect(ids[0]).toBe('d013');
    expect(ids.at(-1)).toBe('d000');
    expect(ids).not.toContain('d007');
  });
});
