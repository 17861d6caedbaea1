import { Button, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DutyPost } from '@shared/rosters/model';
import { addDays } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { ExportButton } from '../exchange/export/ExportButton';
import { AssignDialog } from './AssignDialog';
import { weekRosterExport } from './export/roster-exports';
import { PatternDialog } from './patterns/PatternDialog';
import { RosterPrintButtons } from './print/RosterPrintButtons';
import { mondayOf } from './week-grid';
import { WeekFigures } from './WeekFigures';
import { WeekGrid, type PickedCell } from './WeekGrid';

/** The chosen post's week with 上一周/本周/下一周, and 安排志愿者 for the cell picked in the grid. */
export function PostWeekView({ post, today }: { post: DutyPost; today: string }) {
  const repos = useRepos();
  const thisWeek = mondayOf(today);
  const [firstDay, setFirstDay] = useState(thisWeek);
  const [picked, setPicked] = useState<PickedCell | null>(null);
  const [patternOpen, setPatternOpen] = useState(false);
  // Re-read when the post is edited (its shifts or calendar) as well as when entries change.
  const week = useLive(() => repos.rosters.week(post.id, firstDay), [repos, post, firstDay]);
  const ids = [...new Set((week?.entries ?? []).map((e) => e.volunteerId))];
  const names = useLive(() => repos.volunteers.many(ids), [repos, ids.join()]);

  return (
    <section aria-labelledby="duty-week">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={2} id="duty-week" style={{ fontSize: 16, margin: 0 }}>
          {post.name}（{post.place}）{firstDay} 至 {addDays(firstDay, 6)}
        </Typography.Title>
        <Space>
          <Button onClick={() => setFirstDay(addDays(firstDay, -7))}>上一周</Button>
          <Button disabled={firstDay === thisWeek} onClick={() => setFirstDay(thisWeek)}>
            本周
          </Button>
          <Button onClick={() => setFirstDay(addDays(firstDay, 7))}>下一周</Button>
          <Button onClick={() => setPatternOpen(true)}>按规律排班</Button>
          <ExportButton spec={weekRosterExport(repos, post, firstDay)} total={week?.entries.length} />
        </Space>
      </Flex>
      {week && <WeekFigures week={week} />}
      {week && <RosterPrintButtons week={week} today={today} />}
      {week ? <WeekGrid week={week} names={names} onPick={setPicked} /> : <Skeleton active />}
      {picked && week && <AssignDialog post={week.post} cell={picked} onClose={() => setPicked(null)} />}
      {patternOpen && <PatternDialog post={post} today={today} onClose={() => setPatternOpen(false)} />}
    </section>
  );
}
