import { Button, Flex, Radio, Typography } from 'antd';
import { HONOUR_PERIODS, type HonourPeriod } from '@shared/model';
import { periodOf, shiftPeriod, type AssessmentPeriod } from '@shared/recognition/periods';

const KIND_LABELS: Record<HonourPeriod, string> = { 周: '按周', 月: '按月', 季: '按季度', 年: '按年' };

/** Period kind and the period itself, stepped with 上一期 / 下一期 (never past the current one). */
export function PeriodPicker({
  period,
  today,
  onChange,
}: {
  period: AssessmentPeriod;
  today: string;
  onChange(next: AssessmentPeriod): void;
}) {
  const current = periodOf(period.kind, today);
  return (
    <Flex gap={12} align="center" wrap>
      <Radio.Group
        aria-label="评选周期"
        optionType="button"
        value={period.kind}
        onChange={(e) => onChange(periodOf(e.target.value as HonourPeriod, today))}
        options={HONOUR_PERIODS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
      />
      <Button onClick={() => onChange(shiftPeriod(period, -1))}>上一期</Button>
      <Typography.Text strong aria-live="polite" style={{ minWidth: 120, textAlign: 'center' }}>
        {period.label}
      </Typography.Text>
      <Button disabled={period.start >= current.start} onClick={() => onChange(shiftPeriod(period, 1))}>
        下一期
      </Button>
    </Flex>
  );
}
