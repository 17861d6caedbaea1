import { generateDemoData } from '@shared/demo';
import { DEFAULT_CHUNK_BYTES } from '@shared/backup/stream-format';
import type { Volunteer } from '@shared/model';
import {
  createDatabase,
  createRepos,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  systemContext,
} from '../../../renderer/src/db';
import { restoreOpened, takeVerifiedSnapshot } from '../../../renderer/src/features/backup/backup-files';
import { forgetDeskKey, loadDeskKey } from '../../../renderer/src/features/backup/format/desk-key';
import { openBackup, verifyBackup } from '../../../renderer/src/features/backup/format/stream-reader';
import { browserPlatform } from '../../../renderer/src/platform/browser';
import type { Measure } from '../measure';
import { roster } from './volunteers';

const MB = 1_048_576;

/** Runs `fn` once; its duration and wall-clock window (the runner reports the peak heap in it). */
async function timed(
  fn: () => Promise<unknown>,
): Promise<{ ms: number; window: { from: number; to: number } }> {
  const from = Date.now();
  const started = performance.now();
  await fn();
  return { ms: performance.now() - started, window: { from, to: Date.now() } };
}

/**
 * A whole-desk backup at district scale with ID photos: more text than the engine's longest string
 * (about 512 MB) could hold, so a one-string backup cannot exist here at all. The streamed backup is
 * written, read back and verified, then restored; peak heap is reported against the chunk size.
 * `npm run bench -- --only=backup --volunteers=126000 --photos=600`.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const count = Number(params.get('volunteers') ?? '20000');
  const photos = Math.min(count, Number(params.get('photos') ?? '600'));
  const now = Date.now();
  const ctx = systemContext('bench-backup');
  const demo = generateDemoData({ now, seed: 5, deskId: ctx.deskId });
  const db = createDatabase(`bench-backup-${now}`);
  await openDatabase(db);
  const repos = createRepos(db, ctx);
  await repos.settings.set('deskId', ctx.deskId);
  const people = roster(demo.volunteers[0] as Volunteer, count);
  // One photo of 1 MB (base64 of random bytes, as a JPEG would look), stored on each of the first rows.
  const bytes = crypto.getRandomValues(new Uint8Array(48 * 1024));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const photo = `data:image/jpeg;base64,${btoa(binary)
    .repeat(Math.ceil(MB / 65_536))
    .slice(0, MB)}`;
  // Small batches while rows carry photos: one transaction of hundreds of megabytes is not what a desk writes.
  for (let i = 0; i < count;) {
    const size = i < photos ? 10 : 500;
    const batch = people.slice(i, i + size).map((v, j) => (i + j < photos ? { ...v, photo } : v));
    await db.volunteers.bulkAdd(batch);
    i += size;
  }
  (globalThis as unknown as { benchPhase?: string }).benchPhase = 'seeded';
  forgetDeskKey();
  await loadDeskKey(browserPlatform, () => crypto.randomUUID());

  let name = '';
  let fileMb = 0;
  const backup = await timed(async () => {
    const taken = await takeVerifiedSnapshot({ repos, platform: browserPlatform, at: Date.now() });
    name = taken.saved.name;
    fileMb = taken.saved.bytes / MB;
  });
  (globalThis as unknown as { benchPhase?: string }).benchPhase = 'backed up';
  const key = (await loadDeskKey(browserPlatform, () => crypto.randomUUID())).key;
  const restore = await timed(async () => {
    const source = await browserPlatform.openSnapshot(name);
    const opened = await openBackup(source, LATEST_SCHEMA_VERSION);
    if (!opened.ok) throw new Error(opened.message);
    const { chain } = await verifyBackup(opened.opened, key);
    await restoreOpened({ repos, opened: opened.opened, key, chain, onProgress: () => undefined });
  });
  const restored = await db.volunteers.count();
  const withPhoto = await db.volunteers.filter((v) => v.photo !== null).count();
  db.close();
  if (restored !== count || withPhoto !== photos) {
    throw new Error(`restore lost rows: ${restored}/${count} volunteers, ${withPhoto}/${photos} photos`);
  }
  const chunkMb = DEFAULT_CHUNK_BYTES / MB;
  const scale = `${count.toLocaleString('en')} volunteers, ${photos} photos of 1 MB, file ${fileMb.toFixed(0)} MB`;
  return [
    {
      name: `automatic backup: stream, encrypt, fsync/rename, read back and verify (${scale})`,
      ms: backup.ms,
      reference: null,
      targetRatio: null,
      note: `chunk ${chunkMb} MB, file ${fileMb.toFixed(0)} MB;`,
      heapWindow: backup.window,
    },
    {
      name: `restore that backup: verify, then replace every row in one transaction (${scale})`,
      ms: restore.ms,
      reference: null,
      targetRatio: null,
      note: 'every row and photo back;',
      heapWindow: restore.window,
    },
  ];
}
