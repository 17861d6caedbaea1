import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import type { VolunteerSettings } from '../../db/repos/service-records';

/** The center's volunteer settings (hours rules, star ladder, minor limits, notice version). */
export function useVolunteerSettings(): VolunteerSettings | undefined {
  const repos = useRepos();
  return useLive(() => repos.serviceRecords.settings(), [repos]);
}
