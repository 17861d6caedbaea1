import { SearchOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Input, Typography } from 'antd';
import { useDeferredValue, useId, useState } from 'react';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { EmptyDesk } from '../../ui/EmptyDesk';
import { TeamSummary } from './TeamSummary';
import { VolunteerTable } from './VolunteerTable';

const PAGE_SIZE = 20;
const SEARCH_LIMIT = 20;

/** 志愿者: find a volunteer fast by name, number or the last digits of phone or ID; browse the roster. */
export function VolunteersScreen() {
  const repos = useRepos();
  const today = useTodayKey();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [tab, setTab] = useState<'roster' | 'teams'>('roster');
  // Typing stays responsive on large rosters: the search runs on the deferred value.
  const deferred = useDeferredValue(query.trim());

  const total = useLive(() => repos.people.volunteerCount(), [repos]);
  const pageRows = useLive(
    () => repos.people.volunteerPage((page - 1) * PAGE_SIZE, PAGE_SIZE),
    [repos, page],
  );
  const found = useLive(
    () => (deferred ? repos.people.searchVolunteers(deferred, SEARCH_LIMIT) : Promise.resolve(null)),
    [repos, deferred],
  );
  const teams = useLive(() => repos.people.teams(), [repos]);
  const sizes = useLive(() => repos.people.teamSizes(), [repos]);
  const teamById = new Map((teams ?? []).map((t) => [t.id, t]));

  const searching = deferred !== '';
  const results = searching ? (found ?? undefined) : pageRows;

  return (
    <Card
      activeTabKey={tab}
      onTabChange={(key) => setTab(key === 'teams' ? 'teams' : 'roster')}
      tabList={[
        { key: 'roster', label: '志愿者名册' },
        { key: 'teams', label: '志愿服务队' },
      ]}
      tabBarExtraContent={
        total !== undefined && (
          <Typography.Text type="secondary">共 {total.toLocaleString('zh-CN')} 名志愿者</Typography.Text>
        )
      }
      styles={{ body: { padding: 0 } }}
    >
      {tab === 'roster' ? (
        <>
          <Flex vertical gap={8} style={{ padding: '16px 16px 8px' }}>
            <label htmlFor={searchId} style={{ fontWeight: 500 }}>
              搜索志愿者
            </label>
            <Input
              id={searchId}
              autoFocus
              allowClear
              size="large"
              prefix={<SearchOutlined aria-hidden="true" />}
              placeholder="姓名、手机后四位、证件后四位或编号"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              style={{ maxWidth: 480 }}
            />
            {searching && found && (
              <Typography.Text type="secondary" role="status">
                {found.length === 0
                  ? `没有找到与“${deferred}”匹配的志愿者`
                  : found.length >= SEARCH_LIMIT
                    ? `找到多位匹配的志愿者，仅显示前 ${SEARCH_LIMIT} 位，请输入更多字符缩小范围`
                    : `找到 ${found.length} 位志愿者`}
              </Typography.Text>
            )}
          </Flex>
          <VolunteerTable
            volunteers={results}
            teams={teamById}
            today={today}
            pagination={
              searching
                ? false
                : {
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: total ?? 0,
                    showSizeChanger: false,
                    showTotal: (n) => `共 ${n} 人`,
                    onChange: setPage,
                  }
            }
            empty={
              searching ? (
                <Empty description="没有匹配的志愿者。可以换用姓名、编号，或手机、证件号码的后四位。" />
              ) : (
                <EmptyDesk description="还没有登记志愿者。可以先载入示例数据熟悉各项功能。" />
              )
            }
          />
        </>
      ) : (
        <TeamSummary teams={teams} sizes={sizes} />
      )}
    </Card>
  );
}
