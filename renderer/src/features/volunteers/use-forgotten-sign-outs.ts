import { useEffect } from 'react';
import { useDeskStatus, useRepos } from '../../app/desk-context';

/** Often enough that no screen shows last night's sign-ins as on duty for more than a minute. */
export const CLOSE_FORGOTTEN_EVERY_MS = 60_000;

/**
 * Closes forgotten sign-outs (past the auto-close time) when the desk opens and every minute after, so
 * 今日概览, the roster and the sign-in page always agree on who is on duty, whichever screen is open.
 */
export function useCloseForgottenSignOuts(): void {
  const repos = useRepos();
  const { readOnly } = useDeskStatus();
  useEffect(() => {
    if (readOnly) return;
    const close = () => {
      // A failed pass is retried on the next tick; nothing half-written (one transaction).
      repos.serviceRecords.closeForgotten().catch((error: unknown) => console.error(error));
    };
    close();
    const timer = window.setInterval(close, CLOSE_FORGOTTEN_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [repos, readOnly]);
}
