import { useState } from 'react';
import { activityMinutes } from '@shared/activities/activity-list';
import type { Activity, Volunteer } from '@shared/model';

/** One volunteer waiting to be saved with the activity: minutes and the 2012 fields, as typed. */
export interface HoursRow {
  volunteerId: string;
  name: string;
  volunteerNo: string;
  minutes: string;
  content: string;
  evaluation: string;
  leader: string;
  /** The message at this row's hours field (bad input, or why the save refused it). */
  problem: string | null;
}

/** The rows being added to an activity, each prefilled from the activity; a volunteer appears once. */
export function useHoursDraft(activity: Activity) {
  const [rows, setRows] = useState<HoursRow[]>([]);
  const add = (people: readonly Volunteer[], skip: ReadonlySet<string>): number => {
    const have = new Set([...rows.map((r) => r.volunteerId), ...skip]);
    const fresh: HoursRow[] = [];
    for (const v of people) {
      if (have.has(v.id)) continue;
      have.add(v.id);
      fresh.push({
        volunteerId: v.id,
        name: v.name,
        volunteerNo: v.volunteerNo,
        minutes: String(activityMinutes(activity)),
        content: activity.content,
        evaluation: activity.evaluation,
        leader: activity.leader,
        problem: null,
      });
    }
    setRows([...rows, ...fresh]);
    return fresh.length;
  };
  const change = (volunteerId: string, patch: Partial<HoursRow>) =>
    setRows((current) => current.map((r) => (r.volunteerId === volunteerId ? { ...r, ...patch } : r)));
  const drop = (volunteerId: string) =>
    setRows((current) => current.filter((r) => r.volunteerId !== volunteerId));
  return { rows, setRows, add, change, drop };
}
