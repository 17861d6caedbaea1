// Bundled for the e2e tests only (never part of the app): the app's own repositories on the app's own
// database, so a test can put in place what it is not about without typing it through the UI.
import {
  createDatabase,
  createRepos,
  ensureDeskId,
  openDatabase,
  systemContext,
  type DeskDatabase,
  type Repos,
} from '../../../renderer/src/db';
import type { WriteContext } from '../../../renderer/src/db/context';
import { keepConflict } from '../../../renderer/src/db/sync/conflicts';
import type { ConflictVersion } from '@shared/sync/model';
import type { SyncedTable } from '@shared/sync/tables';
import type { VolunteerDraft } from '../../../renderer/src/db/repos/volunteers';
import { volunteerDraft } from '../../db/volunteer-fixtures';

let opened: Promise<Repos> | null = null;
let desk: { db: DeskDatabase; ctx: WriteContext } | null = null;

async function open(): Promise<Repos> {
  const db = createDatabase();
  const result = await openDatabase(db);
  if (result.status !== 'ok') throw new Error(`seed: database did not open (${result.status})`);
  const deskId = await ensureDeskId(db, () => crypto.randomUUID(), Date.now());
  desk = { db, ctx: systemContext(deskId, '测试种子') };
  return createRepos(db, desk.ctx);
}

/** Keeps a sync conflict over a row as the pump and pull do (keepConflict); returns this desk's id. */
async function syncConflict(table: SyncedTable, key: string, versions: ConflictVersion[]): Promise<string> {
  await (opened ??= open());
  if (!desk) throw new Error('seed: database not open');
  const { db, ctx } = desk;
  await db.transaction('rw', db.syncConflicts, () => keepConflict(db, ctx, table, key, versions));
  return ctx.deskId;
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
  syncConflict,
};
