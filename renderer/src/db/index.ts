import type { WriteContext } from './context';
import type { DeskDatabase } from './database';
import { activitiesRepo } from './repos/activities';
import { auditRepo } from './repos/audit';
import { readDeskFacts } from './desk';
import { backupRepo } from './repos/backup';
import { demoRepo } from './repos/demo';
import { documentSourcesRepo } from './repos/document-sources';
import { documentsRepo } from './repos/documents';
import { dutyPostsRepo } from './repos/duty-posts';
import { exportsRepo } from './repos/exports';
import { exportRunsRepo } from './repos/export-runs';
import { peopleRepo } from './repos/people';
import { photosRepo } from './repos/photos';
import { placesRepo } from './repos/places';
import { ordersRepo } from './repos/orders';
import { projectsRepo } from './repos/projects';
import { honoursRepo } from './repos/honours';
import { bookingsRepo } from './repos/bookings';
import { closuresRepo } from './repos/closures';
import { organisationsRepo } from './repos/organisations';
import { roomsRepo } from './repos/rooms';
import { rostersRepo } from './repos/rosters';
import { schoolTermsRepo } from './repos/school-terms';
import { reportsRepo } from './repos/reports';
import { overviewRepo } from './repos/overview';
import { reportReadsRepo } from './repos/report-reads';
import { rosterFiguresRead } from './repos/roster-figures-read';
import { serviceRecordsRepo } from './repos/service-records';
import { settingsRepo } from './repos/settings';
import { staffRepo } from './repos/staff';
import { teamsRepo } from './repos/teams';
import { volunteersRepo } from './repos/volunteers';
import { volunteerImportRepo } from './repos/volunteer-import';
import { placeImportRepo } from './repos/place-import';
import { templatesRepo } from './repos/templates';

/** Every repository, bound to one database and one write context. Features receive this object. */
export function createRepos(db: DeskDatabase, ctx: WriteContext) {
  return {
    settings: settingsRepo(db, ctx),
    places: placesRepo(db),
    rooms: roomsRepo(db, ctx),
    bookings: bookingsRepo(db, ctx),
    organisations: organisationsRepo(db, ctx),
    closures: closuresRepo(db, ctx),
    people: peopleRepo(db),
    volunteers: volunteersRepo(db, ctx),
    volunteerImport: volunteerImportRepo(db, ctx),
    placeImport: placeImportRepo(db, ctx),
    serviceRecords: serviceRecordsRepo(db, ctx),
    teams: teamsRepo(db, ctx),
    projects: projectsRepo(db, ctx),
    honours: honoursRepo(db, ctx),
    orders: ordersRepo(db, ctx),
    activities: activitiesRepo(db, ctx),
    dutyPosts: dutyPostsRepo(db, ctx),
    schoolTerms: schoolTermsRepo(db, ctx),
    rosters: rostersRepo(db, ctx),
    photos: photosRepo(db, ctx),
    staff: staffRepo(db, ctx),
    documents: documentsRepo(db, ctx),
    templates: templatesRepo(db, ctx),
    documentSources: documentSourcesRepo(db),
    demo: demoRepo(db, ctx),
    audit: auditRepo(db),
    reports: reportsRepo(db),
    overview: overviewRepo(db),
    reportReads: reportReadsRepo(db),
    rosterFigures: rosterFiguresRead(db),
    backup: backupRepo(db, ctx),
    exports: exportsRepo(db, ctx),
    exportRuns: exportRunsRepo(db, ctx),
    /** The sentinel's view of the database (see readDeskFacts): never on a hot path. */
    deskFacts: () => readDeskFacts(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;

export { createDatabase, type DeskDatabase, type UpgradeProgress } from './database';
export { historyToDeclare, openDatabase, isReadOnlyError, type OpenResult } from './open';
export { ensureDeskId, readDeskFacts } from './desk';
export { loadPinyin } from './lazy-pinyin';
export { systemContext, type WriteContext } from './context';
export type { StaffMember, SignInResult } from './repos/staff';
export { LoadCancelledError, type Dataset } from './repos/demo';
export {
  DutyPostInvalidError,
  RosterClashError,
  RosterFormInvalidError,
  RosterPatternInvalidError,
  SchoolTermInvalidError,
} from './repos/roster-errors';
export { LATEST_SCHEMA_VERSION, DATABASE_NAME, SCHEMA_HISTORY } from './schema';
