import { Table, Tag, Typography } from 'antd';
import type { Key } from 'react';
import type { TeamCandidate, VolunteerCandidate } from '../../db/repos/honours';
import { breakdownText } from './breakdown-text';

interface Props {
  volunteers: VolunteerCandidate[] | undefined;
  teams: TeamCandidate[] | undefined;
  /** Winners already confirmed for the period: shown, not selectable again. */
  confirmedIds: ReadonlySet<string>;
  selectedVolunteers: Key[];
  selectedTeams: Key[];
  onSelectVolunteers(keys: Key[]): void;
  onSelectTeams(keys: Key[]): void;
}

const hours = (minutes: number) => `${Math.round(minutes / 6) / 10} 小时`;

/** The ranked 时尚达人 and 先进集体 candidates with their breakdown, selectable by checkbox. */
export function CandidateTables(props: Props) {
  const { volunteers, teams, confirmedIds } = props;
  const selection = (selected: Key[], onSelect: (keys: Key[]) => void) => ({
    selectedRowKeys: selected,
    hideSelectAll: true,
    columnTitle: '当选',
    columnWidth: 56,
    onChange: (keys: Key[]) => onSelect(keys),
    getCheckboxProps: (r: { name: string; id: string }) => ({
      'aria-label': `选择${r.name}`,
      disabled: confirmedIds.has(r.id),
    }),
  });
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        时尚达人候选
      </Typography.Title>
      <Table<VolunteerCandidate & { id: string }>
        aria-label="时尚达人候选"
        rowKey="id"
        size="small"
        loading={volunteers === undefined}
        dataSource={volunteers?.map((v) => ({ ...v, id: v.volunteerId }))}
        pagination={false}
        rowSelection={selection(props.selectedVolunteers, props.onSelectVolunteers)}
        locale={{ emptyText: '这一期还没有积分。志愿者签退并确认服务记录、办结服务单后，这里会列出候选人。' }}
        columns={[
          { title: '名次', key: 'rank', width: 60, render: (_, __, i) => i + 1 },
          {
            title: '姓名',
            dataIndex: 'name',
            width: 140,
            render: (v: string, r) => (
              <>
                {v} {confirmedIds.has(r.id) && <Tag color="gold">已当选</Tag>}
              </>
            ),
          },
          { title: '志愿者编号', dataIndex: 'volunteerNo', width: 120 },
          { title: '积分', dataIndex: 'points', width: 80 },
          { title: '服务时长', key: 'minutes', width: 100, render: (_, r) => hours(r.minutes) },
          { title: '积分明细', key: 'breakdown', render: (_, r) => breakdownText(r.breakdown) },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        先进集体候选
      </Typography.Title>
      <Typography.Paragraph type="secondary">队伍积分为本期全体队员积分之和。</Typography.Paragraph>
      <Table<TeamCandidate & { id: string }>
        aria-label="先进集体候选"
        rowKey="id"
        size="small"
        loading={teams === undefined}
        dataSource={teams?.map((t) => ({ ...t, id: t.teamId }))}
        pagination={false}
        rowSelection={selection(props.selectedTeams, props.onSelectTeams)}
        locale={{
          emptyText: '这一期还没有队伍取得积分。在“志愿者 · 队伍”中编入队员后，队伍会按队员积分排名。',
        }}
        columns={[
          { title: '名次', key: 'rank', width: 60, render: (_, __, i) => i + 1 },
          {
            title: '队伍',
            dataIndex: 'name',
            render: (v: string, r) => (
              <>
                {v} {confirmedIds.has(r.id) && <Tag color="gold">已当选</Tag>}
              </>
            ),
          },
          { title: '积分', dataIndex: 'points', width: 80 },
          { title: '有积分队员', dataIndex: 'members', width: 110, render: (v: number) => `${v} 人` },
          { title: '服务时长', key: 'minutes', width: 100, render: (_, r) => hours(r.minutes) },
        ]}
      />
    </>
  );
}
