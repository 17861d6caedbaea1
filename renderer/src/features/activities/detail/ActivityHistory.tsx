import { Typography } from 'antd';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { useLive } from '../../../db/live-query';
import { PlainList } from '../../../ui/PlainList';
import { Section } from '../../../ui/Section';

/** 修改记录: who did what to this activity, newest first (from the audit log). */
export function ActivityHistory({ activityId }: { activityId: string }) {
  const repos = useRepos();
  const entries = useLive(() => repos.activities.history(activityId), [repos, activityId]);
  return (
    <Section title="修改记录">
      <PlainList
        items={entries}
        itemKey={(e) => e.id}
        emptyText="还没有修改记录。"
        renderItem={(e) => (
          <Typography.Text>
            <span className="tabular">
              {formatDateCn(dateKey(e.at))} {formatTime(e.at)}
            </span>
            {'  '}
            {e.actor} {e.action}
          </Typography.Text>
        )}
      />
    </Section>
  );
}
