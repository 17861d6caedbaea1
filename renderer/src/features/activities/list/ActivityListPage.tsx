import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  activityPeriod,
  customRangeProblem,
  NO_FILTER,
  type ActivityCursor,
  type ActivityFilter,
  type ActivityPeriodKind,
} from '@shared/activities/activity-list';
import type { Activity } from '@shared/model';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { useTodayKey } from '../../../app/use-clock';
import { useLive } from '../../../db/live-query';
import { Section } from '../../../ui/Section';
import { ExportButton } from '../../exchange/export/ExportButton';
import { activityListExport } from '../../exchange/export/list-exports';
import { useProjects, useStations } from '../../organisation/use-organisation';
import { ActivityFilters } from './ActivityFilters';
import { DeletedActivities } from './DeletedActivities';
import { ActivityPager } from './ActivityPager';

const PAGE_SIZE = 20;

interface Paging {
  page: number;
  cursor: ActivityCursor | null;
  direction: 'older' | 'newer';
}
const FIRST: Paging = { page: 1, cursor: null, direction: 'older' };

/** 活动记录 list: one period (本月 first), filters, newest first, 20 a page by keyset. */
export function ActivityListPage() {
  const repos = useRepos();
  const today = useTodayKey();
  const navigate = useNavigate();
  const projects = useProjects();
  const stations = useStations();
  const [kind, setKind] = useState<ActivityPeriodKind>('month');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [filter, setFilter] = useState<ActivityFilter>(NO_FILTER);
  const [paging, setPaging] = useState<Paging>(FIRST);
  const text = useDeferredValue(filter.text);
  const range = activityPeriod(kind, today, custom.from, custom.to);
  const rangeProblem = kind === 'custom' ? customRangeProblem(custom.from, custom.to) : null;
  const from = range?.from ?? 0;
  const to = range?.to ?? 0;

  const page = useLive(
    () =>
      range
        ? repos.activities.page({ from, to }, { ...filter, text }, PAGE_SIZE, paging.cursor, paging.direction)
        : Promise.resolve(null),
    [repos, from, to, filter.category, filter.projectId, filter.stationId, text, paging],
  );
  const total = useLive(
    () => (range ? repos.activities.countIn({ from, to }) : Promise.resolve(0)),
    [repos, from, to],
  );
  const projectName = new Map((projects ?? []).map((p) => [p.id, p.name]));
  const stationName = new Map((stations ?? []).map((s) => [s.id, s.name]));
  const change = (next: Partial<ActivityFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPaging(FIRST);
  };
  const rows = page?.rows ?? [];
  const filtered = filter.category || filter.projectId || filter.stationId || filter.text.trim();

  return (
    <Flex vertical gap={16}>
      <Section
        title="活动记录"
        extra={
          <Flex gap={8}>
            {range && (
              <ExportButton
                spec={activityListExport(repos, range, { ...filter, text })}
                total={filtered ? undefined : total}
              />
            )}
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate('new')}>
              新建活动
            </Button>
          </Flex>
        }
        flush
      >
        <ActivityFilters
          kind={kind}
          onKind={(k) => {
            setKind(k);
            setPaging(FIRST);
          }}
          custom={custom}
          onCustom={(c) => {
            setCustom(c);
            setPaging(FIRST);
          }}
          rangeProblem={rangeProblem}
          filter={filter}
          onFilter={change}
          projects={projects ?? []}
          stations={stations ?? []}
        />
        <Typography.Paragraph style={{ padding: '0 16px', margin: '0 0 8px' }} aria-live="polite">
          {range ? `本期共 ${total ?? '…'} 场活动${filtered ? '（下表按筛选条件列出）' : ''}` : ''}
        </Typography.Paragraph>
        <Table<Activity>
          rowKey="id"
          size="middle"
          loading={page === undefined}
          dataSource={rows}
          pagination={false}
          locale={{
            emptyText: (
              <Empty
                description={
                  filtered
                    ? '没有符合筛选条件的活动，请放宽筛选条件或换一个时间段。'
                    : '这段时间还没有活动记录。点“新建活动”登记一场活动，或在场地预约签到后点“记为活动”。'
                }
              />
            ),
          }}
          columns={[
            {
              title: '活动名称',
              key: 'title',
              render: (_, a) => <Link to={a.id}>{a.title}</Link>,
            },
            {
              title: '时间',
              key: 'time',
              render: (_, a) =>
                `${formatDateCn(dateKey(a.start))} ${formatTime(a.start)}–${formatTime(a.end)}`,
            },
            { title: '类别', dataIndex: 'category' },
            { title: '地点', dataIndex: 'place' },
            {
              title: '所/站',
              key: 'station',
              render: (_, a) => (a.stationId ? (stationName.get(a.stationId) ?? '（已删除）') : '本中心'),
            },
            {
              title: '服务项目',
              key: 'project',
              render: (_, a) => (a.projectId ? (projectName.get(a.projectId) ?? '（已删除）') : '—'),
            },
            { title: '参与人次', dataIndex: 'participants', align: 'right' },
            { title: '志愿者', dataIndex: 'volunteerCount', align: 'right' },
          ]}
        />
        <Flex justify="flex-end">
          <ActivityPager
            page={paging.page}
            hasNewer={paging.page > 1}
            hasOlder={page?.hasOlder ?? false}
            onMove={(to) => {
              if (to === 'first' || (to === 'prev' && paging.page <= 2)) setPaging(FIRST);
              else if (to === 'prev') {
                const first = rows[0];
                setPaging(first ? { page: paging.page - 1, cursor: first, direction: 'newer' } : FIRST);
              } else {
                const last = rows.at(-1);
                if (last) setPaging({ page: paging.page + 1, cursor: last, direction: 'older' });
              }
            }}
          />
        </Flex>
      </Section>
      <DeletedActivities />
    </Flex>
  );
}
