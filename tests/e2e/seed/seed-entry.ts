// Bundled for the e2e tests only (never part of the app): the app's own repositories on the app's own
// database, so a test can put in place what it is not about without typing it through the UI.
import {
  createDatabase,
  createRepos,
  ensureDeskId,
  openDatabase,
  systemContext,
  type Repos,
} from '../../../renderer/src/db';

let opened: Promise<Repos> | null = null;

async function open(): Promise<Repos> {
  const db = createDatabase();
  const result = await openDatabase(db);
  if (result.status !== 'ok') throw new Error(`seed: database did not open (${result.status})`);
  const deskId = await ensureDeskId(db, () => crypto.randomUUID(), Date.now());
  return createRepos(db, systemContext(deskId, '测试种子'));
}

window.deskSeed = {
  repos: () => (opened ??= open()),
};
