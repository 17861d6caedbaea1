import { formatCount, formatHours } from '@shared/stats/period-summary';
import { monthChange } from '@shared/stats/overview';
import type { KeyFigures } from '../../db/repos/overview';
import { Section } from '../../ui/Section';

interface Props {
  current: KeyFigures | undefined;
  previous: KeyFigures | undefined;
  /** The days each covers, e.g. 12月1日—2日 and 11月1日—2日. */
  currentLabel: string;
  previousLabel: string;
}

const ROWS: { key: keyof KeyFigures; label: string; unit: string; show?: (v: number) => string }[] = [
  { key: 'sessions', label: '场次', unit: '场' },
  { key: 'peopleReached', label: '参与人次', unit: '人次' },
  { key: 'volunteerServices', label: '志愿者人次', unit: '人次' },
  { key: 'confirmedMinutes', label: '已确认服务时长', unit: '小时', show: formatHours },
  { key: 'newVolunteers', label: '新注册志愿者', unit: '人' },
  { key: 'ordersCompleted', label: '办结服务单', unit: '单' },
];

/** 本月与上月同期: the figures a center reports upward, with the change since the same days of last month. */
export function MonthFigures({ current, previous, currentLabel, previousLabel }: Props) {
  const ready = current !== undefined && previous !== undefined;
  return (
    <Section title="本月与上月对比">
      <table className="overview-figures tabular">
        <thead>
          <tr>
            <th scope="col">指标</th>
            <th scope="col">本月（{currentLabel}）</th>
            <th scope="col">上月同期（{previousLabel}）</th>
            <th scope="col">变化</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => {
            const show = (v: number) => `${r.show ? r.show(v) : formatCount(v)} ${r.unit}`;
            const change = ready ? monthChange(current[r.key], previous[r.key]) : null;
            return (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{ready ? show(current[r.key]) : '…'}</td>
                <td>{ready ? show(previous[r.key]) : '…'}</td>
                <td className={change ? `overview-${change.direction}` : undefined}>{change?.text ?? '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="desk-stat-note">只计已确认的服务时长；本月截至今天。</div>
    </Section>
  );
}
