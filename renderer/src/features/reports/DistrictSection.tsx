import { Alert, Button, Empty, Flex, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReportPeriod } from '@shared/stats/report-periods';
import { useDeskSyncService, useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { readDistrictView, type DistrictView } from '../../db/sync/district-view';
import { Section } from '../../ui/Section';
import { DISTRICT_COLUMNS, districtLines, monthsNote, type DistrictLine } from './district-table';

const TITLE = '各所站汇总';

/** The district's view for the period, re-read when `version` changes (刷新); null while reading. */
function useDistrictView(period: ReportPeriod, version: number): DistrictView | null {
  const service = useDeskSyncService();
  const [read, setRead] = useState<{ key: string; view: DistrictView } | null>(null);
  const key = `${period.firstDay}|${period.lastDay}|${version}`;
  useEffect(() => {
    let active = true;
    void (async () => {
      const link = service ? await service.district() : null;
      const next = await readDistrictView(link, period.firstDay, period.lastDay);
      if (active) setRead({ key, view: next });
    })();
    return () => {
      active = false;
    };
  }, [service, period.firstDay, period.lastDay, key]);
  // A view of another period or of before 刷新 is not shown: the section says it is reading.
  return read?.key === key ? read.view : null;
}

function DistrictTable({ lines }: { lines: DistrictLine[] }) {
  return (
    <Table<DistrictLine>
      size="small"
      pagination={false}
      dataSource={lines}
      rowKey="key"
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '所/站', key: 'name', render: (_: unknown, l: DistrictLine) => l.name },
        ...DISTRICT_COLUMNS.map((c) => ({
          title: c.title,
          key: c.title,
          align: 'right' as const,
          className: 'tabular',
          render: (_: unknown, l: DistrictLine) => (l.figures ? c.cell(l.figures) : '—'),
        })),
        { title: '上报时间', key: 'published', render: (_: unknown, l: DistrictLine) => l.published },
      ]}
    />
  );
}

/** What to show for a view that is not ready, in Chinese; null while reading. */
function Problem({ view }: { view: DistrictView }) {
  if (view.state === 'no-center')
    return (
      <Empty description="还没有设置中心服务器。请由管理员在“设置 → 同步”中填写中心地址和账号，连接后这里显示各所站的数字。" />
    );
  if (view.state === 'no-district')
    return <Empty description="中心服务器没有设置区级汇总，请联系中心管理员在中心设置中加上区级数据库。" />;
  if (view.state === 'failed')
    return (
      <Alert
        type={view.kind === 'offline' ? 'warning' : 'error'}
        showIcon
        title={view.kind === 'offline' ? '连不上中心，稍后点“刷新”' : '读不到各所站汇总'}
        description={view.message}
      />
    );
  return null;
}

/**
 * 各所站汇总 on 统计报表, for a 中心 desk: each 所/站's figures of the period's months as they published
 * them to the district, and the 合计. Absent on a 所/站's desk (its district:info says so; while the
 * center cannot tell, the desk's own 中心信息 decides).
 */
export function DistrictSection({ period }: { period: ReportPeriod }) {
  const repos = useRepos();
  const [version, setVersion] = useState(0);
  const view = useDistrictView(period, version);
  const profile = useLive(() => repos.settings.get('centerProfile'), [repos]);
  const isCenter = profile?.level === '中心';
  if (view?.state === 'not-center') return null;
  if (view?.state !== 'ready' && !isCenter) return null;
  const refresh = (
    <Button onClick={() => setVersion((v) => v + 1)} loading={view === null}>
      刷新
    </Button>
  );
  return (
    <Section title={TITLE} extra={refresh} flush={view?.state === 'ready'}>
      {view === null ? (
        <Typography.Paragraph style={{ margin: 0 }}>正在读取各所站上报的数字…</Typography.Paragraph>
      ) : view.state === 'ready' ? (
        <Flex vertical>
          <DistrictTable lines={districtLines(view.rows, view.total)} />
          <Typography.Paragraph type="secondary" style={{ margin: 12 }}>
            {monthsNote(view.months, period.firstDay, period.lastDay)}
          </Typography.Paragraph>
        </Flex>
      ) : (
        <Problem view={view} />
      )}
    </Section>
  );
}
