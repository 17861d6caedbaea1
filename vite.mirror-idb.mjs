/**
 * pouchdb-adapter-idb, the desk mirror's storage (renderer/src/db/sync/mirror.ts), opens its transactions
 * with the default durability, relaxed since Chromium 121: a commit could still be on its way to the disk
 * when the pump, told the change is in the mirror, dropped the outbox entry with a strict commit of its
 * own, so a power cut between the two lost the change. The adapter has no option for it: this edit makes
 * the transactions it reads and writes documents in strict (read-only ones ignore durability; the one at
 * opening only re-counts documents and stays as it is). A new adapter without the line fails the build.
 */
const EDITS = [
  ['txn: idb.transaction(stores, mode)', "txn: idb.transaction(stores, mode, { durability: 'strict' })"],
];

/** @returns {import('vite').Plugin} */
export function mirrorIdbStrict() {
  return {
    name: 'practice-desk:mirror-idb-strict',
    enforce: 'pre',
    transform(code, id) {
      if (!/pouchdb-adapter-idb[\\/]lib[\\/]index\.es\.js$/.test(id)) return null;
      let out = code;
      for (const [from, to] of EDITS) {
        // A new PouchDB release that moved the line must fail the build, not quietly relax the mirror.
        if (out.split(from).length !== 2) {
          throw new Error(
            `pouchdb-adapter-idb: "${from}" is not in it exactly once; update vite.mirror-idb.mjs`,
          );
        }
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}
