import { Typography } from 'antd';
import { Link, type To } from 'react-router-dom';
import { nothingToDo, type OverviewTodo } from '@shared/stats/overview';
import { PlainList } from '../../ui/PlainList';
import './overview.css';
import { Section } from '../../ui/Section';
import { BACKUP_SETTINGS_LINK, BACKUP_SETTINGS_STATE, useBackupAlert } from '../backup/BackupAlert';

interface TodoLine {
  key: string;
  label: string;
  count: number;
  to: To;
  state?: unknown;
  /** Red for what is late or failing, orange for what simply waits. */
  urgent: boolean;
}

/** The lines of 待办 worth showing: what has a count, in the order the desk works through them. */
function linesOf(todo: OverviewTodo, backup: 'failed' | 'overdue' | null): TodoLine[] {
  const lines: TodoLine[] = [
    {
      key: 'bookings',
      label: '待审核的场地预约',
      count: todo.pendingBookings,
      to: '/rooms/list?status=待审核',
      urgent: false,
    },
    {
      key: 'records',
      label: '待确认的服务时长',
      count: todo.pendingRecords,
      to: '/volunteers?tab=pending',
      urgent: false,
    },
    {
      key: 'forgotten',
      label: '忘记签退（今天以前签到、未签退）',
      count: todo.forgottenSignOuts,
      to: '/volunteers/sign-in',
      urgent: true,
    },
    { key: 'overdue', label: '已超期的服务单', count: todo.overdueOrders, to: '/orders', urgent: true },
    { key: 'open', label: '待审单、待派单的服务单', count: todo.openOrders, to: '/orders', urgent: false },
    { key: 'followUps', label: '待回访的服务单', count: todo.followUps, to: '/orders', urgent: false },
  ];
  const shown = lines.filter((l) => l.count > 0);
  if (backup)
    shown.unshift({
      key: 'backup',
      label: backup === 'failed' ? '自动备份失败' : '自动备份已超时',
      count: 1,
      to: BACKUP_SETTINGS_LINK,
      state: BACKUP_SETTINGS_STATE,
      urgent: true,
    });
  return shown;
}

/** 待办: everything waiting for the desk, each a count that opens the screen where it is handled. */
export function TodoPanel({ todo }: { todo: OverviewTodo | undefined }) {
  const { alert } = useBackupAlert();
  const lines = todo && linesOf(todo, alert);
  const calm = todo !== undefined && nothingToDo(todo, alert !== null);
  return (
    <Section title="待办">
      {calm ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0, textAlign: 'center' }}>
          暂无待办，一切就绪。新的预约、签到和服务单会出现在这里。
        </Typography.Paragraph>
      ) : (
        <PlainList
          items={lines}
          itemKey={(l) => l.key}
          emptyText="暂无待办"
          renderItem={(l) => (
            <Link to={l.to} state={l.state} className="overview-todo-line">
              <span>{l.label}</span>
              <span className={`overview-count tabular${l.urgent ? ' overview-count-urgent' : ''}`}>
                {l.key === 'backup' ? '请处理' : `${l.count} 项`}
              </span>
            </Link>
          )}
        />
      )}
    </Section>
  );
}
