import type { PouchDatabase, RevsDiff, RevsDiffRequest } from './pouch-types';

type BulkDocs<B> = PouchDatabase<B>['bulkDocs'];

/**
 * The ids of a bulkDocs call's documents, in either form PouchDB takes (put passes `{ docs }`). A malformed
 * call is PouchDB's to refuse, and a post without an id is left to read as "missing": both give no id here.
 */
function idsOf(request: unknown): string[] {
  const docs: unknown = Array.isArray(request) ? request : (request as { docs?: unknown } | null)?.docs;
  if (!Array.isArray(docs)) return [];
  return docs.flatMap((doc: unknown) => {
    const id = (doc as { _id?: unknown } | null)?._id;
    return typeof id === 'string' ? [id] : [];
  });
}

/**
 * Spares a mirror that was empty when opened PouchDB's revsDiff for documents it has never held.
 * PouchDB reads each document's revision tree in an IndexedDB transaction of its own, and replication
 * asks once per batch of changes: a desk's first pull of 126,000 volunteers paid 126,000 reads to learn
 * that an empty mirror held none of them. The id of every document written through this object's
 * bulkDocs is noted: the pump's writes and replication's, and put and remove, which PouchDB's idb and
 * memory adapters send through bulkDocs. While the mirror was empty at open, an id never noted is missing
 * all its revisions, and only the others go to PouchDB. A mistake could only be "missing" for a revision
 * held (a write through another object, a post without an id): replication then fetches it again and
 * PouchDB, given a revision it has, keeps it as it is, so no revision is ever skipped. The notes last as
 * long as the object (126,000 ids: a few MB); a mirror that held documents at open keeps none.
 *
 * @example
 * const mirror = new PouchDB('desk-mirror'); // empty
 * batchRevsDiff(mirror);
 * await mirror.revsDiff({ 'volunteers:v1': ['1-a'] }); // => { 'volunteers:v1': { missing: ['1-a'] } }, no read
 */
export function batchRevsDiff<B>(db: PouchDatabase<B>): void {
  // Dropped once the mirror proves to have held documents at open: the notes could then answer nothing.
  let written: Set<string> | null = new Set();
  const bulkDocs = db.bulkDocs.bind(db) as (...args: unknown[]) => ReturnType<BulkDocs<B>>;
  db.bulkDocs = ((...args: unknown[]) => {
    for (const id of written ? idsOf(args[0]) : []) written?.add(id);
    return bulkDocs(...args);
  }) as BulkDocs<B>;
  // Read after the notes start: a write through this object before the read is noted either way. A write
  // through another object after it could make "empty" wrong, which only reads its revisions as missing.
  const emptyAtOpen = db.info().then(
    (info) => info.update_seq === 0,
    () => false,
  );
  void emptyAtOpen.then((empty) => {
    if (!empty) written = null;
  });
  const perDocument = db.revsDiff.bind(db);
  const batched = async (request: RevsDiffRequest): Promise<RevsDiff> => {
    const notes = (await emptyAtOpen) ? written : null;
    if (!notes) return perDocument(request);
    const held: RevsDiffRequest = {};
    const answer: RevsDiff = {};
    for (const [id, revs] of Object.entries(request)) {
      if (notes.has(id)) held[id] = revs;
      else answer[id] = { missing: revs };
    }
    return Object.keys(held).length === 0 ? answer : { ...answer, ...(await perDocument(held)) };
  };
  // Replication asks with the request alone and awaits the promise; options or a callback go to PouchDB.
  db.revsDiff = ((request: RevsDiffRequest, ...rest: unknown[]) =>
    rest.length > 0
      ? (perDocument as (...args: unknown[]) => Promise<RevsDiff>)(request, ...rest)
      : batched(request)) as PouchDatabase<B>['revsDiff'];
}
