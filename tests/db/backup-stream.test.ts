import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  createRepos,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import { importDeskKey, wrapForRecovery } from '../../renderer/src/features/backup/format/backup-crypto';
import {
  openWithRecoveryKey,
  type DeskKeyMaterial,
} from '../../renderer/src/features/backup/format/desk-key';
import {
  BackupDamagedError,
  frameReader,
  openBackup,
  verifyBackup,
} from '../../renderer/src/features/backup/format/stream-reader';
import { writeStreamBackup } from '../../renderer/src/features/backup/format/stream-writer';
import { parseRecoveryKey, formatRecoveryKey } from '@shared/backup/recovery-key';
import { testContext, uniqueDbName } from './helpers';
import { memorySink, memorySource } from './memory-backup-file';
import { volunteerDraft } from './volunteer-fixtures';

const PHOTO = `data:image/jpeg;base64,${'QUJD'.repeat(5_000)}`; // 20 kB, like a small ID photo
const CHUNK = 16 * 1024;

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;
let key: DeskKeyMaterial;

beforeEach(async () => {
  db = createDatabase(uniqueDbName('stream'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
  for (let n = 1; n <= 24; n += 1) {
    await repos.volunteers.register(
      volunteerDraft(n, ctx.now(), { photo: n % 3 === 0 ? PHOTO : null, name: `张𠮷${n}😀` }),
    );
  }
  key = { keyId: 'k-test', key: await importDeskKey(new Uint8Array(32).fill(7)), recovery: null };
});
afterEach(() => db.close());

async function backUp(chunkBytes = CHUNK, material = key) {
  const sink = memorySink();
  await writeStreamBackup({
    repos,
    sink,
    key: material,
    appVersion: '0.1.0',
    exportedAt: ctx.now(),
    deskId: ctx.deskId,
    centerName: '鼓楼区新时代文明实践中心',
    chunkBytes,
  });
  return sink;
}

async function restoreInto(target: DeskDatabase, bytes: Uint8Array, material: CryptoKey) {
  const opened = await openBackup(memorySource(bytes), LATEST_SCHEMA_VERSION);
  if (!opened.ok) throw new Error(opened.message);
  const { chain } = await verifyBackup(opened.opened, material);
  const reader = frameReader(opened.opened, material);
  await createRepos(target, testContext()).backup.restoreStream(
    {
      next: () => reader.next(),
      total: 0,
      exportedAt: 0,
      deskId: 'd',
      schemaVersion: LATEST_SCHEMA_VERSION,
      chain,
    },
    () => undefined,
  );
}

describe('streamed encrypted backups', () => {
  it('restores every row exactly, photos, 𠮷 and emoji included', async () => {
    const sink = await backUp();
    const target = createDatabase(uniqueDbName('stream-target'));
    await openDatabase(target);
    await restoreInto(target, sink.bytes(), key.key);
    const original = await db.volunteers.orderBy('id').toArray();
    expect(original).toHaveLength(24);
    expect(await target.volunteers.orderBy('id').toArray()).toEqual(original);
    expect((await target.auditLog.orderBy('seq').last())?.action).toBe('从备份恢复');
    target.close();
  });

  it('never holds more than about one chunk while writing or reading', async () => {
    const sink = await backUp();
    // Each write is one frame: a chunk of rows, or one row bigger than a chunk (a photo), plus framing.
    const largestRow = JSON.stringify(await db.volunteers.filter((v) => v.photo !== null).first()).length;
    expect(sink.writes.length).toBeGreaterThan(5);
    expect(Math.max(...sink.writes)).toBeLessThan(CHUNK + largestRow + 200);
    const source = memorySource(sink.bytes());
    const opened = await openBackup(source, LATEST_SCHEMA_VERSION);
    if (!opened.ok) throw new Error(opened.message);
    await verifyBackup(opened.opened, key.key);
    expect(Math.max(...source.reads)).toBeLessThan(CHUNK + largestRow + 200);
    expect(source.reads.length).toBeGreaterThan(5);
  });

  it('keeps personal data unreadable without the key', async () => {
    const text = new TextDecoder().decode((await backUp()).bytes());
    expect(text).toContain('鼓楼区新时代文明实践中心');
    // The names' first two characters (7 bytes): one CJK character (3 bytes) turns up in random ciphertext
    // now and then, and did once in a full run.
    expect(text).not.toContain('张𠮷');
    expect(text).not.toContain('13800000001');
  });

  it('refuses a changed, cut or foreign-key file and leaves the desk as it was', async () => {
    const good = (await backUp()).bytes();
    const flipped = good.slice();
    const middle = Math.floor(good.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
    const cut = good.slice(0, good.length - 40);
    const other = await importDeskKey(new Uint8Array(32).fill(9));
    const target = createDatabase(uniqueDbName('stream-refuse'));
    await openDatabase(target);
    const targetRepos = createRepos(target, testContext());
    await targetRepos.volunteers.register(volunteerDraft(99, ctx.now()));
    for (const [bytes, k, message] of [
      [flipped, key.key, /已损坏或被改动/],
      [cut, key.key, /不完整|已损坏/],
      [good, other, /密钥不对/],
    ] as const) {
      const error = await restoreInto(target, bytes, k).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupDamagedError);
      expect((error as Error).message).toMatch(message);
      expect((await target.volunteers.toArray()).map((v) => v.name)).toEqual(['测试99']);
    }
    target.close();
  });

  it('opens on a new PC with the recovery key from the sheet, and not with a wrong one', async () => {
    const printed = formatRecoveryKey(new Uint8Array(16).fill(3));
    const parsed = parseRecoveryKey(printed);
    if (!parsed.ok) throw new Error(parsed.message);
    const recovery = await wrapForRecovery(key.key, parsed.key, ctx.now(), 100_000);
    const sink = await backUp(CHUNK, { ...key, recovery });
    const opened = await openBackup(memorySource(sink.bytes()), LATEST_SCHEMA_VERSION);
    if (!opened.ok || opened.opened.kind !== 'stream') throw new Error('not a stream backup');
    const wrap = opened.opened.header.encryption.recovery;
    if (!wrap) throw new Error('no recovery wrap in the header');
    const wrong = await openWithRecoveryKey(wrap, formatRecoveryKey(new Uint8Array(16).fill(4)));
    expect(wrong).toEqual({ ok: false, message: expect.stringContaining('恢复密钥不对') });
    const right = await openWithRecoveryKey(wrap, printed.toLowerCase().replaceAll('-', ' '));
    if (!right.ok) throw new Error(right.message);
    const target = createDatabase(uniqueDbName('stream-newpc'));
    await openDatabase(target);
    await restoreInto(target, sink.bytes(), right.key);
    expect(await target.volunteers.count()).toBe(24);
    target.close();
  });
});
