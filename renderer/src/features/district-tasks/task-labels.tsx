import { Tag } from 'antd';
import type { SiteTaskState, TaskFigures } from '@shared/district/tasks';
import { formatHours } from '@shared/stats/period-summary';
import { dateKey, formatTime } from '@shared/time/center-time';

const STATE_COLOR: Record<SiteTaskState, string> = {
  未领取: 'default',
  已领取: 'processing',
  已完成: 'success',
};

/** A site's state on a task, with the marks that change what to do about it. */
export function TaskStateTags({
  state,
  overdue,
  withdrawn,
}: {
  state?: SiteTaskState;
  overdue: boolean;
  withdrawn: boolean;
}) {
  return (
    <>
      {state && <Tag color={STATE_COLOR[state]}>{state}</Tag>}
      {withdrawn && <Tag color="default">已撤回</Tag>}
      {overdue && <Tag color="error">逾期</Tag>}
    </>
  );
}

/** The figures a completed task reports, the way reports state them (hours with one decimal). */
export function figuresText(f: TaskFigures): string {
  return `活动 ${f.activities} 场 · 服务 ${f.served} 人次 · 志愿服务 ${formatHours(f.serviceMinutes)} 小时`;
}

/** A moment as the desk shows it elsewhere: date and time in the center's zone. */
export function whenText(ms: number): string {
  return `${dateKey(ms)} ${formatTime(ms)}`;
}
