import { App, Button, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatTime } from '@shared/time/center-time';
import type { Activity } from '@shared/model';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { useLive } from '../../../db/live-query';
import type { ActivityVolunteerRow } from '../../../db/repos/activities';
import { Section } from '../../../ui/Section';
import { AddVolunteers } from './AddVolunteers';

const STATUS_COLOR: Record<string, string> = {
  待确认: 'gold',
  已确认: 'green',
  作废: 'default',
  服务中: 'blue',
};

function minutesOf(r: ActivityVolunteerRow['record']): number | null {
  return r.creditedMinutes;
}

/** The activity's volunteers with their hours and status; add more; 确认全部时长. */
export function ActivityVolunteers({ activity, readOnly }: { activity: Activity; readOnly: boolean }) {
  const repos = useRepos();
  const write = useWrite();
  const { message, modal } = App.useApp();
  const rows = useLive(
    () => repos.activities.volunteers(activity.id),
    [repos, activity.id, activity.updatedAt],
  );
  const pending = (rows ?? []).filter((r) => r.record.status === '待确认').length;
  const confirmAll = () =>
    modal.confirm({
      title: `确认本活动全部 ${pending} 条待确认的服务时长？`,
      content: '确认后时长计入志愿者的累计服务时长。',
      okText: '确认全部时长',
      cancelText: '取消',
      onOk: async () => {
        let n = 0;
        if (await write(async () => (n = await repos.activities.confirmAll(activity.id))))
          void message.success(`已确认 ${n} 条服务时长`);
      },
    });
  return (
    <Section
      title={`志愿者与服务时长（${activity.volunteerCount} 人）`}
      extra={
        !readOnly && pending > 0 ? (
          <Button type="primary" onClick={confirmAll}>
            确认全部时长
          </Button>
        ) : null
      }
    >
      <Table<ActivityVolunteerRow>
        rowKey={(r) => r.record.id}
        size="small"
        pagination={false}
        loading={rows === undefined}
        dataSource={rows ?? []}
        locale={{
          emptyText: readOnly
            ? '没有志愿者。'
            : '还没有志愿者。在下方按服务队、刷卡、搜索或带入签到的志愿者添加。',
        }}
        columns={[
          {
            title: '志愿者',
            key: 'name',
            render: (_, r) =>
              r.volunteer ? (
                <Link to={`/volunteers/${r.volunteer.id}`}>{r.volunteer.name}</Link>
              ) : (
                '（已删除）'
              ),
          },
          {
            title: '编号',
            key: 'no',
            render: (_, r) => <span className="tabular">{r.volunteer?.volunteerNo}</span>,
          },
          {
            title: '服务时长',
            key: 'minutes',
            render: (_, r) => {
              const m = minutesOf(r.record);
              return m === null ? '—' : `${m} 分钟`;
            },
          },
          {
            title: '来源',
            key: 'source',
            render: (_, r) =>
              r.record.post !== null || r.record.signInAt !== activity.start
                ? `前台签到 ${formatTime(r.record.signInAt)}`
                : '活动登记',
          },
          { title: '服务内容', key: 'content', render: (_, r) => r.record.content || '—' },
          {
            title: '状态',
            key: 'status',
            render: (_, r) => <Tag color={STATUS_COLOR[r.record.status]}>{r.record.status}</Tag>,
          },
        ]}
      />
      {!readOnly && (
        <>
          <Typography.Title level={3} style={{ fontSize: 15, margin: '16px 0 8px' }}>
            添加志愿者
          </Typography.Title>
          <AddVolunteers
            activity={activity}
            existing={new Set((rows ?? []).map((r) => r.record.volunteerId))}
          />
        </>
      )}
    </Section>
  );
}
