import { Button } from 'antd';
import { Fragment } from 'react';
import { useNavigate } from 'react-router-dom';
import { Section } from '../../ui/Section';

interface Action {
  label: string;
  to: string;
  /** Keys that reach the same place: only shortcuts the desk really has (use-screen-shortcuts, use-day-keys). */
  keys: string[];
  hint: string;
}

const ACTIONS: readonly Action[] = [
  { label: '新建预约', to: '/rooms?new=1', keys: ['Alt+2', 'N'], hint: '' },
  { label: '志愿者签到', to: '/volunteers/sign-in', keys: ['Alt+3'], hint: '点「签到签退」' },
  { label: '登记志愿者', to: '/volunteers/new', keys: ['Alt+3'], hint: '点「登记志愿者」' },
  { label: '点单', to: '/orders', keys: ['Alt+5'], hint: '点「点单」' },
  { label: '活动记录', to: '/activities', keys: ['Alt+4'], hint: '' },
  { label: '统计报表', to: '/reports', keys: ['Alt+8'], hint: '' },
];

/** 快捷操作: the desk's everyday tasks one click away, with the keys that reach them. */
export function QuickActions() {
  const navigate = useNavigate();
  return (
    <Section title="快捷操作">
      <div className="overview-actions">
        {ACTIONS.map((a) => (
          <div key={a.label} className="overview-action">
            <Button onClick={() => void navigate(a.to)}>{a.label}</Button>
            <span className="desk-stat-note" style={{ marginTop: 0 }}>
              {a.keys.map((k, i) => (
                <Fragment key={k}>
                  {i > 0 && ' 再按 '}
                  <kbd className="overview-kbd">{k}</kbd>
                </Fragment>
              ))}
              {a.hint && ` ${a.hint}`}
            </span>
          </div>
        ))}
      </div>
    </Section>
  );
}
