import { Col, Empty, Row } from 'antd';
import { Link } from 'react-router-dom';
import { useUtilisation } from '../rooms/use-utilisation';
import { UtilisationTable } from '../rooms/UtilisationView';
import { Section } from '../../ui/Section';
import { StatCard } from '../../ui/StatCard';
import type { Period } from './periods';

type Total = NonNullable<ReturnType<typeof useUtilisation>>['total'];

const hours = (m: number) => Math.round((m / 60) * 10) / 10;
const pct = (x: number | null) => (x === null ? '—' : Math.round(x * 1000) / 10);

const FIGURES: readonly {
  title: string;
  suffix: string;
  value: (t: Total) => number | string;
  note?: string;
}[] = [
  { title: '开放时长', suffix: '小时', value: (t) => hours(t.openMinutes) },
  {
    title: '使用时长',
    suffix: '小时',
    value: (t) => hours(t.usedMinutes),
    note: '开放时间内预约的并集，不重复计算',
  },
  { title: '场地使用率', suffix: '%', value: (t) => pct(t.usageRate) },
  { title: '场地闲置率', suffix: '%', value: (t) => pct(t.idleRate), note: '1 − 使用时长 ÷ 开放时长' },
];

/** 场地使用: the idle rate centers report upward, for all rooms together and per room. */
export function RoomUseSection({ period }: { period: Period }) {
  const result = useUtilisation(period);
  const total = result?.total;
  return (
    <Section title="场地使用" extra={<Link to="/rooms/utilisation">查看各时段使用率</Link>}>
      {result && result.rows.length === 0 ? (
        <Empty description="还没有可预约的场地。请在「场地预约 → 场地」中新建场地。" />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {FIGURES.map((f) => (
              <Col key={f.title} xs={12} lg={6}>
                <StatCard title={f.title} value={total && f.value(total)} suffix={f.suffix} note={f.note} />
              </Col>
            ))}
          </Row>
          {result && <UtilisationTable rows={result.rows} rooms={result.rooms} />}
        </>
      )}
    </Section>
  );
}
