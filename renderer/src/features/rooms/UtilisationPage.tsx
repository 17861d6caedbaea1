import { Flex, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { roomUtilisation, utilisationHeatMap } from '@shared/booking/utilisation';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { MAKEUP_DAYS } from '../../db/repos/closures';
import { Section } from '../../ui/Section';
import { describePeriod, periodOf, PERIOD_LABELS, type PeriodKind } from '../reports/periods';
import { HeatMapGrid, UtilisationTable } from './UtilisationView';

const KINDS: PeriodKind[] = ['week', 'month', 'lastMonth', 'year'];

/** 使用率: open vs used hours per room (never above 100%), idle rate, no-shows, and when rooms are busy. */
export function UtilisationPage({ today }: { today: string }) {
  const repos = useRepos();
  const [kind, setKind] = useState<PeriodKind>('month');
  const period = periodOf(kind, today);
  const data = useLive(async () => {
    const [rooms, bookings, closures] = await Promise.all([
      repos.places.rooms(),
      repos.places.bookingsBetween(period.from, period.to),
      repos.places.closuresBetween(period.firstDay, period.lastDay),
    ]);
    return { rooms: rooms.filter((r) => r.active), bookings, closures };
  }, [repos, period.from, period.to]);
  const result = useMemo(() => {
    if (!data) return null;
    const input = { ...data, makeup: MAKEUP_DAYS, fromDate: period.firstDay, toDate: period.lastDay };
    return {
      rows: roomUtilisation(input),
      heat: utilisationHeatMap(input),
      rooms: new Map(data.rooms.map((r) => [r.id, r])),
    };
  }, [data, period.firstDay, period.lastDay]);
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
