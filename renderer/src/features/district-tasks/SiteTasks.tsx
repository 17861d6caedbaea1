import { Button, Flex, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { SiteTaskRow } from '@shared/district/task-board';
import { useTodayKey } from '../../app/use-clock';
import { PlainList } from '../../ui/PlainList';
import { Section } from '../../ui/Section';
import { CompleteTaskDialog } from './CompleteTaskDialog';
import type { TaskDesk } from './task-desk';
import { TaskStateTags, figuresText, whenText } from './task-labels';
import { TaskRows } from './TaskRows';
import { useTaskRows, useTaskWrite } from './use-task-desk';

/** A 所/站's side: 我的任务, the tasks the center sent here, to claim (领取) and complete (完成). */
export function SiteTasks({ desk }: { desk: TaskDesk }) {
  const today = useTodayKey();
  const read = useCallback(() => desk.siteTasks(today), [desk, today]);
  const { rows, error, reload } = useTaskRows(read);
  const write = useTaskWrite(reload);
  const [completing, setCompleting] = useState<SiteTaskRow | null>(null);
  return (
    <Section title={`我的任务（${desk.site.name}）`} extra={<Button onClick={reload}>刷新</Button>}>
      <TaskRows
        rows={rows}
        error={error}
        onRetry={reload}
        empty="中心还没有给本所（站）下发任务：中心发布后点“刷新”即可看到"
      >
        {(list) => (
          <PlainList
            items={list}
            itemKey={(row) => row.id}
            emptyText=""
            renderItem={(row) => (
              <Flex justify="space-between" align="center" gap={16}>
                <TaskItem row={row} />
                <Flex gap={8} style={{ flex: 'none' }}>
                  {actionsOf(
                    row,
                    () => void write(() => desk.claim(row.id), '已领取'),
                    () => setCompleting(row),
                  )}
                </Flex>
              </Flex>
            )}
          />
        )}
      </TaskRows>
      {completing && (
        <CompleteTaskDialog
          title={completing.task.title}
          initial={
            completing.claim?.figures ? { ...completing.claim.figures, note: completing.claim.note } : null
          }
          onClose={() => setCompleting(null)}
          onSubmit={(values) => write(() => desk.complete(completing.id, values), '已报完成，中心可以看到')}
        />
      )}
    </Section>
  );
}

function actionsOf(row: SiteTaskRow, onClaim: () => void, onComplete: () => void) {
  if (row.withdrawn) return [];
  if (row.state === '未领取')
    return [
      <Button key="claim" type="primary" onClick={onClaim} aria-label={`领取：${row.task.title}`}>
        领取
      </Button>,
    ];
  return [
    <Button
      key="complete"
      onClick={onComplete}
      aria-label={`${row.state === '已完成' ? '修改完成情况' : '完成'}：${row.task.title}`}
    >
      {row.state === '已完成' ? '修改完成情况' : '完成'}
    </Button>,
  ];
}

function TaskItem({ row }: { row: SiteTaskRow }) {
  const { task, claim } = row;
  return (
    <Flex vertical gap={4} style={{ minWidth: 0 }}>
      <Typography.Text strong>
        <Tag>{task.kind}</Tag>
        {task.title} <TaskStateTags state={row.state} overdue={row.overdue} withdrawn={row.withdrawn} />
      </Typography.Text>
      <Typography.Text type="secondary">
        截止 {task.dueDate} · {task.publishedBy} 发布于 {whenText(task.publishedAt)}
      </Typography.Text>
      {task.detail && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{task.detail}</Typography.Text>}
      {claim && (
        <Typography.Text type="secondary">
          {claim.claimedBy} 领取于 {whenText(claim.claimedAt)}
          {claim.figures && `；完成：${figuresText(claim.figures)}`}
          {claim.note && `；说明：${claim.note}`}
        </Typography.Text>
      )}
      {row.withdrawn && <Typography.Text type="warning">中心已撤回这项任务，不用再做。</Typography.Text>}
    </Flex>
  );
}
