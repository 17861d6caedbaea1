import { useMemo } from 'react';
import {
  roomUtilisation,
  totalUtilisation,
  utilisationHeatMap,
  type HeatMap,
  type RoomUtilisation,
} from '@shared/booking/utilisation';
import type { Room } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { MAKEUP_DAYS } from '../../db/repos/closures';
import type { Period } from '../reports/periods';

/** Room use over a period, computed live from the stored rooms, bookings and closures. */
export interface UtilisationResult {
  rows: RoomUtilisation[];
  total: ReturnType<typeof totalUtilisation>;
  heat: HeatMap;
  rooms: ReadonlyMap<string, Room>;
}

/** Utilisation of the active rooms over a period (null while loading); used by 使用率 and 统计报表. */
export function useUtilisation(period: Period): UtilisationResult | null {
  const repos = useRepos();
  const data = useLive(async () => {
    const [rooms, bookings, closures] = await Promise.all([
      repos.places.rooms(),
      repos.places.bookingsBetween(period.from, period.to),
      repos.places.closuresBetween(period.firstDay, period.lastDay),
    ]);
    return { rooms: rooms.filter((r) => r.active), bookings, closures };
  }, [repos, period.from, period.to]);
  return useMemo(() => {
    if (!data) return null;
    const input = { ...data, makeup: MAKEUP_DAYS, fromDate: period.firstDay, toDate: period.lastDay };
    const rows = roomUtilisation(input);
    return {
      rows,
      total: totalUtilisation(rows),
      heat: utilisationHeatMap(input),
      rooms: new Map(data.rooms.map((r) => [r.id, r])),
    };
  }, [data, period.firstDay, period.lastDay]);
}
