import { Alert, Col, Flex, Radio, Row, Typography } from 'antd';
import { useId, useState } from 'react';
import { formatHours, type PeriodSummary } from '@shared/stats/period-summary';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { StatCard } from '../../ui/StatCard';
import { PracticeFiguresSection } from './PracticeFiguresSection';
import { RoomUseSection } from './RoomUseSection';
import { describePeriod, PERIOD_KINDS, PERIOD_LABELS, periodOf, type PeriodKind } from './periods';

interface Figure {
  key: string;
  title: string;
  suffix: string;
  value: (s: PeriodSummary) => number | string;
  note: string;
}

/** The figures centers report upward, in the order of the usual 工作报表. */
const FIGURES: readonly Figure[] = [
  {
    key: 'sessions',
    title: '活动场次',
    suffix: '场',
    value: (s) => s.sessions,
    note: '已签到或已完成的预约，加上未关联预约的活动',
  },
  {
    key: 'people',
    title: '服务人次',
    suffix: '人次',
    value: (s) => s.peopleReached,
    note: '上述场次的实到人数之和',
  },
  {
    key: 'volServices',
    title: '志愿服务人次',
    suffix: '人次',
    value: (s) => s.volunteerServices,
    note: '已确认的服务记录条数',
  },
  {
    key: 'hours',
    title: '志愿服务时长（小时）',
    suffix: '小时',
    value: (s) => formatHours(s.volunteerMinutes),
    note: '已确认的计入时长',
  },
  {
    key: 'volunteers',
    title: '参与志愿者',
    suffix: '人',
    value: (s) => s.distinctVolunteers,
    note: '有已确认服务记录的志愿者',
  },
  { key: 'bookings', title: '预约总数', suffix: '个', value: (s) => s.bookings, note: '期间开始的全部预约' },
  { key: 'noShows', title: '未到场', suffix: '个', value: (s) => s.noShows, note: '预约后未到场' },
  { key: 'cancelled', title: '已取消', suffix: '个', value: (s) => s.cancelled, note: '预约后取消' },
];

/** 统计报表: the period figures a center reports upward. */
export function ReportsScreen() {
  const repos = useRepos();
  const today = useTodayKey();
  const labelId = useId();
  const [kind, setKind] = useState<PeriodKind>('month');
  const period = periodOf(kind, today);
  const summary = useLive(
    () => repos.reports.periodSummary(period.from, period.to),
    [repos, period.from, period.to],
  );

  return (
    <Flex vertical gap={16}>
      <Section title="统计范围">
        <Flex align="center" gap={12} wrap>
          <span id={labelId} style={{ fontWeight: 500 }}>
            统计周期
          </span>
          <Radio.Group
            aria-labelledby={labelId}
            value={kind}
            onChange={(e) => setKind(e.target.value as PeriodKind)}
            options={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_LABELS[k] }))}
          />
          <Typography.Text type="secondary">{describePeriod(period)}</Typography.Text>
        </Flex>
      </Section>
      <Row gutter={[16, 16]}>
        {FIGURES.map((f) => (
          <Col key={f.key} xs={12} lg={8} xxl={6}>
            <StatCard title={f.title} value={summary && f.value(summary)} suffix={f.suffix} note={f.note} />
          </Col>
        ))}
      </Row>
      <Alert
        type="info"
        showIcon
        title="志愿服务时长只统计已确认的服务记录"
        description="服务中、待确认和已作废的记录不计入时长和志愿服务人次；按开始时间归入统计周期。"
      />
      <PracticeFiguresSection period={period} />
      <RoomUseSection period={period} />
    </Flex>
  );
}
