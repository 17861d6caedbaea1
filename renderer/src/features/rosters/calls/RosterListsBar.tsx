import { Space } from 'antd';
import { RosterRangeExport } from '../export/RosterRangeExport';
import { CallListButton } from './CallListButton';

/** The all-posts lists of 岗位排班: the call list for the day ahead and the .xlsx of a date range. */
export function RosterListsBar({ today }: { today: string }) {
  return (
    <Space wrap>
      <CallListButton today={today} />
      <RosterRangeExport today={today} />
    </Space>
  );
}
