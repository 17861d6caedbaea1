import type { ServiceRecord, Team, Volunteer } from '../model/people';
import type { Activity } from '../model/practice';
import type { Booking, Closure, Organisation, Room } from '../model/places';
import type { NumberCounter } from '../model/documents';
import type { ServiceOrder } from '../model/practice';
import { generateBookings } from './bookings';
import { createDemoContext } from './context';
import { generateOrganisations, generateTeams, generateVolunteers } from './people';
import { generateClosures, generateRooms } from './places';
import { generateOrders } from './orders';
import { generateService } from './service';

/**
 * Everything the demo loader writes, one array per table.
 *
 * @example
 * const data: DemoData = generateDemoData({ now, seed: 2026, deskId });
 */
export interface DemoData {
  rooms: Room[];
  closures: Closure[];
  organisations: Organisation[];
  teams: Team[];
  volunteers: Volunteer[];
  bookings: Booking[];
  serviceRecords: ServiceRecord[];
  activities: Activity[];
  serviceOrders: ServiceOrder[];
  /** The numbering the desk continues from (the demo's 服务单号). */
  counters: NumberCounter[];
}

/**
 * Generates a realistic, fully stamped data set for a district center in Fuzhou around `now`: rooms,
 * closures, units, teams, 200 volunteers, a month of bookings, activities, service records and
 * residents' service orders in every status. The
 * same seed and `now` always give the same data, whatever the machine's time zone.
 *
 * @example
 * const data = generateDemoData({ now: Date.UTC(2026, 10, 22, 2), seed: 2026, deskId: 'desk-1' });
 * data.volunteers.length // => 200
 */
export function generateDemoData(options: { now: number; seed: number; deskId: string }): DemoData {
  const ctx = createDemoContext(options);
  const rooms = generateRooms(ctx);
  const closures = generateClosures(ctx, rooms);
  const organisationsBefore = generateOrganisations(ctx);
  const { volunteers, teams } = generateVolunteers(ctx, generateTeams(ctx));
  const bookings = generateBookings(ctx, rooms, closures, organisationsBefore);
  // The no-show counter is what the desk would have counted while marking those bookings.
  const organisations = organisationsBefore.map((o) => ({
    ...o,
    noShowCount: bookings.filter((b) => b.organisationId === o.id && b.status === '未到场').length,
  }));
  const { activities, serviceRecords } = generateService(ctx, {
    rooms,
    closures,
    organisations,
    teams,
    volunteers,
    bookings,
  });
  const orders = generateOrders(ctx, { teams, volunteers });
  return {
    rooms,
    closures,
    organisations,
    teams,
    volunteers,
    bookings,
    serviceRecords: [...serviceRecords, ...orders.serviceRecords],
    activities,
    serviceOrders: orders.serviceOrders,
    counters: orders.counters,
  };
}

/**
 * The demo's tuning constants, for tests and the loader's summary.
 *
 * @example
 * import { DEMO_VOLUNTEER_COUNT } from '@shared/demo';
 */
export { DEMO_BOOKING_DAYS } from './bookings';
export { DEMO_MINOR_COUNT, DEMO_NOTICE_VERSION, DEMO_VOLUNTEER_COUNT } from './people';
export { DEMO_HOURS_RULES } from './service';
