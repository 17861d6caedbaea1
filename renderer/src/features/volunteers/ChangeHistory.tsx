import { Typography } from 'antd';
import type { AuditEntry, Team } from '@shared/model';
import { dateKey, formatTime } from '@shared/time/center-time';
import { describeVolunteerChange } from '@shared/volunteers/editing';
import { PlainList } from '../../ui/PlainList';

/** 变更记录: who did what and when; edits list each field before → after (masked). */
export function ChangeHistory({
  entries,
  teams,
}: {
  entries: AuditEntry[] | undefined;
  teams: Team[] | undefined;
}) {
  const teamName = (id: string) => teams?.find((t) => t.id === id)?.name ?? '（已删除的队伍）';
  return (
    <PlainList
      items={entries}
      itemKey={(e) => e.id}
      emptyText="暂无变更记录"
      renderItem={(e) => {
        const lines =
          e.action === '修改志愿者信息' ? describeVolunteerChange(e.before, e.after, teamName) : [];
        return (
          <div>
            <div>
              <span className="tabular">
                {dateKey(e.at)} {formatTime(e.at)}
              </span>{' '}
              · {e.actor} · {e.action}
              {e.reason ? `（${e.reason}）` : ''}
            </div>
            {lines.map((line) => (
              <Typography.Text key={line} type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {line}
              </Typography.Text>
            ))}
          </div>
        );
      }}
    />
  );
}
