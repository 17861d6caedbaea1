import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Radio, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import {
  describeReportPeriod,
  periodContaining,
  rangePeriod,
  REPORT_PERIOD_KINDS,
  REPORT_PERIOD_LABELS,
  shiftPeriod,
  type ReportPeriod,
  type ReportPeriodKind,
} from '@shared/stats/report-periods';
import { isValidDateKey } from '@shared/time/center-time';
import type { Station } from '@shared/organisation/stations';

interface Props {
  period: ReportPeriod;
  onPeriod: (p: ReportPeriod) => void;
  stationId: string | null;
  onStation: (id: string | null) => void;
  stations: readonly Station[];
  today: string;
}

/** The longest custom range: three years, so one read never spans the whole history by accident. */
const MAX_RANGE_DAYS = 3 * 366;

function rangeProblem(first: string, last: string): string | null {
  if (!isValidDateKey(first)) return '请填写开始日期';
  if (!isValidDateKey(last)) return '请填写结束日期';
  if (last < first) return '结束日期不能早于开始日期';
  if (rangePeriod(first, last).to - rangePeriod(first, last).from > MAX_RANGE_DAYS * 86_400_000)
    return '统计范围最长三年，请缩短日期范围';
  return null;
}

/** 统计周期 (week … year with previous/next, or any range) and 统计范围 (全中心 or one 所/站). */
export function ReportPeriodPicker({ period, onPeriod, stationId, onStation, stations, today }: Props) {
  const kindLabel = useId();
  const scopeId = useId();
  const firstId = useId();
  const lastId = useId();
  const errorId = useId();
  const [first, setFirst] = useState(period.firstDay);
  const [last, setLast] = useState(period.lastDay);
  const problem = period.kind === 'range' ? rangeProblem(first, last) : null;

  const chooseKind = (kind: ReportPeriodKind) => {
    if (kind === 'range') {
      setFirst(period.firstDay);
      setLast(period.lastDay);
      onPeriod(rangePeriod(period.firstDay, period.lastDay));
    } else onPeriod(periodContaining(kind, today));
  };
  const changeRange = (nextFirst: string, nextLast: string) => {
    setFirst(nextFirst);
    setLast(nextLast);
    if (rangeProblem(nextFirst, nextLast) === null) onPeriod(rangePeriod(nextFirst, nextLast));
  };

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap>
        <span id={kindLabel} style={{ fontWeight: 500 }}>
          统计周期
        </span>
        <Radio.Group
          aria-labelledby={kindLabel}
          optionType="button"
          value={period.kind}
          onChange={(e) => chooseKind(e.target.value as ReportPeriodKind)}
          options={REPORT_PERIOD_KINDS.map((k) => ({ value: k, label: REPORT_PERIOD_LABELS[k] }))}
        />
        {period.kind !== 'range' && (
          <Flex align="center" gap={4}>
            <Button
              aria-label="上一期"
              icon={<LeftOutlined aria-hidden />}
              onClick={() => onPeriod(shiftPeriod(period, -1))}
            />
            <Typography.Text strong style={{ minWidth: 160, textAlign: 'center' }} aria-live="polite">
              {describeReportPeriod(period)}
            </Typography.Text>
            <Button
              aria-label="下一期"
              icon={<RightOutlined aria-hidden />}
              onClick={() => onPeriod(shiftPeriod(period, 1))}
            />
            <Button type="link" onClick={() => onPeriod(periodContaining(period.kind, today))}>
              回到本期
            </Button>
          </Flex>
        )}
      </Flex>
      {period.kind === 'range' && (
        <Flex align="center" gap={8} wrap>
          <label htmlFor={firstId}>开始日期</label>
          <Input
            id={firstId}
            type="date"
            style={{ width: 160 }}
            value={first}
            status={problem ? 'error' : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(e) => changeRange(e.target.value, last)}
          />
          <label htmlFor={lastId}>结束日期</label>
          <Input
            id={lastId}
            type="date"
            style={{ width: 160 }}
            value={last}
            status={problem ? 'error' : undefined}
            aria-invalid={problem !== null}
            aria-describedby={problem ? errorId : undefined}
            onChange={(e) => changeRange(first, e.target.value)}
          />
          {problem && (
            <Typography.Text id={errorId} type="danger" role="alert">
              {problem}（报表仍按 {describeReportPeriod(period)} 统计）
            </Typography.Text>
          )}
        </Flex>
      )}
      <Flex align="center" gap={12} wrap>
        <label htmlFor={scopeId} style={{ fontWeight: 500 }}>
          统计范围
        </label>
        <Select
          id={scopeId}
          style={{ width: 240 }}
          value={stationId ?? ''}
          onChange={(v: string) => onStation(v === '' ? null : v)}
          options={[{ value: '', label: '全中心' }, ...stations.map((s) => ({ value: s.id, label: s.name }))]}
        />
        {stationId !== null && (
          <Typography.Text type="secondary">
            按所/站统计时，只计该所/站的活动、活动中的志愿服务和服务单；证书、新注册志愿者和时尚达人只在全中心报表中统计。
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
