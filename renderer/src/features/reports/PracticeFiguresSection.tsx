import { Col, Row, Table, Typography } from 'antd';
import type { ActivityFigures, OrderFigures, SessionLine } from '@shared/stats/practice-figures';
import { formatHours } from '@shared/stats/period-summary';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { StatCard } from '../../ui/StatCard';
import { useProjects, useStations } from '../organisation/use-organisation';
import type { Period } from './periods';

const pct = (x: number | null) => (x === null ? '—' : Math.round(x * 1000) / 10);

/** Minutes as the largest sensible unit: 3.5 小时, 2.1 天. */
function duration(minutes: number | null): { value: string; suffix: string } {
  if (minutes === null) return { value: '—', suffix: '' };
  if (minutes < 48 * 60) return { value: formatHours(minutes), suffix: '小时' };
  return { value: (Math.round((minutes / 1440) * 10) / 10).toFixed(1), suffix: '天' };
}

const ACTIVITY_FIGURES: readonly {
  title: string;
  suffix: string;
  value: (f: ActivityFigures) => number | string;
  note: string;
}[] = [
  { title: '活动记录场次', suffix: '场', value: (f) => f.sessions, note: '期间开始的活动记录' },
  { title: '参与人次', suffix: '人次', value: (f) => f.participants, note: '各场活动参与人次之和' },
  { title: '受益人次', suffix: '人次', value: (f) => f.beneficiaries, note: '各场活动受益人次之和' },
  {
    title: '活动志愿者人次',
    suffix: '人次',
    value: (f) => f.volunteerServices,
    note: '已确认的活动服务记录',
  },
  {
    title: '活动志愿服务时长',
    suffix: '小时',
    value: (f) => formatHours(f.volunteerMinutes),
    note: '已确认的活动服务时长',
  },
];

function orderCards(f: OrderFigures | undefined) {
  const median = duration(f?.medianMinutesToComplete ?? null);
  return [
    { title: '点单', suffix: '单', value: f?.received, note: '期间群众点单' },
    { title: '派单', suffix: '单', value: f?.dispatched, note: '其中已派出的服务单' },
    { title: '完成', suffix: '单', value: f?.completed, note: '期间结项的服务单' },
    { title: '办结率', suffix: '%', value: f && pct(f.completionRate), note: '受理的点单中已完成的比例' },
    { title: '办理用时中位数', suffix: median.suffix, value: f && median.value, note: '从点单到完成' },
    {
      title: '满意率',
      suffix: '%',
      value: f && pct(f.satisfactionRate),
      note:
        f && f.averageRating !== null
          ? `平均 ${f.averageRating.toFixed(1)} 分，${f.rated} 单评价`
          : '4 分及以上',
    },
    { title: '待回访', suffix: '单', value: f?.openFollowUps, note: '评分 2 分及以下，等待管理员回访' },
  ];
}

function LineTable({
  caption,
  lines,
  nameOf,
}: {
  caption: string;
  lines: SessionLine[];
  nameOf: (key: string) => string;
}) {
  return (
    <Table<SessionLine>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={lines}
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      locale={{ emptyText: '本期没有活动记录' }}
      columns={[
        {
          title: caption.replace('按', '').replace('统计', ''),
          dataIndex: 'key',
          render: (k: string) => nameOf(k),
        },
        { title: '场次', dataIndex: 'sessions', align: 'right' },
        { title: '参与人次', dataIndex: 'participants', align: 'right' },
        { title: '受益人次', dataIndex: 'beneficiaries', align: 'right' },
      ]}
    />
  );
}

/** 活动与服务单: the 场次 and 人次 of recorded activities, and the 点单—评单 loop, for the period. */
export function PracticeFiguresSection({ period }: { period: Period }) {
  const repos = useRepos();
  const figures = useLive(
    () => repos.reports.practiceFigures(period.from, period.to),
    [repos, period.from, period.to],
  );
  const projects = useProjects();
  const stations = useStations();
  const projectName = (id: string) =>
    id === '' ? '未归入项目' : (projects?.find((p) => p.id === id)?.name ?? '已删除的项目');
  const stationName = (id: string) =>
    id === '' ? '本中心' : (stations?.find((s) => s.id === id)?.name ?? '已移除的所/站');
  const a = figures?.activities;
  return (
    <>
      <Section title="活动记录">
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          {ACTIVITY_FIGURES.map((f) => (
            <Col key={f.title} xs={12} lg={8} xxl={4}>
              <StatCard title={f.title} value={a && f.value(a)} suffix={f.suffix} note={f.note} />
            </Col>
          ))}
        </Row>
        {a && (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              <LineTable caption="按类别统计" lines={a.byCategory} nameOf={(k) => k} />
            </Col>
            <Col xs={24} xl={8}>
              <LineTable caption="按服务项目统计" lines={a.byProject} nameOf={projectName} />
            </Col>
            <Col xs={24} xl={8}>
              <LineTable caption="按所/站统计" lines={a.byStation} nameOf={stationName} />
            </Col>
          </Row>
        )}
      </Section>
      <Section title="服务单">
        <Row gutter={[16, 16]}>
          {orderCards(figures?.orders).map((f) => (
            <Col key={f.title} xs={12} lg={6} xxl={6}>
              <StatCard
                title={f.title}
                value={f.value}
                suffix={f.value === '—' ? undefined : f.suffix}
                note={f.note}
              />
            </Col>
          ))}
        </Row>
      </Section>
    </>
  );
}
