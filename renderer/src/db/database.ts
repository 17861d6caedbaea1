import { Dexie, type Table } from 'dexie';
import type {
  Activity,
  Asset,
  AuditEntry,
  Booking,
  BookingSeries,
  Closure,
  DocumentTemplate,
  IssuedDocument,
  NumberCounter,
  Honour,
  Organisation,
  Photo,
  Project,
  Room,
  ServiceOrder,
  ServiceRecord,
  Setting,
  Staff,
  Team,
  Volunteer,
} from '@shared/model';
import type {
  DailyTotal,
  MonthlyTotal,
  Packed,
  VolunteerDay,
  VolunteerMonth,
} from '@shared/stats/daily-totals';
import type { ExportMark, ExportRun } from '@shared/exchange/export-runs';
import { migrateVolunteerToV2 } from '@shared/migrations/volunteer-search-keys';
import { migrateVolunteerToV5 } from '@shared/migrations/volunteer-given-name-keys';
import { migrateActivityToV6 } from '@shared/migrations/activity-fields';
import type { RoomDay } from '@shared/booking/room-days';
import type { RosterMonth } from '@shared/rosters/roster-months';
import type { DutyPost, RosterEntry, RosterPattern, SchoolTerm } from '@shared/rosters/model';
import type { OutboxEntry, SyncConflict, SyncMeta } from '@shared/sync/model';
import { withoutBidiControls } from '@shared/text/plain-text';
import type { WriteContext } from './context';
import { tablesOnce } from './core-tables';
import { ReadOnlyDatabaseError } from './errors';
import { loadPinyin } from './lazy-pinyin';
import { DATABASE_NAME, SCHEMA_HISTORY, type SchemaVersion } from './schema';
import { totalsMiddleware } from './totals/middleware';
import { rebuildTotals } from './totals/rebuild';
import { rebuildRoomDays } from './totals/room-days';
import { rebuildRosterMonths, rosterMonthsMiddleware } from './totals/roster-months';
import { repackServed } from './totals/repack';
import { outboxMiddleware } from './sync/outbox-middleware';

// Dexie turns its debug mode on for any page served from localhost or 127.0.0.1, where the built web
// pages run for the end-to-end tests and the bench: every request then makes a DevTools task, an
// extra promise and a traced catch. Users run the build from app://, where it is off, so a build is
// tested and measured the same way; the dev server (`npm run web`) keeps Dexie's own choice.
if (!import.meta.env.DEV) Dexie.debug = false;

/** The one Dexie database of a desk. Only code in renderer/src/db uses it directly. */
export class DeskDatabase extends Dexie {
  settings!: Table<Setting, string>;
  rooms!: Table<Room, string>;
  closures!: Table<Closure, string>;
  organisations!: Table<Organisation, string>;
  bookingSeries!: Table<BookingSeries, string>;
  bookings!: Table<Booking, string>;
  volunteers!: Table<Volunteer, string>;
  teams!: Table<Team, string>;
  serviceRecords!: Table<ServiceRecord, string>;
  activities!: Table<Activity, string>;
  serviceOrders!: Table<ServiceOrder, string>;
  documents!: Table<IssuedDocument, string>;
  counters!: Table<NumberCounter, string>;
  templates!: Table<DocumentTemplate, string>;
  staff!: Table<Staff, string>;
  auditLog!: Table<AuditEntry, string>;
  assets!: Table<Asset, string>;
  projects!: Table<Project, string>;
  photos!: Table<Photo, string>;
  honours!: Table<Honour, string>;
  dailyTotals!: Table<DailyTotal, string>;
  monthlyTotals!: Table<MonthlyTotal, string>;
  volunteerDays!: Table<Packed<VolunteerDay>, string>;
  volunteerMonths!: Table<Packed<VolunteerMonth>, string>;
  exportRuns!: Table<ExportRun, string>;
  exportMarks!: Table<ExportMark, string>;
  roomDays!: Table<RoomDay, string>;
  dutyPosts!: Table<DutyPost, string>;
  schoolTerms!: Table<SchoolTerm, string>;
  rosterPatterns!: Table<RosterPattern, string>;
  rosterEntries!: Table<RosterEntry, string>;
  rosterMonths!: Table<RosterMonth, string>;
  syncMeta!: Table<SyncMeta, string>;
  outbox!: Table<OutboxEntry, number>;
  syncConflicts!: Table<SyncConflict, string>;

  /** Set when the database was written by a newer app: every mutation is then refused. */
  readOnly = false;
  /** Who writes while sync is on (set by sync/sync-repo.ts); null while off, and nothing is queued. */
  syncWriter: WriteContext | null = null;
  /**
   * This desk's code in the numbers it gives while sync is on (set by sync/sync-repo.ts with syncWriter),
   * '' otherwise: desks numbering at once never give the same number.
   */
  numberMark = '';

  constructor(
    name: string,
    history: readonly SchemaVersion[] = SCHEMA_HISTORY,
    onUpgrade?: (progress: UpgradeProgress) => void,
  ) {
    // Chrome commits with relaxed durability by default: a power cut could drop "saved" bookings.
    super(name, { chromeTransactionDurability: 'strict' });
    // Registered before open (middlewares are fixed when the database opens) and checked per call,
    // so no code path can write into a newer app's database by accident.
    this.use({
      stack: 'dbcore',
      name: 'read-only-guard',
      create: (down) =>
        tablesOnce({
          ...down,
          table: (tableName) => {
            const table = down.table(tableName);
            return {
              ...table,
              mutate: (req) =>
                this.readOnly ? Promise.reject(new ReadOnlyDatabaseError()) : table.mutate(req),
            };
          },
        }),
    });
    // Direction controls are removed from every string written, wherever it came from (a form, an
    // import, a restore). Not in the audit log: its entries are hashed before they are stored, and
    // they only copy values the other tables already received clean.
    this.use({
      stack: 'dbcore',
      name: 'strip-bidi-controls',
      create: (down) =>
        tablesOnce({
          ...down,
          table: (tableName) => {
            const table = down.table(tableName);
            if (tableName === 'auditLog') return table;
            return {
              ...table,
              mutate: (req) =>
                req.type === 'add' || req.type === 'put'
                  ? table.mutate({ ...req, values: req.values.map((v: unknown) => withoutBidiControls(v)) })
                  : table.mutate(req),
            };
          },
        }),
    });
    // 统计报表's stored totals change in the same transaction as the rows they count (see totals/).
    this.use(totalsMiddleware);
    this.use(rosterMonthsMiddleware);
    // Changes of synced tables are queued for the center in the same transaction (see sync/).
    this.use(outboxMiddleware(() => this.syncWriter));
    for (const step of history) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade === 'volunteer-search-keys') {
        version.upgrade(async (tx) => {
          // The new search keys hold the names' pinyin, whose dictionary is not in the first screen's scripts.
          await Dexie.waitFor(loadPinyin());
          await tx
            .table('volunteers')
            .toCollection()
            .modify((row: Parameters<typeof migrateVolunteerToV2>[0], ref) => {
              ref.value = migrateVolunteerToV2(row);
            });
        });
      }
      if (step.upgrade === 'volunteer-given-name-keys') {
        version.upgrade(async (tx) => {
          await Dexie.waitFor(loadPinyin());
          await tx
            .table('volunteers')
            .toCollection()
            .modify((row: Volunteer, ref) => {
              ref.value = migrateVolunteerToV5(row);
            });
        });
      }
      if (step.upgrade === 'activity-fields') {
        version.upgrade((tx) =>
          tx
            .table('activities')
            .toCollection()
            .modify((row: Activity, ref) => {
              ref.value = migrateActivityToV6(row);
            }),
        );
      }
      if (step.upgrade === 'daily-totals') {
        // A district desk recounts five years here (minutes, not seconds): the boot screen shows how far.
        version.upgrade((tx) =>
          rebuildTotals(
            (name) => tx.table(name),
            (done, total) => onUpgrade?.({ task: '重建统计数据', done, total }),
          ),
        );
      }
      if (step.upgrade === 'room-days') version.upgrade((tx) => rebuildRoomDays((name) => tx.table(name)));
      if (step.upgrade === 'roster-months')
        version.upgrade((tx) => rebuildRosterMonths((name) => tx.table(name)));
      if (step.upgrade === 'served-compact') version.upgrade((tx) => repackServed((name) => tx.table(name)));
    }
  }
}

/** How far a long schema upgrade has come, for the boot screen. */
export interface UpgradeProgress {
  /** What is being done, in words for the desk. */
  task: string;
  done: number;
  total: number;
}

/**
 * Creates a database handle (not yet opened). Tests pass their own name and, for upgrade tests, an
 * older slice of the history; the app passes `onUpgrade` to show a long upgrade's progress.
 */
export function createDatabase(
  name: string = DATABASE_NAME,
  history: readonly SchemaVersion[] = SCHEMA_HISTORY,
  onUpgrade?: (progress: UpgradeProgress) => void,
): DeskDatabase {
  return new DeskDatabase(name, history, onUpgrade);
}
