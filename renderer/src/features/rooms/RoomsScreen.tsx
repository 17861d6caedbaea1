import { Flex, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { formatDateCn, isValidDateKey, weekdayOf } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { EmptyDesk } from '../../ui/EmptyDesk';
import { Section } from '../../ui/Section';
import { dayRange } from '../reports/periods';
import { DateSwitcher } from './DateSwitcher';
import { DayBookingsTable } from './DayBookingsTable';
import { RoomCards } from './RoomCards';

/** 场地预约: one day's bookings by room, and the rooms themselves. */
export function RoomsScreen() {
  const repos = useRepos();
  const today = useTodayKey();
  // The day lives in the URL so a reload (or Alt+2 from elsewhere and back) keeps the chosen date.
  const [params, setParams] = useSearchParams();
  const requested = params.get('date');
  const day = requested && isValidDateKey(requested) ? requested : today;
  const { from, to } = dayRange(day);

  const rooms = useLive(() => repos.places.rooms(), [repos]);
  const organisations = useLive(() => repos.places.organisations(), [repos]);
  const bookings = useLive(() => repos.places.bookingsBetween(from, to), [repos, from, to]);

  const roomById = new Map((rooms ?? []).map((r) => [r.id, r]));
  const orgById = new Map((organisations ?? []).map((o) => [o.id, o]));
  const live = bookings?.filter((b) => b.status !== '已取消') ?? [];
  const pending = live.filter((b) => b.status === '待审核').length;
  const weekday = weekdayOf(day);
  const closedDay =
    rooms !== undefined && !rooms.some((r) => r.active && r.openingHours.some((h) => h.weekday === weekday));

  const setDay = (next: string) => setParams(next === today ? {} : { date: next }, { replace: true });

  return (
    <Flex vertical gap={16}>
      <Section
        title={`${formatDateCn(day)}${day === today ? '（今天）' : ''}`}
        extra={
          bookings && (
            <Typography.Text type="secondary">
              共 {live.length} 场{pending > 0 ? `，其中待审核 ${pending} 场` : ''}
              {bookings.length > live.length ? `；已取消 ${bookings.length - live.length} 场` : ''}
            </Typography.Text>
          )
        }
      >
        <Flex vertical gap={16}>
          <DateSwitcher value={day} today={today} onChange={setDay} />
          {rooms && rooms.length === 0 ? (
            <EmptyDesk description="还没有登记任何场地，也就没有预约。可以先载入示例数据熟悉各项功能。" />
          ) : (
            <DayBookingsTable
              bookings={bookings}
              rooms={roomById}
              organisations={orgById}
              closedDay={closedDay}
            />
          )}
        </Flex>
      </Section>
      {rooms && rooms.length > 0 && (
        <Section
          title="场地一览"
          extra={<Typography.Text type="secondary">共 {rooms.length} 处</Typography.Text>}
        >
          <RoomCards rooms={rooms} />
        </Section>
      )}
    </Flex>
  );
}
