import { Button } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { formatTime } from '@shared/time/center-time';
import type { OverviewToday, SignInLine } from '../../db/repos/overview';
import { PlainList } from '../../ui/PlainList';
import { Section } from '../../ui/Section';
import './overview.css';

function Person({ line }: { line: SignInLine }) {
  return (
    <span>
      {line.volunteer ? (
        <Link to={`/volunteers/${line.volunteer.id}`} className="overview-person">
          {line.volunteer.name}
        </Link>
      ) : (
        '（已删除的志愿者）'
      )}
      <span className="desk-secondary tabular">
        {' '}
        {formatTime(line.record.signInAt)} 签到
        {line.record.signOutAt !== null ? ` · ${formatTime(line.record.signOutAt)} 签退` : ''}
      </span>
    </span>
  );
}

/** 在岗与签到: who is serving now and who signed in today, each name opening the volunteer's profile. */
export function DutyPanel({ today }: { today: OverviewToday | undefined }) {
  const navigate = useNavigate();
  return (
    <Section
      title="在岗与今日签到"
      extra={
        <Button type="link" onClick={() => void navigate('/volunteers/sign-in')}>
          签到签退
        </Button>
      }
    >
      <div className="overview-duty">
        <div>
          <h3 className="desk-stat-note" style={{ marginTop: 0 }}>
            正在服务（{today?.onDutyCount ?? '…'} 人）
          </h3>
          <PlainList
            items={today?.onDuty}
            itemKey={(l) => l.record.id}
            renderItem={(l) => <Person line={l} />}
            emptyText="现在没有在岗的志愿者。志愿者到岗后请在「签到签退」扫码或输入编号。"
          />
          {today && today.onDutyCount > today.onDuty.length && (
            <div className="desk-stat-note">另有 {today.onDutyCount - today.onDuty.length} 人在岗</div>
          )}
        </div>
        <div>
          <h3 className="desk-stat-note" style={{ marginTop: 0 }}>
            今日签到（{today?.signInCount ?? '…'} 人次）
          </h3>
          <PlainList
            items={today?.latest}
            itemKey={(l) => l.record.id}
            renderItem={(l) => <Person line={l} />}
            emptyText="今天还没有人签到。"
          />
        </div>
      </div>
    </Section>
  );
}
