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
import type { VolunteerDraft } from '../../../renderer/src/db/repos/volunteers';
import { volunteerDraft } from '../../db/volunteer-fixtures';

let opened: Promise<Repos> | null = null;

async function open(): Promise<Repos> {
  const db = createDatabase();
  const result = await openDatabase(db);
  if (result.status !== 'ok') throw new Error(`seed: database did not open (${result.status})`);
  const deskId = await ensureDeskId(db, () => crypto.randomUUID(), Date.now());
  return createRepos(db, systemContext(deskId, '测试种子'));
}

/** An adult 群众 volunteer who consented to the notice; a test names only what it is about. */
async function volunteer(
  fields: Pick<VolunteerDraft, 'name' | 'idNumber' | 'phone'> & Partial<VolunteerDraft>,
) {
  const repos = await (opened ??= open());
  // The db tests' walk-in, as a woman with no birth date on record and a street address.
  return repos.volunteers.register(
    volunteerDraft(0, Date.now(), {
      gender: '女',
      birthDate: null,
      address: '鼓楼区三坊七巷十二号',
      ...fields,
    }),
  );
}

window.deskSeed = {
  repos: () => (opened ??= open()),
  volunteer,
};
