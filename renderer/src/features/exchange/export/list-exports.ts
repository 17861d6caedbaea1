import type { ActivityCursor, ActivityFilter } from '@shared/activities/activity-list';
import { ACTIVITY_COLUMNS, VOLUNTEER_COLUMNS, type NameLookups } from '@shared/exchange/export-columns';
import { ORDER_COLUMNS } from '@shared/exchange/export-orders';
import { DOCUMENT_COLUMNS } from '@shared/exchange/export-documents';
import { RECORD_COLUMNS, type RecordLookups } from '@shared/exchange/export-records';
import type {
  Activity,
  DocumentKind,
  IssuedDocument,
  ServiceOrder,
  ServiceRecord,
  Volunteer,
} from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import type { Repos } from '../../../db';
import type { RegisterCursor } from '../../../db/repos/documents';
import type { OrderCursor, OrderListFilter } from '../../../db/repos/order-reads';
import type { ListExport } from './run-export';

/** The whole live roster in volunteer-number order, read from the number index onwards. */
export function volunteerRosterExport(
  repos: Repos,
  today: string,
): ListExport<Volunteer, string, NameLookups> {
  return {
    list: '志愿者名册',
    fileName: `志愿者名册_${today}`,
    columns: VOLUNTEER_COLUMNS,
    read: async (after, size) => {
      const rows = await repos.people.volunteersAfter(after, size);
      return { rows, next: rows.length < size ? null : (rows.at(-1)?.volunteerNo ?? null) };
    },
    lookups: async () => ({ names: new Map((await repos.teams.list()).map((t) => [t.id, t.name])) }),
  };
}

/** The activities of a period under the list's filter, newest first, through the list's own keyset. */
export function activityListExport(
  repos: Repos,
  range: { from: number; to: number },
  filter: ActivityFilter,
): ListExport<Activity, ActivityCursor, NameLookups> {
  return {
    list: '活动记录',
    fileName: `活动记录_${dateKey(range.from)}至${dateKey(range.to - 1)}`,
    columns: ACTIVITY_COLUMNS,
    read: async (cursor, size) => {
      const page = await repos.activities.page(range, filter, size, cursor, 'older');
      const last = page.rows.at(-1);
      return { rows: page.rows, next: page.hasOlder && last ? { start: last.start, id: last.id } : null };
    },
    lookups: async () => {
      const [projects, stations] = await Promise.all([repos.projects.list(), repos.settings.get('stations')]);
      return {
        names: new Map([
          ...projects.map((p): [string, string] => [p.id, p.name]),
          ...(stations ?? []).map((s): [string, string] => [s.id, s.name]),
        ]),
      };
    },
  };
}

/** The 服务单 list under its filters, newest first, through the list's own keyset. */
export function orderListExport(
  repos: Repos,
  filter: Omit<OrderListFilter, 'after' | 'limit'>,
  today: string,
): ListExport<ServiceOrder, OrderCursor, NameLookups> {
  return {
    list: '服务单',
    fileName: `服务单_${today}`,
    columns: ORDER_COLUMNS,
    read: (after, limit) => repos.orders.list({ ...filter, after, limit }),
    lookups: async () => ({ names: new Map((await repos.teams.list()).map((t) => [t.id, t.name])) }),
  };
}

/** The document register under its kind and search filter, newest first. */
export function documentRegisterExport(
  repos: Repos,
  filter: { kind?: DocumentKind | undefined; query?: string | undefined },
  today: string,
): ListExport<IssuedDocument, RegisterCursor, unknown> {
  return {
    list: '开具登记簿',
    fileName: `开具登记簿_${today}`,
    columns: DOCUMENT_COLUMNS,
    read: (after, limit) => repos.documents.registerPage(filter, after, limit),
    lookups: () => Promise.resolve(null),
  };
}

/**
 * One volunteer's records as the profile shows them (a person's records are a few hundred at most, and
 * the profile has them already): one page.
 */
export function volunteerRecordsExport(
  volunteer: Pick<Volunteer, 'id' | 'volunteerNo' | 'name'>,
  records: readonly ServiceRecord[],
): ListExport<ServiceRecord, never, RecordLookups> {
  return {
    list: '服务记录',
    fileName: `服务记录_${volunteer.volunteerNo}_${volunteer.name}`,
    columns: RECORD_COLUMNS,
    read: () => Promise.resolve({ rows: [...records], next: null }),
    lookups: () => Promise.resolve({ volunteers: new Map([[volunteer.id, volunteer]]) }),
  };
}
