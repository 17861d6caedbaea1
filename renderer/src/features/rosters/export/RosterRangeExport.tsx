import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { addDays, daysBetween } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { ExportButton } from '../../exchange/export/ExportButton';
import { rosterRangeExport } from './roster-exports';

/** The longest range one sheet takes: a year of a district's posts stays a sheet Excel opens quickly. */
const MAX_DAYS = 366;

/**
 * 导出排班明细: every post's entries between two dates as an .xlsx, one row per entry, dates and shift
 * times as real Excel cells, phones masked unless a 管理员 exports them in full (logged by ExportButton).
 */
export function RosterRangeExport({ today }: { today: string }) {
  const repos = useRepos();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState(() => ({ from: today, to: addDays(today, 6) }));
  const days = daysBetween(range.from, range.to) + 1;
  const problem = days > MAX_DAYS ? `一次最多导出 ${MAX_DAYS} 天，请缩短日期范围或分几次导出` : null;
  return (
    <>
      <Button icon={<DownloadOutlined aria-hidden />} onClick={() => setOpen(true)}>
        导出排班明细
      </Button>
      <Modal open={open} title="导出排班明细" footer={null} onCancel={() => setOpen(false)}>
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            导出所选日期内全部岗位的排班，每条排班一行，含状态和顶替关系。
          </Typography.Paragraph>
          <Flex wrap gap={8} align="center">
            <label htmlFor={id}>日期范围</label>
            <DatePicker.RangePicker
              id={{ start: id }}
              allowClear={false}
              value={[dayjs(range.from), dayjs(range.to)]}
              status={problem ? 'error' : ''}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(v) => {
                if (v?.[0] && v[1])
                  setRange({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
              }}
            />
          </Flex>
          {problem ? (
            <Alert id={`${id}-problem`} type="error" showIcon title={problem} />
          ) : (
            <ExportButton spec={rosterRangeExport(repos, range)} />
          )}
        </Flex>
      </Modal>
    </>
  );
}
