import { Table, Tag } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { memo, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Team, Volunteer } from '@shared/model';
import { ageOn } from '@shared/identity/id-card';
import { maskIdNumber, maskPhone } from '@shared/privacy/mask';
import { isValidDateKey } from '@shared/time/center-time';

interface Props {
  volunteers: Volunteer[] | undefined;
  teams: Map<string, Team>;
  today: string;
  pagination: TablePaginationConfig | false;
  empty: ReactNode;
}

/**
 * Volunteers with ID numbers and phones masked: the full values are never needed to find someone.
 * Memoised, columns included: a key press in the roster's search box re-renders the page at once and
 * again for the deferred query, and the table should render only when the rows it shows change.
 */
export const VolunteerTable = memo(function VolunteerTable({
  volunteers,
  teams,
  today,
  pagination,
  empty,
}: Props) {
  const columns = useMemo(() => volunteerColumns(teams, today), [teams, today]);
  return (
    <Table<Volunteer>
      rowKey="id"
      size="medium"
      columns={columns}
      dataSource={volunteers}
      loading={volunteers === undefined}
      pagination={pagination}
      locale={{ emptyText: empty }}
      scroll={{ x: 960 }}
    />
  );
});

function volunteerColumns(teams: Map<string, Team>, today: string): ColumnsType<Volunteer> {
  return [
    { title: '编号', dataIndex: 'volunteerNo', key: 'no', width: 120, className: 'tabular' },
    {
      title: '姓名',
      key: 'name',
      width: 110,
      render: (_, v) => <Link to={`/volunteers/${v.id}`}>{v.name}</Link>,
    },
    { title: '性别', key: 'gender', width: 64, render: (_, v) => v.gender ?? '—' },
    {
      title: '年龄',
      key: 'age',
      width: 64,
      align: 'right',
      render: (_, v) => (v.birthDate && isValidDateKey(v.birthDate) ? ageOn(v.birthDate, today) : '—'),
    },
    {
      title: '证件号码',
      key: 'id',
      width: 190,
      render: (_, v) => <span className="tabular">{maskIdNumber(v.idNumber)}</span>,
    },
    {
      title: '手机',
      key: 'phone',
      width: 128,
      render: (_, v) => <span className="tabular">{maskPhone(v.phone)}</span>,
    },
    { title: '政治面貌', dataIndex: 'politicalStatus', key: 'political', width: 110 },
    {
      title: '所属队伍',
      key: 'teams',
      render: (_, v) =>
        v.teamIds.length === 0
          ? '—'
          : v.teamIds.map((id) => (
              <Tag key={id} style={{ marginBottom: 2, marginInlineEnd: 4 }}>
                {teams.get(id)?.name ?? '（已删除的队伍）'}
              </Tag>
            )),
    },
  ];
}
