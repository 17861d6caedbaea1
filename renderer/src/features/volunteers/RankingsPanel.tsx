import { Flex, Radio, Table } from 'antd';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { describeMinutes } from '@shared/volunteers/hours';
import { RANKING_PERIOD_NAMES, type RankingPeriodKind, type RankingRow } from '@shared/volunteers/rankings';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';

/** 时尚达人: the week's, month's, quarter's and year's leaders by confirmed hours or sessions. */
export function RankingsPanel() {
  const repos = useRepos();
  const today = useTodayKey();
  const uid = useId();
  const [kind, setKind] = useState<RankingPeriodKind>('month');
  const [by, setBy] = useState<'hours' | 'sessions'>('hours');
  const rows = useLive(() => repos.serviceRecords.ranking(kind, by, today, 10), [repos, kind, by, today]);
  const people = useLive(() => repos.volunteers.many((rows ?? []).map((r) => r.volunteerId)), [repos, rows]);
  return (
    <Flex vertical gap={12} style={{ padding: 16 }}>
      <Flex gap={16} wrap>
        <Radio.Group
          aria-label="统计周期"
          optionType="button"
          value={kind}
          onChange={(e) => setKind(e.target.value as RankingPeriodKind)}
          options={(Object.keys(RANKING_PERIOD_NAMES) as RankingPeriodKind[]).map((k) => ({
            value: k,
            label: RANKING_PERIOD_NAMES[k],
          }))}
        />
        <Radio.Group
          aria-label={`${uid}排序依据`.replace(uid, '')}
          optionType="button"
          value={by}
          onChange={(e) => setBy(e.target.value as 'hours' | 'sessions')}
          options={[
            { value: 'hours', label: '按时长' },
            { value: 'sessions', label: '按次数' },
          ]}
        />
        <Link to="/honours">按考评办法评选时尚达人：评选表彰</Link>
      </Flex>
      <Table<RankingRow>
        rowKey="volunteerId"
        size="small"
        loading={rows === undefined}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: `${RANKING_PERIOD_NAMES[kind]}还没有已确认的服务记录` }}
        columns={[
          { title: '名次', dataIndex: 'rank', key: 'rank', width: 64 },
          {
            title: '志愿者',
            key: 'name',
            render: (_, r) => (
              <Link to={`/volunteers/${r.volunteerId}`}>{people?.get(r.volunteerId)?.name ?? '…'}</Link>
            ),
          },
          { title: '服务时长', key: 'minutes', render: (_, r) => describeMinutes(r.minutes) },
          { title: '服务次数', key: 'sessions', render: (_, r) => `${r.sessions} 次` },
        ]}
      />
    </Flex>
  );
}
