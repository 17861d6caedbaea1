import { Alert, Col, Flex, Row } from 'antd';
import { useMemo, useState } from 'react';
import { formatHours, type PeriodSummary } from '@shared/stats/period-summary';
import { periodContaining, type ReportPeriod } from '@shared/stats/report-periods';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { StatCard } from '../../ui/StatCard';
import { useStations } from '../organisation/use-organisation';
import { ChartFigure } from './ChartFigure';
import { DistrictSection } from './DistrictSection';
import { loadReport } from './load-report';
import { ReportActions } from './ReportActions';
import { ReportPeriodPicker } from './ReportPeriodPicker';
import { ReportTableView } from './ReportTableView';
import { hoursTrendChart, sessionsByCategoryChart } from './report-charts';
import { reportTables } from './report-tables';
import { RoomUseSection } from './RoomUseSection';
import { ROSTER_TABLE_TITLES } from './roster-tables';
import { RosterSection } from './RosterSection';
import { useRosterPart } from './use-roster-part';

interface Figure {
  key: string;
  title: string;
  suffix: string;
  value: (s: PeriodSummary) => number | string;
  note: string;
}

/** The figures of the whole center's bookings and records, in the order of the usual 工作报表. */
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

/** 统计报表: a period's figures against the previous period and last year, with charts, print and export. */
export function ReportsScreen() {
  const repos = useRepos();
  const today = useTodayKey();
  const stations = useStations();
  const [period, setPeriod] = useState<ReportPeriod>(() => periodContaining('month', today));
  const [stationId, setStationId] = useState<string | null>(null);
  const summary = useLive(
    () => repos.reports.periodSummary(period.from, period.to),
    [repos, period.from, period.to],
  );
  // Live for the figures kept as stored totals; the roster figures are read apart, once (see loadRosterPart).
  const live = useLive(
    () => loadReport(repos, period, stationId, false),
    [repos, period.kind, period.from, period.to, stationId],
  );
  const rosterPart = useRosterPart(repos, period, stationId);
  const bundle = useMemo(
    () => live && (rosterPart && 'part' in rosterPart ? { ...live, ...rosterPart.part } : live),
    [live, rosterPart],
  );
  const charts = useMemo(
    () =>
      bundle && { sessions: sessionsByCategoryChart(bundle.report), hours: hoursTrendChart(bundle.report) },
    [bundle],
  );
  // 场地使用 and 岗位排班 have their own sections below.
  const all = bundle ? reportTables(bundle) : [];
  const rosterTables = all.filter((t) => ROSTER_TABLE_TITLES.includes(t.title));
  const tables = all.filter((t) => t.title !== '场地使用' && !rosterTables.includes(t));

  return (
    <Flex vertical gap={16}>
      {/* Print and export wait for the roster figures, so the paper and the workbook hold every table. */}
      <Section
        title="统计周期与范围"
        extra={
          <ReportActions
            bundle={bundle?.rosters || (rosterPart && 'problem' in rosterPart) ? bundle : undefined}
          />
        }
      >
        <ReportPeriodPicker
          period={period}
          onPeriod={setPeriod}
          stationId={stationId}
          onStation={setStationId}
          stations={stations ?? []}
          today={today}
        />
      </Section>
      {stationId === null && (
        <Row gutter={[16, 16]}>
          {FIGURES.map((f) => (
            <Col key={f.key} xs={12} lg={8} xxl={6}>
              <StatCard title={f.title} value={summary && f.value(summary)} suffix={f.suffix} note={f.note} />
            </Col>
          ))}
        </Row>
      )}
      {stationId === null && <DistrictSection period={period} />}
      <Alert
        type="info"
        showIcon
        title="志愿服务时长只统计已确认的服务记录"
        description="服务中、待确认和已作废的记录不计入时长和志愿者人次；按签到时间归入统计周期，跨午夜的服务算在签到当天。环比对上一期，同比对去年同期；上期为 0 时不计算变化。"
      />
      {tables[0] && <ReportTableView table={tables[0]} />}
      {charts && (
        <Section title="图表">
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <ChartFigure title="活动场次（按类别）" chart={charts.sessions} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartFigure title="志愿服务时长趋势（小时）" chart={charts.hours} />
            </Col>
          </Row>
        </Section>
      )}
      <Row gutter={[16, 16]}>
        {tables.slice(1, 3).map((t) => (
          <Col key={t.title} xs={24} xl={12}>
            <ReportTableView table={t} />
          </Col>
        ))}
      </Row>
      <RoomUseSection period={period} />
      <Row gutter={[16, 16]}>
        {tables.slice(3).map((t) => (
          <Col key={t.title} xs={24} xl={12}>
            <ReportTableView table={t} />
          </Col>
        ))}
      </Row>
      {bundle && (
        <RosterSection
          bundle={bundle}
          tables={rosterTables}
          problem={rosterPart && 'problem' in rosterPart ? rosterPart.problem : null}
        />
      )}
    </Flex>
  );
}
