import { Table } from 'antd';
import type { Team } from '@shared/model';

/** Teams and how many volunteers each has; a volunteer may belong to several. */
export function TeamSummary({
  teams,
  sizes,
}: {
  teams: Team[] | undefined;
  sizes: Map<string, number> | undefined;
}) {
  return (
    <Table<Team>
      rowKey="id"
      size="small"
      loading={teams === undefined}
      dataSource={teams}
      pagination={false}
      locale={{ emptyText: '还没有志愿服务队' }}
      columns={[
        { title: '队伍', dataIndex: 'name', key: 'name' },
        {
          title: '人数',
          key: 'size',
          width: 72,
          align: 'right',
          render: (_, team) => <span className="tabular">{sizes?.get(team.id) ?? 0}</span>,
        },
      ]}
    />
  );
}
