import { Button, DatePicker, Empty, Flex, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { adminOnlyReason } from '@shared/staff/policy';
import { addDays } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { useLive } from '../../../db/live-query';
import type { RosterLine } from '../../../db/repos/rosters';
import { ExportButton } from '../../exchange/export/ExportButton';
import { PrintButton } from '../../print/PrintButton';
import { useMayDo } from '../../staff/staff-session';
import { callListExport } from '../export/roster-exports';
import { spanLines, volunteerCount, type SpannedLine } from './call-list';

const merged = (s: SpannedLine) => ({ rowSpan: s.span });

/**
 * 明日通话名单: everyone rostered on a date (tomorrow unless another is picked), grouped by post and
 * shift, to ring the evening before. Phones are masked; a 管理员 may show them in full or print them in
 * full, and each time writes one audit entry (the date and how many volunteers).
 */
export function CallListView({ today }: { today: string }) {
  const repos = useRepos();
  const write = useWrite();
  const mayShow = useMayDo('callListPhones');
  const dateId = useId();
  const [date, setDate] = useState(() => addDays(today, 1));
  // Full phones belong to the date they were read for: another date starts masked again.
  const [full, setFull] = useState<{ date: string; lines: RosterLine[] } | null>(null);
  const maskedLines = useLive(() => repos.rosters.callList(date), [repos, date]);
  const shown = full?.date === date ? full.lines : maskedLines;
  const showing = full?.date === date;

  const show = () =>
    void write(async () => {
      const { lines } = await repos.rosters.callListWithPhones(date, '查看');
      setFull({ date, lines });
    });
  const printFull = async () => ({
    ticket: (await repos.rosters.callListWithPhones(date, '打印')).auditId,
  });
  const empty = shown?.length === 0;

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <label htmlFor={dateId}>上岗日期</label>
        <DatePicker
          id={dateId}
          allowClear={false}
          // The calendar date is taken as typed: dayjs only formats it, so the machine's zone does not matter.
          value={dayjs(date)}
          format={['YYYY-MM-DD dddd', 'YYYY-MM-DD', 'YYYYMMDD']}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
        />
        <Typography.Text type="secondary">
          {shown ? `共 ${volunteerCount(shown)} 名志愿者，${shown.length} 个班次人次` : ''}
        </Typography.Text>
      </Flex>
      <Flex wrap gap={8} align="center">
        {showing ? (
          <Button onClick={() => setFull(null)}>隐藏完整手机号</Button>
        ) : (
          <Button disabled={!mayShow || empty} onClick={show}>
            显示完整手机号
          </Button>
        )}
        <Space wrap>
          <PrintButton
            label="打印通话名单"
            what="上岗通话名单"
            disabled={empty}
            job={{
              kind: 'roster-calls',
              params: { date },
              pageSizeMm: { widthMm: 210, heightMm: 297 },
              fileName: `上岗通话名单-${date}`,
            }}
            // What is on screen goes on paper: full phones only while shown, each print logged again.
            {...(showing && mayShow ? { prepare: printFull } : {})}
          />
          <ExportButton spec={callListExport(repos, date)} total={shown?.length} />
        </Space>
        <Typography.Text type="secondary">
          {!mayShow
            ? `手机号已打码（${adminOnlyReason('callListPhones')}）`
            : showing
              ? '正在显示完整手机号，本次查看已记入操作记录；此时打印的名单也含完整手机号，并另记一次。'
              : '手机号已打码；显示或打印完整手机号会记入操作记录。'}
        </Typography.Text>
      </Flex>
      {empty ? (
        <Empty description="这一天没有排班的志愿者。可以换一个日期，或先在岗位的一周排班表里安排志愿者。" />
      ) : (
        <Table<SpannedLine>
          aria-label={`${date} 通话名单`}
          rowKey={(s) => s.line.entryId}
          size="small"
          loading={shown === undefined}
          dataSource={spanLines(shown ?? [])}
          pagination={false}
          scroll={{ y: 420 }}
          columns={[
            { title: '时间', key: 'shift', width: 150, onCell: merged, render: (_, s) => s.shift },
            { title: '岗位', key: 'post', onCell: merged, render: (_, s) => s.line.postName },
            { title: '上岗地点', key: 'place', onCell: merged, render: (_, s) => s.line.place },
            {
              title: '志愿者',
              key: 'name',
              width: 120,
              render: (_, s) => `${s.line.name}${s.line.substituteFor !== null ? '（替）' : ''}`,
            },
            {
              title: '手机号',
              key: 'phone',
              width: 130,
              render: (_, s) => <span className="tabular">{s.line.phone || '—'}</span>,
            },
          ]}
        />
      )}
    </Flex>
  );
}
