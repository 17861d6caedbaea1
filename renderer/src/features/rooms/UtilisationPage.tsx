import { Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { Section } from '../../ui/Section';
import { describePeriod, periodOf, PERIOD_LABELS, type PeriodKind } from '../reports/periods';
import { useUtilisation } from './use-utilisation';
import { HeatMapGrid, UtilisationTable } from './UtilisationView';

const KINDS: PeriodKind[] = ['week', 'month', 'lastMonth', 'year'];

/** 使用率: open vs used hours per room (never above 100%), idle rate, no-shows, and when rooms are busy. */
export function UtilisationPage({ today }: { today: string }) {
  const [kind, setKind] = useState<PeriodKind>('month');
  const period = periodOf(kind, today);
  const result = useUtilisation(period);
  return (
    <Flex vertical gap={16}>
      <Section
        title="场地使用率"
        extra={
          <Segmented
            aria-label="统计期间"
            value={kind}
            onChange={(v) => setKind(v)}
            options={KINDS.map((k) => ({ value: k, label: PERIOD_LABELS[k] }))}
          />
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {describePeriod(period)}。使用小时为开放时间内各预约的并集（不重复计算），闲置率 = 1 − 使用小时 ÷
          开放小时；已取消和未到场的预约不计入使用。
        </Typography.Paragraph>
        {result ? (
          <UtilisationTable rows={result.rows} rooms={result.rooms} />
        ) : (
          <Typography.Text>计算中…</Typography.Text>
        )}
      </Section>
      <Section title="各时段使用率">{result && <HeatMapGrid heat={result.heat} />}</Section>
    </Flex>
  );
}
