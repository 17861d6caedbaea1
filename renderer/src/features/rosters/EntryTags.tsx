import { Tag } from 'antd';
import type { Volunteer } from '@shared/model';
import type { RosterEntry, RosterStatus } from '@shared/rosters/model';

const STATUS_COLOR: Record<RosterStatus, string | undefined> = {
  排班: undefined,
  到岗: 'green',
  请假: 'gold',
  缺勤: 'red',
};

/** A rostered person's status (none while simply 排班) and, for a substitute, whom they stand in for. */
export function EntryTags({
  entry,
  names,
}: {
  entry: RosterEntry;
  names: ReadonlyMap<string, Volunteer> | undefined;
}) {
  return (
    <>
      {entry.substituteFor !== null && (
        <Tag style={{ marginInline: 4 }}>替 {names?.get(entry.substituteFor)?.name ?? '…'}</Tag>
      )}
      {entry.status !== '排班' && (
        <Tag color={STATUS_COLOR[entry.status]} style={{ marginInline: 4 }}>
          {entry.status}
        </Tag>
      )}
    </>
  );
}
