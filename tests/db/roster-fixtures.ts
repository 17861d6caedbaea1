import type { DBCoreQueryRequest } from 'dexie';
import { makeIdNumber } from '@shared/identity/id-card';
import type { DutyPostFormValues } from '@shared/rosters/post-schema';
import type { SchoolTermFormValues } from '../../renderer/src/db/repos/school-terms';
import { testContext, uniqueDbName } from './helpers';
import { volunteerDraft } from './volunteer-fixtures';

/** 2026's autumn term with a 秋假 week; 国庆 (10-01…10-07) comes from the real holiday dataset. */
export const AUTUMN_TERM: SchoolTermFormValues = {
  name: '2026秋季学期',
  start: '2026-09-01',
  end: '2027-01-22',
  vacations: [{ name: '秋假', from: '2026-11-09', to: '2026-11-13' }],
};

/** A school gate on the school calendar, adults only: 07:20–08:00 for two, 16:30–17:15 for one. */
export function gateForm(over: Partial<DutyPostFormValues> = {}): DutyPostFormValues {
  return {
    name: '社区教育宣传',
    place: '实验小学南门',
    stationId: '',
    teamId: '',
    community: '东街社区',
    adultsOnly: true,
    calendar: '校历',
    shifts: [
      { id: 's-am', label: '早岗', startMinute: '07:20', endMinute: '08:00', needed: '2' },
      { id: 's-pm', label: '午岗', startMinute: '16:30', endMinute: '17:15', needed: '1' },
    ],
    ...over,
  };
}

/** A 便民服务 point open every day 07:30–08:30, overlapping the gate's 早岗, open to minors. */
export function stationForm(over: Partial<DutyPostFormValues> = {}): DutyPostFormValues {
  return {
    ...gateForm(),
    name: '公益服务模范',
    place: '东街社区站便民服务点',
    adultsOnly: false,
    calendar: '每天',
    shifts: [{ id: 's-day', label: '早班', startMinute: '07:30', endMinute: '08:30', needed: '1' }],
    ...over,
  };
}

/** One read the database answered: `table index range`, e.g. `rosterEntries [postId+date] range`. */
function describeRead(table: string, req: Pick<DBCoreQueryRequest, 'query'>): string {
  const { index, range } = req.query;
  // DBCoreRangeType.Any (3) is a read of every row in the index: a scan.
  return `${table} ${index.name ?? 'id'} ${range.type === 3 ? 'all' : 'range'}`;
}

/**
 * A fresh desk whose database notes every query, cursor and count by table, index and range, so a test
 * can say which index a read went through and that nothing scanned a table. Clear `reads` before the
 * call under test.
 */
export async function openRecordedDesk(label: string) {
  const { createDatabase, createRepos, openDatabase } = await import('../../renderer/src/db');
  const db = createDatabase(uniqueDbName(label));
  const reads: string[] = [];
  db.use({
    stack: 'dbcore',
    name: 'read-recorder',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          query: (req) => {
            reads.push(describeRead(name, req));
            return t.query(req);
          },
          openCursor: (req) => {
            reads.push(describeRead(name, req));
            return t.openCursor(req);
          },
          count: (req) => {
            reads.push(describeRead(name, req));
            return t.count(req);
          },
        };
      },
    }),
  });
  await openDatabase(db);
  const ctx = testContext();
  const repos = createRepos(db, ctx);
  /** The reads of one table since the last clear. */
  const readsOf = (table: string) => reads.filter((r) => r.startsWith(`${table} `));
  return { db, ctx, repos, reads, readsOf };
}

/** Registers adult volunteers numbered from 1 and returns their ids. */
export async function registerAdults(
  repos: Awaited<ReturnType<typeof openRecordedDesk>>['repos'],
  count: number,
  now: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= count; n += 1) ids.push((await repos.volunteers.register(volunteerDraft(n, now))).id);
  return ids;
}

/** An ID number of someone born on a date (YYYYMMDD), for minors. */
export const idBornOn = (birthDate: string, sequence: number) =>
  makeIdNumber({ addressCode: '350102', birthDate, sequence });
