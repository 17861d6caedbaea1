import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { RecordsTable } from './RecordsTable';

/** Records waiting for review: auto-closed sign-outs and hand-added records. */
export function PendingRecords() {
  const repos = useRepos();
  const records = useLive(() => repos.serviceRecords.pending(200), [repos]);
  const people = useLive(
    () => repos.volunteers.many((records ?? []).map((r) => r.volunteerId)),
    [repos, records],
  );
  return <RecordsTable records={records} showVolunteer={(id) => people?.get(id)?.name ?? '…'} />;
}
