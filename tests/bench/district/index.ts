import type { DeskDatabase } from '../../../renderer/src/db';
import { createRepos } from '../../../renderer/src/db';
import { generateActivities } from './activities';
import { generateBookings, generateRooms } from './bookings';
import { districtContext, districtSizes, type DistrictSizes, type PhaseListener } from './context';
import { generateDocuments } from './documents';
import { completedOrders, generateOrders } from './orders';
import { generateOrganisations, generateVolunteers } from './people';

export { DISTRICT_SIZES, districtSizes, type DistrictSizes } from './context';

/** The tables the generator fills, in the order it fills them. */
export const DISTRICT_TABLES = [
  'rooms',
  'organisations',
  'volunteers',
  'bookings',
  'activities',
  'serviceRecords',
  'orders',
  'documents',
] as const satisfies readonly (keyof DistrictSizes)[];

/** One of {@link DISTRICT_TABLES}. */
export type DistrictTable = (typeof DISTRICT_TABLES)[number];

/**
 * What a build did: the sizes it aimed at and the milliseconds each step took (service records are
 * written by the activities and orders steps, so they have no time of their own).
 *
 * @example
 * const built: DistrictBuild = await buildDistrict(db, { now, seed: 14, scale: 0.001 });
 * built.ms.volunteers // => e.g. 840
 */
export interface DistrictBuild {
  sizes: DistrictSizes;
  ms: Partial<Record<DistrictTable, number>>;
}

/**
 * Builds a district dataset in an opened, empty database through the app's own repositories (the same
 * checks, numbering, totals and audit a desk's writes get): rooms, units, the volunteer roll, five
 * years of bookings, activities with their volunteers' hours, service orders through the whole loop
 * and issued documents. Deterministic: the same `seed`, `now` and `scale` write the same rows with
 * the same ids. `onPhase` hears each step and its progress.
 *
 * @example
 * await buildDistrict(db, { now: Date.UTC(2026, 11, 1, 2), seed: 14, scale: 0.005 });
 */
export async function buildDistrict(
  db: DeskDatabase,
  options: { now: number; seed: number; scale: number; onPhase?: PhaseListener },
): Promise<DistrictBuild> {
  const sizes = districtSizes(options.scale);
  const g = districtContext({ now: options.now, seed: options.seed });
  const repos = createRepos(db, g);
  const phase = options.onPhase ?? (() => undefined);
  const ms: DistrictBuild['ms'] = {};
  const timed = async <T>(table: DistrictTable, step: (progress: (done: number) => void) => Promise<T>) => {
    phase(`district: ${table}`);
    const t0 = performance.now();
    const result = await step((done) => phase(`district: ${table} ${done}/${sizes[table]}`));
    ms[table] = performance.now() - t0;
    return result;
  };
  const roomIds = await timed('rooms', () => generateRooms(g, repos, sizes.rooms));
  const organisationIds = await timed('organisations', () =>
    generateOrganisations(g, repos, sizes.organisations),
  );
  await timed('volunteers', (p) => generateVolunteers(g, repos, sizes.volunteers, p));
  // Ids are counter-made, so key order is registration order.
  const volunteerIds = (await db.volunteers.toCollection().primaryKeys()) as string[];
  await timed('bookings', (p) =>
    generateBookings(g, db, { roomIds, organisationIds, count: sizes.bookings }, p),
  );
  const activityRecords = sizes.serviceRecords - completedOrders(sizes.orders);
  await timed('activities', (p) =>
    generateActivities(g, db, { volunteerIds, count: sizes.activities, records: activityRecords }, p),
  );
  await timed('orders', (p) => generateOrders(g, db, { volunteerIds, count: sizes.orders }, p));
  await timed('documents', (p) => generateDocuments(g, repos, { volunteerIds, count: sizes.documents }, p));
  phase('district: built');
  return { sizes, ms };
}

/**
 * How many live rows each generated table holds.
 *
 * @example
 * (await countDistrict(db)).bookings // => 100_000 after a full build
 */
export async function countDistrict(db: DeskDatabase): Promise<Record<DistrictTable, number>> {
  const live = { filter: (r: { deletedAt: number | null }) => r.deletedAt === null };
  return {
    rooms: await db.rooms.filter(live.filter).count(),
    organisations: await db.organisations.filter(live.filter).count(),
    volunteers: await db.volunteers.filter(live.filter).count(),
    bookings: await db.bookings.filter(live.filter).count(),
    activities: await db.activities.filter(live.filter).count(),
    serviceRecords: await db.serviceRecords.filter(live.filter).count(),
    orders: await db.serviceOrders.filter(live.filter).count(),
    documents: await db.documents.filter(live.filter).count(),
  };
}

/**
 * The tables whose count differs from the sizes asked for, as `table: counted ≠ expected`; empty when
 * the build is complete.
 *
 * @example
 * countMismatches({ ...counts, rooms: 29 }, sizes) // => ['rooms: 29 ≠ 30']
 */
export function countMismatches(counts: Record<DistrictTable, number>, sizes: DistrictSizes): string[] {
  return DISTRICT_TABLES.filter((t) => counts[t] !== sizes[t]).map((t) => `${t}: ${counts[t]} ≠ ${sizes[t]}`);
}
