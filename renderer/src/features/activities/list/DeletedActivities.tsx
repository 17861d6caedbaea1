import { Button, Flex } from 'antd';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { useLive } from '../../../db/live-query';
import { PlainList } from '../../../ui/PlainList';
import { Section } from '../../../ui/Section';
import { useActivityRemoval } from '../detail/use-activity-removal';

/**
 * 已删除的活动: a deletion's 撤销 lasts as long as its message; after that, this is where an activity
 * (and the pending hours voided with it) comes back. Hidden while nothing is deleted.
 */
export function DeletedActivities() {
  const repos = useRepos();
  const deleted = useLive(() => repos.activities.deleted(50), [repos]);
  const { restore } = useActivityRemoval();
  if (!deleted || deleted.length === 0) return null;
  return (
    <Section title="已删除的活动">
      <PlainList
        items={deleted}
        itemKey={(a) => a.id}
        emptyText=""
        renderItem={(a) => (
          <Flex align="center" gap={12}>
            <span style={{ flex: 1 }}>
              {a.title}（{formatDateCn(dateKey(a.start))} {formatTime(a.start)}，删除于{' '}
              {formatDateCn(dateKey(a.deletedAt ?? 0))}）
            </span>
            <Button size="small" onClick={() => void restore(a)} aria-label={`恢复活动 ${a.title}`}>
              恢复
            </Button>
          </Flex>
        )}
      />
    </Section>
  );
}
