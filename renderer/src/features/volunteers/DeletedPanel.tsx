import { Button, Empty, Table } from 'antd';
import { Link } from 'react-router-dom';
import type { Volunteer } from '@shared/model';
import { maskIdNumber } from '@shared/privacy/mask';
import { dateKey } from '@shared/time/center-time';
import { isAnonymised } from '@shared/volunteers/anonymise';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { useVolunteerRemoval } from './use-volunteer-removal';

const LIMIT = 100;

/** 已删除: deleted volunteers, most recent first, each restorable with its records and number. */
export function DeletedPanel() {
  const repos = useRepos();
  const { restore } = useVolunteerRemoval();
  const rows = useLive(() => repos.volunteers.deleted(LIMIT), [repos]);
  return (
    <Table<Volunteer>
      rowKey="id"
      size="middle"
      loading={rows === undefined}
      dataSource={rows}
      pagination={false}
      locale={{
        emptyText: (
          <Empty description="没有已删除的志愿者。在志愿者页面点“删除”后，会在这里保留，可随时恢复。" />
        ),
      }}
      footer={rows && rows.length >= LIMIT ? () => `仅显示最近删除的 ${LIMIT} 位` : undefined}
      columns={[
        { title: '编号', dataIndex: 'volunteerNo', key: 'no', width: 120, className: 'tabular' },
        {
          title: '姓名',
          key: 'name',
          render: (_, v) => <Link to={`/volunteers/${v.id}`}>{v.name}</Link>,
        },
        {
          title: '证件号码',
          key: 'id',
          render: (_, v) => <span className="tabular">{maskIdNumber(v.idNumber)}</span>,
        },
        { title: '删除日期', key: 'at', render: (_, v) => dateKey(v.deletedAt ?? 0) },
        {
          title: '操作',
          key: 'act',
          width: 100,
          render: (_, v) =>
            // Erased on request: nothing left to bring back.
            isAnonymised(v) ? (
              '已注销'
            ) : (
              <Button size="small" onClick={() => void restore(v)} aria-label={`恢复 ${v.name}`}>
                恢复
              </Button>
            ),
        },
      ]}
    />
  );
}
