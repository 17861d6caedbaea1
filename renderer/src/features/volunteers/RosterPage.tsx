import { ImportOutlined, LoginOutlined, SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { Team } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive, useLiveNow } from '../../db/live-query';
import { EmptyDesk } from '../../ui/EmptyDesk';
import { ExportButton } from '../exchange/export/ExportButton';
import { volunteerRosterExport } from '../exchange/export/list-exports';
import { NationalExportButton } from '../exchange/export/NationalExportButton';
import { ImportVolunteersDialog } from '../exchange/import/ImportVolunteersDialog';
import { DeletedPanel } from './DeletedPanel';
import { PendingRecords } from './PendingRecords';
import { RankingsPanel } from './RankingsPanel';
import { FIRST_PAGE, moveCursor, pageCount, type RosterCursor } from './roster-cursor';
import { RosterPager } from './RosterPager';
import { TeamsPanel } from './TeamsPanel';
import { VolunteerTable } from './VolunteerTable';

const PAGE_SIZE = 20;
const SEARCH_LIMIT = 20;
const TABS = ['roster', 'teams', 'rankings', 'duty', 'pending', 'deleted'] as const;
// 岗位排班 is a screen of its own in all but name: loaded when its tab is first opened, not with the roster.
const DutyRostersTab = lazy(() =>
  import('../rosters/DutyRostersTab').then((m) => ({ default: m.DutyRostersTab })),
);
type Tab = (typeof TABS)[number];

/** The roster: one search box (name, pinyin, initials, number, tails of phone/ID) and the tabs. */
export function RosterPage() {
  const repos = useRepos();
  const today = useTodayKey();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'roster';
  const [importing, setImporting] = useState(false);

  const total = useLive(() => repos.volunteers.count(), [repos]);
  const teams = useLive(() => repos.teams.list(), [repos]);
  const pendingCount = useLive(async () => (await repos.serviceRecords.pending(100)).length, [repos]);
  // Kept across renders: the table re-renders only when its rows change.
  const teamById = useMemo(() => new Map((teams ?? []).map((t) => [t.id, t])), [teams]);

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => void navigate('/volunteers/new')}>
          登记志愿者
        </Button>
        <Button icon={<LoginOutlined />} onClick={() => void navigate('/volunteers/sign-in')}>
          签到签退
        </Button>
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          导入
        </Button>
        <ExportButton spec={volunteerRosterExport(repos, today)} total={total} />
        <NationalExportButton />
        {importing && <ImportVolunteersDialog onClose={() => setImporting(false)} />}
      </Flex>
      <Card
        activeTabKey={tab}
        onTabChange={(key) => setParams(key === 'roster' ? {} : { tab: key }, { replace: true })}
        tabList={[
          { key: 'roster', label: '志愿者名册' },
          { key: 'teams', label: '志愿服务队' },
          { key: 'rankings', label: '时尚达人' },
          { key: 'duty', label: '岗位排班' },
          { key: 'pending', label: pendingCount ? `待确认记录（${pendingCount}）` : '待确认记录' },
          { key: 'deleted', label: '已删除' },
        ]}
        tabBarExtraContent={
          total !== undefined && (
            <Typography.Text type="secondary">共 {total.toLocaleString('zh-CN')} 名志愿者</Typography.Text>
          )
        }
        styles={{ body: { padding: 0 } }}
      >
        {/* Hidden, not unmounted, on the other tabs: what was typed in the search box is still there on return. */}
        <div hidden={tab !== 'roster'}>
          <RosterTab total={total} teams={teamById} today={today} />
        </div>
        {tab === 'teams' && <TeamsPanel teams={teams} />}
        {tab === 'rankings' && <RankingsPanel />}
        {tab === 'duty' && (
          <Suspense fallback={<Skeleton active style={{ padding: 16 }} />}>
            <DutyRostersTab />
          </Suspense>
        )}
        {tab === 'pending' && <PendingRecords />}
        {tab === 'deleted' && <DeletedPanel />}
      </Card>
    </Flex>
  );
}

/**
 * The search box, its results and the paged roster. Its own component so that a key press re-renders
 * only this, not the page's tabs and buttons: the frame after a key press is what the desk feels.
 */
function RosterTab({
  total,
  teams,
  today,
}: {
  total: number | undefined;
  teams: Map<string, Team>;
  today: string;
}) {
  const repos = useRepos();
  const navigate = useNavigate();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState<RosterCursor>(FIRST_PAGE);
  const term = query.trim();

  const pageRows = useLive(
    () =>
      'after' in cursor
        ? repos.people.volunteersAfter(cursor.after, PAGE_SIZE)
        : repos.people.volunteersBefore(cursor.before, cursor.size),
    [repos, cursor],
  );
  const pages = pageCount(total ?? 0, PAGE_SIZE);
  const move = (to: 'first' | 'prev' | 'next' | 'last') =>
    setCursor(
      moveCursor(
        to,
        { page: cursor.page, firstNo: pageRows?.[0]?.volunteerNo, lastNo: pageRows?.at(-1)?.volunteerNo },
        total ?? 0,
        PAGE_SIZE,
      ),
    );
  // The results carry the words they were found for: until the next key press's results arrive, the
  // count below still describes the rows shown.
  const result = useLiveNow(
    async () => (term ? { term, rows: await repos.volunteers.search(term, SEARCH_LIMIT) } : null),
    [repos, term],
  );
  const found = result?.rows;
  const searching = term !== '';
  const empty = useMemo(
    () =>
      searching ? (
        <Empty description="没有匹配的志愿者。可以换用姓名、拼音首字母、编号，或手机、证件号码的后四位；也可以直接登记新志愿者。" />
      ) : (
        <EmptyDesk description="还没有登记志愿者。点击“登记志愿者”录入第一位，或先载入示例数据熟悉各项功能。" />
      ),
    [searching],
  );

  return (
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
          placeholder="姓名、拼音或首字母（如 zsf）、编号、手机或证件后四位"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Only the current words' results: Enter typed ahead of them must not open the last list's one.
            const first = result?.term === term ? found?.[0] : undefined;
            if (e.key === 'Enter' && first && found?.length === 1) void navigate(`/volunteers/${first.id}`);
          }}
          style={{ maxWidth: 520 }}
        />
        {searching && found && (
          <Typography.Text type="secondary" role="status">
            {found.length === 0
              ? `没有找到与“${result?.term}”匹配的志愿者`
              : found.length >= SEARCH_LIMIT
                ? `找到多位匹配的志愿者，仅显示前 ${SEARCH_LIMIT} 位，请输入更多字符缩小范围`
                : `找到 ${found.length} 位志愿者`}
          </Typography.Text>
        )}
      </Flex>
      <VolunteerTable
        volunteers={searching ? (found ?? undefined) : pageRows}
        teams={teams}
        today={today}
        empty={empty}
      />
      {!searching && (total ?? 0) > PAGE_SIZE && (
        <RosterPager page={Math.min(cursor.page, pages)} pages={pages} onMove={move} />
      )}
    </>
  );
}
