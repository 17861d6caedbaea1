import { Skeleton, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { activityToForm, emptyActivityForm } from '@shared/activities/activity-schema';
import { useRepos } from '../../../app/desk-context';
import { useTodayKey } from '../../../app/use-clock';
import { useLive } from '../../../db/live-query';
import { Section } from '../../../ui/Section';
import { useProjects, useStations } from '../../organisation/use-organisation';
import { ActivityForm } from './ActivityForm';

/** 新建活动 (/activities/new) or 修改活动 (/activities/:id/edit). */
export function ActivityFormPage() {
  const { id } = useParams();
  const repos = useRepos();
  const today = useTodayKey();
  const projects = useProjects();
  const stations = useStations();
  const existing = useLive(async () => (id ? ((await repos.activities.get(id)) ?? null) : null), [repos, id]);
  if (existing === undefined || !projects || !stations) return <Skeleton active />;
  if (id && (!existing || existing.deletedAt !== null))
    return (
      <Section title="修改活动">
        <Typography.Text>找不到该活动记录，它可能已被删除。</Typography.Text>
      </Section>
    );
  return (
    <Section title={existing ? '修改活动' : '新建活动'}>
      <ActivityForm
        key={existing?.id ?? 'new'}
        id={existing?.id ?? null}
        initial={existing ? activityToForm(existing) : emptyActivityForm(today)}
        projects={projects}
        stations={stations}
      />
    </Section>
  );
}
