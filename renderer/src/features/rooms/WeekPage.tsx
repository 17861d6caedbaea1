import { Flex, Select, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { layoutDay } from '@shared/booking/board-layout';
import { addDays, formatDateCn, weekdayOf } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useClockTime } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { parseTimeOfDay } from '@shared/booking/form-schema';
import { MAKEUP_DAYS } from '../../db/repos/closures';
import { Section } from '../../ui/Section';
import { dayRange } from '../reports/periods';
import { DateSwitcher } from './DateSwitcher';
import { DayBoard, type DatedRow } from './DayBoard';

interface Props {
  day: string;
  today: string;
  setDay(day: string): void;
}

const DAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** One room's week, Monday to Sunday, one row per day. */
export function WeekPage({ day, today, setDay }: Props) {
  const repos = useRepos();
  const uid = useId();
  const nowMinute = parseTimeOfDay(useClockTime()) ?? 0;
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  const sunday = addDays(monday, 6);
  const [roomId, setRoomId] = useState<string | null>(null);
  const from = dayRange(monday).from;
  const to = dayRange(sunday).to;
  const data = useLive(async () => {
    const [rooms, organisations, bookings, closures] = await Promise.all([
      repos.places.rooms(),
      repos.places.organisations(),
      repos.places.bookingsBetween(from, to),
      repos.places.closuresBetween(monday, sunday),
    ]);
    return { rooms: rooms.filter((r) => r.active), organisations, bookings, closures };
  }, [repos, from, to, monday, sunday]);
  const room = data?.rooms.find((r) => r.id === roomId) ?? data?.rooms[0];
  const layout = useMemo(() => {
    if (!data || !room) return null;
    const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    const per = days.map((date) =>
      layoutDay({
        date,
        rooms: [room],
        bookings: data.bookings.filter((b) => b.roomId === room.id),
        closures: data.closures,
        makeup: MAKEUP_DAYS,
      }),
    );
    const axis = {
      from: Math.min(...per.map((p) => p.axis.from)),
      to: Math.max(...per.map((p) => p.axis.to)),
    };
    // Re-lay each day on the shared axis so the rows line up.
    const rows: DatedRow[] = days.map((date) => {
      const l = layoutDay({
        date,
        rooms: [room],
        bookings: data.bookings.filter((b) => b.roomId === room.id),
        closures: data.closures,
        makeup: MAKEUP_DAYS,
      });
      const row = l.rows[0] as DatedRow;
      const closed = [
        ...(axis.from < l.axis.from ? [{ from: axis.from, to: l.axis.from }] : []),
        ...row.closed,
        ...(l.axis.to < axis.to ? [{ from: l.axis.to, to: axis.to }] : []),
      ];
      return { ...row, closed, date, label: `${DAY_NAMES[weekdayOf(date)]} ${date.slice(5)}` };
    });
    return { axis, rows };
  }, [data, room, monday]);
  const orgs = useMemo(() => new Map((data?.organisations ?? []).map((o) => [o.id, o])), [data]);

  return (
    <Section title={`${room?.name ?? '场地'}：${formatDateCn(monday)} 至 ${formatDateCn(sunday)}`}>
      <Flex vertical gap={12}>
        <Flex wrap gap={12} align="center">
          <label htmlFor={`${uid}-room`}>场地</label>
          <Select
            id={`${uid}-room`}
            style={{ width: 160 }}
            value={room?.id}
            onChange={setRoomId}
            options={(data?.rooms ?? []).map((r) => ({ value: r.id, label: r.name }))}
          />
          <DateSwitcher value={day} today={today} onChange={setDay} step={7} />
        </Flex>
        {layout && room ? (
          <DayBoard
            label={`${room.name}周视图`}
            axis={layout.axis}
            rows={layout.rows}
            organisations={orgs}
            today={today}
            nowMinute={nowMinute}
          />
        ) : (
          <Typography.Text type="secondary">{data ? '还没有可预约的场地。' : '加载中…'}</Typography.Text>
        )}
      </Flex>
    </Section>
  );
}
