import { Alert, Button, Descriptions, Skeleton, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { activityMinutes } from '@shared/activities/activity-list';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { useLive } from '../../../db/live-query';
import { Section } from '../../../ui/Section';
import { useProjects, useStations } from '../../organisation/use-organisation';
import { PrintRecordButton } from '../print/PrintRecordButton';
import { SignSheetButton } from '../print/SignSheetButton';
import { ActivityHistory } from './ActivityHistory';
import { ActivityPhotos } from './ActivityPhotos';
import { ActivityVolunteers } from './ActivityVolunteers';
import { useActivityRemoval } from './use-activity-removal';

/** One activity (/activities/:id): facts, summary, photos, volunteers and hours, history, printouts. */
export function ActivityDetailPage() {
  const { id = '' } = useParams();
  const repos = useRepos();
  const navigate = useNavigate();
  const projects = useProjects();
  const stations = useStations();
  const { remove, restore } = useActivityRemoval();
  const a = useLive(async () => (await repos.activities.get(id)) ?? null, [repos, id]);
  if (a === undefined) return <Skeleton active />;
  if (!a)
    return (
      <Section title="活动记录">
        <Typography.Paragraph>找不到该活动记录。</Typography.Paragraph>
        <Button onClick={() => void navigate('/activities')}>返回活动记录</Button>
      </Section>
    );
  const project = a.projectId ? projects?.find((p) => p.id === a.projectId) : undefined;
  const station = a.stationId ? stations?.find((s) => s.id === a.stationId) : undefined;
  const deleted = a.deletedAt !== null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Section
        title={a.title}
        extra={
          <Button type="link" onClick={() => void navigate('/activities')}>
            返回活动记录
          </Button>
        }
      >
        {deleted && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="该活动记录已删除，其待确认的服务时长已随之作废。"
            action={
              <Button size="small" onClick={() => void restore(a)}>
                恢复
              </Button>
            }
          />
        )}
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'time',
              label: '时间',
              children: `${formatDateCn(dateKey(a.start))} ${formatTime(a.start)}–${formatTime(a.end)}（${activityMinutes(a)} 分钟）`,
            },
            { key: 'category', label: '类别', children: a.category },
            { key: 'place', label: '地点', children: a.place || '—' },
            {
              key: 'station',
              label: '所/站',
              children: station?.name ?? (a.stationId ? '（已删除）' : '本中心'),
            },
            {
              key: 'project',
              label: '服务项目',
              children: project?.name ?? (a.projectId ? '（已删除）' : '—'),
            },
            { key: 'organiser', label: '组织单位', children: a.organiser || '—' },
            { key: 'object', label: '服务对象', children: a.serviceObject || '—' },
            { key: 'beneficiaries', label: '受益人次', children: a.beneficiaries },
            { key: 'participants', label: '参与人次', children: a.participants },
            { key: 'volunteers', label: '志愿者人次', children: a.volunteerCount },
            { key: 'leader', label: '负责人', children: a.leader || '—' },
            { key: 'evaluation', label: '评价', children: a.evaluation || '—' },
            { key: 'content', label: '服务内容', children: a.content || '—', span: 'filled' },
            { key: 'summary', label: '活动简介', children: a.summary || '—', span: 'filled' },
          ]}
        />
        {!deleted && (
          <Space wrap style={{ marginTop: 12 }}>
            <Button type="primary" onClick={() => void navigate('edit')}>
              修改
            </Button>
            <SignSheetButton activity={a} />
            <PrintRecordButton activity={a} />
            <Button danger onClick={() => remove(a)}>
              删除
            </Button>
          </Space>
        )}
      </Section>
      <ActivityPhotos activity={a} readOnly={deleted} />
      <ActivityVolunteers activity={a} readOnly={deleted} />
      <ActivityHistory activityId={a.id} />
    </Space>
  );
}
