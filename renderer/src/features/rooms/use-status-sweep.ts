import { useEffect } from 'react';
import { useDeskStatus, useRepos } from '../../app/desk-context';

/**
 * Lets the clock move bookings on (未到场 after the grace period, 已完成 after the end) while a booking
 * view is open: once on view and then every minute. The decision is the pure dueStatusChanges.
 */
export function useStatusSweep(): void {
  const repos = useRepos();
  const { readOnly } = useDeskStatus();
  useEffect(() => {
    if (readOnly) return;
    const run = () => {
      // A failed sweep is retried on the next tick; nothing the desk typed depends on it.
      repos.bookings.sweep().catch(() => undefined);
    };
    run();
    const timer = setInterval(run, 60_000);
    return () => clearInterval(timer);
  }, [repos, readOnly]);
}
