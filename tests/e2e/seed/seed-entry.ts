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
  return repos.volunteers.register({
    idType: '居民身份证',
    gender: '女',
    birthDate: null,
    politicalStatus: '群众',
    address: '鼓楼区三坊七巷十二号',
    workUnit: '',
    skills: [],
    intentions: [],
    availability: '',
    teamIds: [],
    emergencyContact: null,
    guardian: null,
    photo: null,
    consent: { noticeVersion: '2025-01', consentedAt: Date.now(), idNumberConsent: true },
    notes: '',
    ...fields,
  });
}

window.deskSeed = {
  repos: () => (opened ??= open()),
  volunteer,
};
