/**
 * The few PouchDB calls the desk makes, typed by hand (see pouchdb-modules.d.ts for why not the
 * DefinitelyTyped package). Shapes follow PouchDB 9's documented API.
 */

/** Metadata PouchDB keeps beside a document's body. */
export interface PouchMeta {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  /** The losing leaves' revisions, with `conflicts: true`. */
  _conflicts?: string[];
  /** The revision's history, newest first, with `revs: true`. */
  _revisions?: { start: number; ids: string[] };
}

/** A document: its body and PouchDB's metadata. */
export type PouchDoc<B> = B & PouchMeta;

/** A stored document, which always has a revision. */
export type StoredDoc<B> = PouchDoc<B> & { _rev: string };

/** One accepted write. */
export interface WriteOk {
  ok: true;
  id: string;
  rev: string;
}

/** One refused write of a bulk call (status 409: the revision given is not the current leaf). */
export interface WriteError {
  error: boolean | string;
  status?: number;
  name?: string;
  id?: string;
  message?: string;
}

/** One row of allDocs({ keys }): found (deleted or not), or an error row for an unknown id. */
export type AllDocsRow =
  { id: string; key: string; value: { rev: string; deleted?: boolean } } | { key: string; error: string };

/** A revsDiff request: for each document id, the revisions another database holds. */
export type RevsDiffRequest = Record<string, string[]>;

/** revsDiff's answer: for each document with revisions this database lacks, those revisions. */
export type RevsDiff = Record<string, { missing: string[]; possible_ancestors?: string[] }>;

/** One page of the changes feed. */
export interface ChangesPage<B> {
  results: { id: string; seq: number | string; deleted?: boolean; doc?: StoredDoc<B> }[];
  last_seq: number | string;
}

/** A PouchDB database holding bodies of type B. */
export interface PouchDatabase<B> {
  put(doc: PouchDoc<B>): Promise<WriteOk>;
  /** Every leaf of the document, deleted ones included (a leaf no longer stored reads `missing`). */
  get(
    id: string,
    options: { open_revs: 'all'; revs?: boolean },
  ): Promise<({ ok: StoredDoc<B> } | { missing: string })[]>;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<StoredDoc<B>>;
  bulkDocs(docs: PouchDoc<B>[]): Promise<(WriteOk | WriteError)[]>;
  allDocs(options?: {
    keys?: string[];
    startkey?: string;
    endkey?: string;
    limit?: number;
    skip?: number;
  }): Promise<{ rows: AllDocsRow[] }>;
  /** `update_seq` is 0 until a document is first written (local `_local/` documents do not count). */
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  /** Which of the given revisions this database lacks (replication asks it once per batch). */
  revsDiff(request: RevsDiffRequest): Promise<RevsDiff>;
  changes(options: {
    since: number | string;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<ChangesPage<B>>;
  /** The live changes feed from `since: 'now'`: an emitter, stopped by cancel. */
  changes(options: { since: 'now'; live: true }): LiveFeed;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
  /** Replication (pouchdb-replication): one-off resolves when caught up; live runs until cancelled. */
  replicate: {
    to(target: PouchDatabase<B> | string, options?: ReplicateOptions): Replication;
    from(source: PouchDatabase<B> | string, options?: ReplicateOptions): Replication;
  };
}

/** A live changes feed. */
export interface LiveFeed {
  on(event: 'change', listener: () => void): LiveFeed;
  on(event: 'error', listener: (error: unknown) => void): LiveFeed;
  cancel(): void;
}

/** Options of a replication; `back_off_function` gets the last delay (0 at first) and returns the next. */
export interface ReplicateOptions {
  live?: boolean;
  retry?: boolean;
  back_off_function?: (delay: number) => number;
  /** Changes asked for per request (PouchDB: 100). */
  batch_size?: number;
  /** Answered batches that may wait to be written (PouchDB: 10). */
  batches_limit?: number;
}

/** What a replication's `change` event carries. */
export interface ReplicationChange {
  docs_written: number;
}

/**
 * A replication under way. Events: `active` (moving again), `paused` (caught up; with an error when the
 * center is unreachable and a retry waits), `change`, `denied` (the center refused one document: the
 * replication goes on), `error` (stopped for good: 401, 403 on the database), `complete`.
 */
export interface Replication extends PromiseLike<unknown> {
  on(event: 'active' | 'complete', listener: () => void): Replication;
  on(event: 'paused', listener: (error?: unknown) => void): Replication;
  on(event: 'change', listener: (info: ReplicationChange) => void): Replication;
  on(event: 'denied' | 'error', listener: (error: unknown) => void): Replication;
  cancel(): void;
}

/** A plugin (an adapter, replication): opaque to the desk. */
export type PouchPlugin = object;

/** The PouchDB constructor with its plugins. */
export interface PouchStatic {
  new <B>(
    name: string,
    options?: { adapter?: string; fetch?: (url: string, init: RequestInit) => Promise<Response> },
  ): PouchDatabase<B>;
  plugin(plugin: PouchPlugin): PouchStatic;
}
