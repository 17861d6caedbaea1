import { useEffect, useState } from 'react';
import type { ReportPeriod } from '@shared/stats/report-periods';
import type { Repos } from '../../db';
import { reportError } from '../../db/errors';
import { loadRosterPart, type ReportBundle } from './load-report';

type RosterPart = Pick<ReportBundle, 'rosters' | 'rostersBefore'>;

/**
 * The report's 岗位排班 figures, read once per period and scope (see loadRosterPart): undefined while
 * they are counted, else the figures or the Chinese reason they could not be read.
 */
export function useRosterPart(
  repos: Repos,
  period: ReportPeriod,
  stationId: string | null,
): { part: RosterPart } | { problem: string } | undefined {
  const key = `${period.kind}|${period.firstDay}|${period.lastDay}|${stationId ?? ''}`;
  const [state, setState] = useState<{ key: string; value: { part: RosterPart } | { problem: string } }>();
  useEffect(() => {
    // A period changed meanwhile: the earlier read's answer is dropped, not shown for the new one.
    let current = true;
    loadRosterPart(repos, period, stationId).then(
      (part) => current && setState({ key, value: { part } }),
      (error: unknown) => current && setState({ key, value: { problem: reportError(error) } }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the period and scope.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repos, key]);
  return state?.key === key ? state.value : undefined;
}
