import { App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import type { CenterTaskRow, SiteProgress } from '@shared/district/task-board';
import { useTodayKey } from '../../app/use-clock';
import { Section } from '../../ui/Section';
import { PublishTaskForm } from './PublishTaskForm';
import type { TaskDesk } from './task-desk';
import { TaskStateTags, figuresText, whenText } from './task-labels';
import { TaskRows } from './TaskRows';
import { useTaskRows, useTaskWrite } from './use-task-desk';

/** The 中心's side: 发布任务, and every published task with how each chosen 所/站 is doing. */
export function CenterTasks({ desk }: { desk: TaskDesk }) {
  const today = useTodayKey();
  const read = useCallback(() => desk.centerBoard(today), [desk, today]);
  const { rows, error, reload } = useTaskRows(read);
  const write = useTaskWrite(reload);
  return (
    <Flex vertical gap={16}>
      <Section title="发布任务">
        <PublishTaskForm
          desk={desk}
          today={today}
          onPublish={(values) =>
            write(() => desk.publish(values, today), '任务已发布，所选的所、站刷新后即可看到')
          }
        />
      </Section>
      <Section title="已发布的任务" extra={<Button onClick={reload}>刷新</Button>}>
        <TaskRows
          rows={rows}
          error={error}
          onRetry={reload}
          empty="还没有发布任务：在上方填写后点“发布任务”，所选的所、站就能领取"
        >
          {(list) => (
            <Flex vertical gap={16}>
              {list.map((row) => (
                <PublishedTask
                  key={row.id}
                  row={row}
                  onWithdraw={() => write(() => desk.withdraw(row.id), '任务已撤回')}
                />
              ))}
            </Flex>
          )}
        </TaskRows>
      </Section>
    </Flex>
  );
}

const SITE_COLUMNS = [
  { title: '所/站', dataIndex: 'siteName', key: 'site' },
  {
    title: '状态',
    key: 'state',
    render: (_: unknown, p: SiteProgress) => (
      <TaskStateTags state={p.state} overdue={false} withdrawn={false} />
    ),
  },
  {
    title: '领取',
    key: 'claimed',
    render: (_: unknown, p: SiteProgress) =>
      p.claim ? `${p.claim.claimedBy} ${whenText(p.claim.claimedAt)}` : '—',
  },
  {
    title: '完成情况',
    key: 'figures',
    render: (_: unknown, p: SiteProgress) =>
      p.claim?.figures ? (
        <>
          {figuresText(p.claim.figures)}
          {p.claim.note && <div>说明：{p.claim.note}</div>}
        </>
      ) : (
        '—'
      ),
  },
];

function PublishedTask({ row, onWithdraw }: { row: CenterTaskRow; onWithdraw(): Promise<boolean> }) {
  const { modal } = App.useApp();
  const { task, counts } = row;
  const confirm = () =>
    modal.confirm({
      title: `撤回任务“${task.title}”？`,
      content: '撤回后未领取的所、站不再看到这项任务；已领取的会看到“已撤回”，不能再报完成。',
      okText: '撤回任务',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: () => onWithdraw(),
    });
  return (
    <article aria-label={task.title} className="district-task">
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          <Tag>{task.kind}</Tag>
          {task.title} <TaskStateTags overdue={row.overdue} withdrawn={row.withdrawn} />
        </Typography.Title>
        {/* A task every site finished has nothing left to call off. */}
        {!row.withdrawn && counts.已完成 < row.sites.length && (
          <Button danger onClick={confirm}>
            撤回
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
        截止 {task.dueDate} · {task.publishedBy} 发布于 {whenText(task.publishedAt)} · 已完成 {counts.已完成}/
        {row.sites.length}，已领取 {counts.已领取}，未领取 {counts.未领取}
      </Typography.Paragraph>
      {task.detail && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{task.detail}</Typography.Paragraph>
      )}
      {counts.已完成 > 0 && (
        <Typography.Paragraph strong>合计：{figuresText(row.totals)}</Typography.Paragraph>
      )}
      <Table
        size="small"
        pagination={false}
        rowKey="site"
        columns={SITE_COLUMNS}
        dataSource={row.sites}
        aria-label={`${task.title}：各所站进度`}
      />
    </article>
  );
}
