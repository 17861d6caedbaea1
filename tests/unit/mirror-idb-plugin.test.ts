import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mirrorIdbStrict } from '../../vite.mirror-idb.mjs';

const adapterFile = join(
  dirname(createRequire(import.meta.url).resolve('pouchdb-adapter-idb/package.json')),
  'lib/index.es.js',
);

type Transform = (code: string, id: string) => { code: string } | null;
const transform = mirrorIdbStrict().transform as unknown as Transform;

describe('the build edit that makes the mirror commit to disk before the outbox lets go', () => {
  it('opens the document transactions of the installed pouchdb-adapter-idb with strict durability', () => {
    const out = transform(readFileSync(adapterFile, 'utf8'), adapterFile)?.code ?? '';
    expect(out).toContain("txn: idb.transaction(stores, mode, { durability: 'strict' })");
    expect(out).not.toContain('txn: idb.transaction(stores, mode)');
  });

  it('fails the build when a new adapter no longer has the line it edits', () => {
    expect(() => transform('function openTransactionSafely() {}', adapterFile)).toThrow(
      'update vite.mirror-idb.mjs',
    );
  });

  it('leaves every other module alone', () => {
    expect(
      transform('txn: idb.transaction(stores, mode)', '/x/node_modules/dexie/dist/dexie.mjs'),
    ).toBeNull();
  });
});
