import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadPouchDB,
  mirrorName,
  openMirror,
  type Mirror,
  type MirrorBody,
} from '../../renderer/src/db/sync/mirror';
import { uniqueDbName } from './helpers';
import { memory } from './sync-desks';

const opened: Mirror[] = [];
afterEach(async () => {
  for (const m of opened.splice(0)) await m.destroy();
});

/** A desk's mirror as the engine opens it (memory adapter: fake-indexeddb breaks PouchDB). */
async function mirrorOf(name: string) {
  const mirror = await openMirror(name, memory);
  opened.push(mirror);
  return mirror;
}

/** The same mirror through a plain PouchDB object: PouchDB's own revsDiff, for comparison. */
async function plainPouch(name: string) {
  const PouchDB = await loadPouchDB();
  return new PouchDB<MirrorBody>(mirrorName(name), { adapter: 'memory' });
}

/** PouchDB's per-document read of a revision tree: one IndexedDB transaction each in the idb adapter. */
const treeReads = (m: Mirror) =>
  vi.spyOn(m as unknown as { _getRevisionTree: (id: string, cb: unknown) => void }, '_getRevisionTree');

const by = { deskId: 'd1', actor: '员工甲', at: 1 };

/** Writes a live document, a deleted one and a changed one; returns a request asking about each and more. */
async function heldAndNot(db: Mirror) {
  const live = await db.put({ _id: 'rooms:r1', row: { id: 'r1' }, by });
  const gone = await db.put({ _id: 'rooms:r2', row: { id: 'r2' }, by });
  await db.put({ _id: 'rooms:r2', _rev: gone.rev, _deleted: true, by });
  const base = await db.put({ _id: 'rooms:r3', row: { id: 'r3' }, by });
  await db.bulkDocs([{ _id: 'rooms:r3', _rev: base.rev, row: { id: 'r3', name: '甲' }, by }]);
  return {
    'rooms:r1': [live.rev, '2-ffff'],
    'rooms:r2': [gone.rev, '3-eeee'],
    'rooms:r3': [base.rev, '2-dddd'],
    'rooms:r9': ['1-cccc', '2-bbbb'],
    'volunteers:v1': ['1-aaaa'],
  };
}

describe('revsDiff of a mirror empty when opened', () => {
  it("answers as PouchDB's own revsDiff does, for documents written since, deleted, changed or never held", async () => {
    const name = uniqueDbName('revs-diff');
    const mirror = await mirrorOf(name);
    const request = await heldAndNot(mirror);
    const own = await (await plainPouch(name)).revsDiff(request);
    expect(await mirror.revsDiff(request)).toEqual(own);
    expect(own['rooms:r9']).toEqual({ missing: ['1-cccc', '2-bbbb'] });
    expect(own['rooms:r1']?.missing).toEqual(['2-ffff']);
    expect(own['rooms:r2']?.missing).toEqual(['3-eeee']);
  });

  it('reads the revision trees only of documents written since it opened, however they were written', async () => {
    const mirror = await mirrorOf(uniqueDbName('revs-diff'));
    const request = await heldAndNot(mirror);
    const reads = treeReads(mirror);
    await mirror.revsDiff(request);
    expect(reads.mock.calls.map(([id]) => id).sort()).toEqual(['rooms:r1', 'rooms:r2', 'rooms:r3']);
  });

  it('reads a whole batch as missing without one read per document', async () => {
    const mirror = await mirrorOf(uniqueDbName('revs-diff'));
    const reads = treeReads(mirror);
    const request = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`volunteers:v${i}`, [`1-${i}`]]),
    );
    const answer = await mirror.revsDiff(request);
    expect(Object.keys(answer)).toHaveLength(50);
    expect(answer['volunteers:v49']).toEqual({ missing: ['1-49'] });
    expect(reads).not.toHaveBeenCalled();
  });
});

describe('revsDiff of a mirror that held documents when opened', () => {
  it('reads every document, since any of them may be held', async () => {
    const name = uniqueDbName('revs-diff');
    const first = await openMirror(name, memory);
    const request = await heldAndNot(first);
    await first.close();
    const reopened = await mirrorOf(name);
    const own = await (await plainPouch(name)).revsDiff(request);
    const reads = treeReads(reopened);
    expect(await reopened.revsDiff(request)).toEqual(own);
    expect(reads.mock.calls.map(([id]) => id).sort()).toEqual(Object.keys(request).sort());
  });
});
