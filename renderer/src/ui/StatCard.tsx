import { Card, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** Undefined while the figure is still being read. */
  value: number | string | undefined;
  suffix?: string;
  /** A line of context under the figure (what is counted, or a comparison). */
  note?: ReactNode;
  icon?: ReactNode;
}

/** One headline figure, a named group so a figure can be found by its title. */
export function StatCard({ title, value, suffix, note, icon }: Props) {
  return (
    <Card style={{ height: '100%' }} role="group" aria-label={title}>
      {value === undefined ? (
        <Skeleton active paragraph={{ rows: 1 }} title={{ width: '40%' }} />
      ) : (
        <Statistic
          title={
            <span className="desk-stat-title">
              {icon && <span aria-hidden="true">{icon}</span>}
              {title}
            </span>
          }
          value={value}
          suffix={suffix}
          className="tabular"
        />
      )}
      {note && value !== undefined && <div className="desk-stat-note">{note}</div>}
    </Card>
  );
}
