/**
 * The full schema history. Each version re-declares every table, so any version can be read on its own
 * (and a test can build a database exactly as an older app left it). Never edit a version once it has
 * shipped: add a new one, with its row migration as a pure function in shared/migrations.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** Name of the upgrade applied when moving to this version (see shared/migrations). */
  upgrade?:
    | 'volunteer-search-keys'
    | 'volunteer-given-name-keys'
    | 'activity-fields'
    | 'daily-totals'
    | 'room-days'
    | 'served-compact'
    | 'roster-months';
}

const v1: Record<string, string> = {
  settings: 'id, &key',
  rooms: 'id, sortOrder, kind, updatedAt',
  closures: 'id, date, endDate, roomId, updatedAt',
  organisations: 'id, name, type, updatedAt',
  bookingSeries: 'id, roomId, updatedAt',
  bookings: 'id, &number, [roomId+start], start, seriesId, organisationId, status, updatedAt',
  volunteers: 'id, &volunteerNo, idNumber, name, phone, updatedAt',
  teams: 'id, name, updatedAt',
  serviceRecords:
    'id, volunteerId, [volunteerId+signInAt], signInAt, status, activityId, bookingId, updatedAt',
  activities: 'id, start, roomId, bookingId, updatedAt',
  serviceOrders: 'id, status, orderedAt, updatedAt',
  documents: 'id, &number, [kind+year], recipientId, issuedAt, status, updatedAt',
  counters: 'id, &key',
  templates: 'id, kind, updatedAt',
  staff: 'id, name, updatedAt',
  auditLog: 'id, at, [entity+entityId], actor',
};

// v2: one search box over volunteers needs a multi-entry prefix index, and team rosters need one too.
const v2: Record<string, string> = {
  ...v1,
  // deletedAt holds only deleted rows (null is not indexed): the 已删除 list reads it cheaply.
  volunteers: 'id, &volunteerNo, idNumber, name, phone, *searchKeys, *teamIds, deletedAt, updatedAt',
  // Sign-in needs "is this volunteer on duty?" and profiles need confirmed records per volunteer.
  serviceRecords:
    'id, volunteerId, [volunteerId+signInAt], [volunteerId+status], [status+signInAt], signInAt, status, activityId, bookingId, updatedAt',
};

// v3: issued documents keep the template images they were issued with (a reprint after the seal
// changed must still look as issued); images live once per template version, in their own table.
const v3: Record<string, string> = {
  ...v2,
  assets: 'id',
};

// v4: the audit log is a hash chain. `seq` finds the chain's head even when the PC clock went back
// (rows written before v4 have none and stay out of the index); [actor+at] and [entity+at] page the
// 操作记录 filters by key range instead of scanning the whole log.
const v4: Record<string, string> = {
  ...v3,
  auditLog: 'id, at, [entity+entityId], actor, seq, [actor+at], [entity+at]',
};

// v5: no new index; volunteers' search keys gain the given name (晓峰 finds 张晓峰), so every row's
// keys are recomputed once.
const v5: Record<string, string> = { ...v4 };

// v6: activities and service orders become real records. Projects, photos and confirmed honours get
// tables; activities are filtered by project and 所/站 within a period (start stays the range key), and
// their deletedAt (null is not indexed) holds only the deleted ones, so a period's count is two index counts;
// the order board reads each status column newest first ([status+orderedAt]), reports and 评选 read the
// orders completed in a period (completedAt), and a resident calling back is found by phone; an order's
// and an activity's service records are found by orderId / activityId.
const v6: Record<string, string> = {
  ...v5,
  projects: 'id, name, teamId, updatedAt',
  photos: 'id, ownerId',
  honours: 'id, [period+periodStart], periodStart, winnerId, updatedAt',
  activities: 'id, start, roomId, bookingId, projectId, stationId, orderId, deletedAt, updatedAt',
  serviceOrders:
    'id, &number, status, [status+orderedAt], orderedAt, completedAt, requesterPhone, projectId, updatedAt',
  serviceRecords:
    'id, volunteerId, [volunteerId+signInAt], [volunteerId+status], [status+signInAt], signInAt, status, activityId, bookingId, orderId, updatedAt',
};

// v7: 统计报表 reads stored totals instead of a period's rows: additive figures per day, 所/站, category
// and project (dailyTotals, summed per month in monthlyTotals so a year reads months), and who served per day and per month (volunteerDays, volunteerMonths), as
// distinct people cannot be added up from daily counts. Volunteers registered in a period are found by
// createdAt. National exports keep each run (exportRuns) and the records it held (exportMarks, in chunks), so
// the next export offers only new or changed records and a run can be repeated.
const v7: Record<string, string> = {
  ...v6,
  volunteers:
    'id, &volunteerNo, idNumber, name, phone, *searchKeys, *teamIds, deletedAt, createdAt, updatedAt',
  dailyTotals: 'id, day',
  monthlyTotals: 'id, month',
  volunteerDays: 'id, day',
  volunteerMonths: 'id, month',
  exportRuns: 'id, kind, at',
  exportMarks: 'id, exportId',
};

// v8: 统计报表's room idle rate reads each day's stored room use (the union of held and of 未到场
// bookings per room) instead of a year's bookings; open time is not stored, as room hours and closures
// stay editable. The upgrade builds the rows from the bookings already there.
const v8: Record<string, string> = {
  ...v7,
  roomDays: 'id, day',
};

// v9: no table changes. The rows of who served (volunteerDays, volunteerMonths) are rewritten in the
// compact format (UUIDs in 22 characters, birth dates without dashes): a year's report reads about 40% less.
const v9: Record<string, string> = { ...v8 };

// v10: 岗位排班. Posts and terms are few and read whole; a year of roster entries is ~292,000 rows, so every
// roster read is an index range: a post's week grid by [postId+date], a volunteer's days (the clash check
// of a whole term's pattern) by [volunteerId+date], today's gaps across all posts by date. A pattern's
// entries are found by patternId and a sign-in's shift by serviceRecordId (both null for most rows, and
// null is not indexed, so those indexes stay small). A post's deletedAt holds only the deleted ones, for
// the restore list. Additive: no row changes, no upgrade step.
const v10: Record<string, string> = {
  ...v9,
  dutyPosts: 'id, name, stationId, deletedAt, updatedAt',
  schoolTerms: 'id, start, end',
  rosterPatterns: 'id, postId, volunteerId',
  rosterEntries: 'id, [postId+date], [volunteerId+date], date, patternId, serviceRecordId',
};

// v11: 统计报表's 岗位排班 tables read stored figures per post and month (rosterMonths: each day's staffed
// shifts, 到岗/缺勤/请假, served minutes and who was absent) instead of a school year's ~292,000 entries. What a
// post needs and which days it runs are not stored (posts and terms stay editable). The upgrade builds
// the rows from the entries already there.
const v11: Record<string, string> = {
  ...v10,
  rosterMonths: 'id, month',
};

// v12: desks replicate through the center (issue 15), with Dexie still the app's database. syncMeta holds,
// per synced row (`table|key`), the mirror revision the row is based on; outbox queues each local change of
// a synced table in the transaction that made it, in order (auto seq), and [table+key] finds a row's
// pending changes; syncConflicts keeps conflicts until staff resolve them, found by row and listed by age.
// Additive: every table starts empty, and nothing is queued while no center is set.
const v12: Record<string, string> = {
  ...v11,
  syncMeta: 'id',
  outbox: '++seq, [table+key]',
  syncConflicts: 'id, [table+key], createdAt',
};

// v13: bookings gain [status+start], so a period's 未到场 and 已取消 bookings are counted from the index
// (统计报表, 今日概览) instead of reading the period's booking rows on every change.
const v13: Record<string, string> = {
  ...v12,
  bookings: 'id, &number, [roomId+start], start, [status+start], seriesId, organisationId, status, updatedAt',
};

// v14: numbers (bookings, documents, 服务单, 志愿者编号) are no longer unique indexes. Desks that sync number under their own desk code, so they
// never give one number twice; but two desks that numbered alone before syncing hold the same numbers,
// and a unique index made the pull of the other desk's row fail, stopping sync for good. Allocation still
// reads the highest stored number through the same (now plain) indexes.
const v14: Record<string, string> = {
  ...v13,
  bookings: 'id, number, [roomId+start], start, [status+start], seriesId, organisationId, status, updatedAt',
  volunteers:
    'id, volunteerNo, idNumber, name, phone, *searchKeys, *teamIds, deletedAt, createdAt, updatedAt',
  documents: 'id, number, [kind+year], recipientId, issuedAt, status, updatedAt',
  serviceOrders:
    'id, number, status, [status+orderedAt], orderedAt, completedAt, requesterPhone, projectId, updatedAt',
};

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  { version: 1, stores: v1 },
  { version: 2, stores: v2, upgrade: 'volunteer-search-keys' },
  { version: 3, stores: v3 },
  { version: 4, stores: v4 },
  { version: 5, stores: v5, upgrade: 'volunteer-given-name-keys' },
  { version: 6, stores: v6, upgrade: 'activity-fields' },
  { version: 7, stores: v7, upgrade: 'daily-totals' },
  { version: 8, stores: v8, upgrade: 'room-days' },
  { version: 9, stores: v9, upgrade: 'served-compact' },
  { version: 10, stores: v10 },
  { version: 11, stores: v11, upgrade: 'roster-months' },
  { version: 12, stores: v12 },
  { version: 13, stores: v13 },
  { version: 14, stores: v14 },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]?.version ?? 1;

export const DATABASE_NAME = 'practice-desk';
