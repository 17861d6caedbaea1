import { CalendarOutlined, ClockCircleOutlined, IdcardOutlined, UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Organisation } from '@shared/model';
import { monthToDate } from '@shared/stats/overview';
import { formatHours } from '@shared/stats/period-summary';
import { useRepos } from '../../app/desk-context';
import { useClockTime, useTodayKey } from '../../app/use-clock';
import { useLiveNow } from '../../db/live-query';
import { EmptyDesk } from '../../ui/EmptyDesk';
import { Section } from '../../ui/Section';
import { StatCard } from '../../ui/StatCard';
import { BackupAlert } from '../backup/BackupAlert';
import { DutyPanel } from './DutyPanel';
import {
  daysLabel,
  loadOverview,
  overviewRanges,
  pendingPrefetchedOverview,
  takePrefetchedOverview,
} from './load-overview';
import { MonthFigures } from './MonthFigures';
import { QuickActions } from './QuickActions';
import { SeriesPanel } from './SeriesPanel';
import { TodaySchedule } from './TodaySchedule';
import { TodoPanel } from './TodoPanel';
import './overview.css';

/** 今日概览: the desk's morning page — today, what waits, what comes next, and how the month goes. */
export function OverviewScreen() {
  const repos = useRepos();
  const navigate = useNavigate();
  const today = useTodayKey();
  const minute = useClockTime();
  const sofar = monthToDate(today);
  const ranges = overviewRanges(today);
  const { from, to } = ranges.today;
  const { month, lastMonth } = ranges;

  // The boot's read, when still under way at mount, is waited for first; the live read starts after it.
  const [pending] = useState(() => pendingPrefetchedOverview(today, Date.now()));
  const [waiting, setWaiting] = useState(pending !== undefined);
  useEffect(() => {
    let mounted = true;
    void pending?.finally(() => mounted && setWaiting(false));
    return () => void (mounted = false);
  }, [pending]);
  // One read for the whole page (see loadOverview); it follows the minute for overdue orders and the
  // series' "next", keeping the figures shown until the new ones are in.
  const data = useLiveNow(
    () => (waiting && pending ? pending : loadOverview(repos, ranges)),
    [repos, from, to, minute, month.from, month.to, lastMonth.from, lastMonth.to, waiting],
    () => takePrefetchedOverview(today, Date.now()),
  );
  const { bookings, rooms, organisations, volunteerCount, duty, todo, series, current, previous } =
    data ?? {};

  const roomById = new Map((rooms ?? []).map((r) => [r.id, r]));
  const roomOrder = new Map((rooms ?? []).map((r, i) => [r.id, i]));
  const orgById = organisations ?? new Map<string, Organisation>();
  // By room (in the rooms' own order), then by time: the desk walks the building room by room.
  const active = bookings
    ?.filter((b) => b.status !== '已取消')
    .sort(
      (a, b) =>
        (roomOrder.get(a.roomId) ?? Infinity) - (roomOrder.get(b.roomId) ?? Infinity) || a.start - b.start,
    );
  const cancelledToday = (bookings?.length ?? 0) - (active?.length ?? 0);
  const deskEmpty = rooms !== undefined && rooms.length === 0;

  return (
    <div className="overview-page">
      <BackupAlert />
      <div className="overview-stats">
        <StatCard
          title="今日预约"
          value={active?.length}
          suffix="场"
          icon={<CalendarOutlined />}
          note={cancelledToday > 0 ? `另有 ${cancelledToday} 场已取消` : '不含已取消的预约'}
        />
        <StatCard
          title="在岗志愿者"
          value={duty?.onDutyCount}
          suffix="人"
          icon={<UserOutlined />}
          note={
            <>
              今天签到、尚未签退 · <Link to="/volunteers/sign-in">查看在岗名单</Link>
            </>
          }
        />
        <StatCard
          title="注册志愿者"
          value={volunteerCount}
          suffix="人"
          icon={<IdcardOutlined />}
          note="实名注册，不含已删除"
        />
        <StatCard
          title="本月志愿服务时长"
          value={current && formatHours(current.confirmedMinutes)}
          suffix="小时"
          icon={<ClockCircleOutlined />}
          note="只计已确认的服务记录"
        />
      </div>
      <div className="overview-columns">
        <div className="overview-stack">
          <Section
            title="今日场地安排"
            flush
            extra={
              <Button type="link" onClick={() => void navigate('/rooms')}>
                查看场地预约
              </Button>
            }
          >
            <TodaySchedule
              bookings={active}
              rooms={roomById}
              organisations={orgById}
              empty={
                deskEmpty ? (
                  <EmptyDesk description="还没有场地和预约。可以先载入示例数据熟悉各项功能。" />
                ) : undefined
              }
            />
          </Section>
          <DutyPanel today={duty} />
          <MonthFigures
            current={current}
            previous={previous}
            currentLabel={daysLabel(sofar.current)}
            previousLabel={daysLabel(sofar.previous)}
          />
        </div>
        <div className="overview-stack">
          <TodoPanel todo={todo} />
          <QuickActions />
          <SeriesPanel lines={series} rooms={roomById} />
        </div>
      </div>
    </div>
  );
}
