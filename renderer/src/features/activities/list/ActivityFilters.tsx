import { Flex, Input, Segmented, Select, Typography } from 'antd';
import { useId } from 'react';
import {
  ACTIVITY_PERIOD_LABELS,
  ACTIVITY_PERIODS,
  CENTER_STATION,
  type ActivityFilter,
  type ActivityPeriodKind,
} from '@shared/activities/activity-list';
import { BOOKING_CATEGORIES, type Project } from '@shared/model';
import type { Station } from '@shared/organisation/stations';

interface Props {
  kind: ActivityPeriodKind;
  onKind(kind: ActivityPeriodKind): void;
  custom: { from: string; to: string };
  onCustom(custom: { from: string; to: string }): void;
  rangeProblem: string | null;
  filter: ActivityFilter;
  onFilter(next: Partial<ActivityFilter>): void;
  projects: readonly Project[];
  stations: readonly Station[];
}

/** The list's period and filters, each labelled. */
export function ActivityFilters(props: Props) {
  const { kind, custom, filter } = props;
  const problemId = useId();
  return (
    <Flex gap={12} wrap align="center" style={{ padding: 16 }}>
      <Segmented<ActivityPeriodKind>
        aria-label="时间段"
        value={kind}
        onChange={props.onKind}
        options={ACTIVITY_PERIODS.map((k) => ({ value: k, label: ACTIVITY_PERIOD_LABELS[k] }))}
      />
      {kind === 'custom' && (
        <Flex gap={6} align="center">
          <Input
            aria-label="开始日期"
            placeholder="2026-12-01"
            style={{ width: 124 }}
            value={custom.from}
            status={props.rangeProblem ? 'error' : undefined}
            aria-describedby={props.rangeProblem ? problemId : undefined}
            onChange={(e) => props.onCustom({ ...custom, from: e.target.value.trim() })}
          />
          <span>至</span>
          <Input
            aria-label="结束日期"
            placeholder="2026-12-31"
            style={{ width: 124 }}
            value={custom.to}
            status={props.rangeProblem ? 'error' : undefined}
            aria-describedby={props.rangeProblem ? problemId : undefined}
            onChange={(e) => props.onCustom({ ...custom, to: e.target.value.trim() })}
          />
          {props.rangeProblem && (
            <Typography.Text type="danger" id={problemId}>
              {props.rangeProblem}
            </Typography.Text>
          )}
        </Flex>
      )}
      <Select
        aria-label="类别"
        style={{ width: 120 }}
        value={filter.category}
        onChange={(category) => props.onFilter({ category })}
        options={[
          { value: '', label: '全部类别' },
          ...BOOKING_CATEGORIES.map((c) => ({ value: c, label: c })),
        ]}
      />
      <Select
        aria-label="服务项目"
        style={{ width: 160 }}
        value={filter.projectId}
        onChange={(projectId) => props.onFilter({ projectId })}
        options={[
          { value: '', label: '全部项目' },
          ...props.projects.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <Select
        aria-label="所/站"
        style={{ width: 160 }}
        value={filter.stationId}
        onChange={(stationId) => props.onFilter({ stationId })}
        options={[
          { value: '', label: '全部所/站' },
          { value: CENTER_STATION, label: '本中心' },
          ...props.stations.map((s) => ({ value: s.id, label: s.name })),
        ]}
      />
      <Input.Search
        aria-label="搜索活动"
        placeholder="活动名称、地点或组织单位"
        allowClear
        style={{ width: 240 }}
        value={filter.text}
        onChange={(e) => props.onFilter({ text: e.target.value })}
      />
    </Flex>
  );
}
