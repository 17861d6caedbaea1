import type { WriteContext } from './context';
import type { DeskDatabase } from './database';
import { auditRepo } from './repos/audit';
import { demoRepo } from './repos/demo';
import { documentsRepo } from './repos/documents';
import { peopleRepo } from './repos/people';
import { placesRepo } from './repos/places';
import { reportsRepo } from './repos/reports';
import { settingsRepo } from './repos/settings';

/** Every repository, bound to one database and one write context. Features receive this object. */
export function createRepos(db: DeskDatabase, ctx: WriteContext) {
  return {
    settings: settingsRepo(db, ctx),
    places: placesRepo(db),
    people: peopleRepo(db),
    documents: documentsRepo(db),
    demo: demoRepo(db, ctx),
    audit: auditRepo(db),
    reports: reportsRepo(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;

export { createDatabase, type DeskDatabase } from './database';
export { openDatabase, isReadOnlyError, type OpenResult } from './open';
export { ensureDeskId } from './desk';
export { systemContext, type WriteContext } from './context';
export { LoadCancelledError, type Dataset } from './repos/demo';
export { LATEST_SCHEMA_VERSION, DATABASE_NAME } from './schema';
