import { Alert, Button, Flex, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { layoutDay } from '@shared/booking/board-layout';
import { addDays, formatDateCn } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useClockTime } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { parseTimeOfDay } from '@shared/booking/form-schema';
import { holidayName, MAKEUP_DAYS } from '../../db/repos/closures';
import { EmptyDesk } from '../../ui/EmptyDesk';
import { Section } from '../../ui/Section';
import { dayRange } from '../reports/periods';
import { useBookingEditor } from './booking-editor';
import { PrintDailySheetButton } from '../print/PrintDailySheetButton';
import { DateSwitcher } from './DateSwitcher';
import { DayBoard } from './DayBoard';
import { useDayKeys } from './use-day-keys';

interface Props {
  day: string;
  today: string;
  setDay(day: string): void;
}

/** The home of 场地预约: one day, every room, time left to right. */
export function DayPage({ day, today, setDay }: Props) {
  const repos = useRepos();
  const editor = useBookingEditor();
  const nowMinute = parseTimeOfDay(useClockTime()) ?? 0;
  const { from, to } = dayRange(day);
  const data = useLive(async () => {
    const [rooms, organisations, bookings, closures] = await Promise.all([
      repos.places.rooms(),
      repos.places.organisations(),
      repos.places.bookingsBetween(from, to),
      repos.places.closuresBetween(day, day),
    ]);
    return { rooms: rooms.filter((r) => r.active), organisations, bookings, closures };
  }, [repos, from, to, day]);
  const handlers = useMemo(
    () => ({
      prev: () => setDay(addDays(day, -1)),
      next: () => setDay(addDays(day, 1)),
      today: () => setDay(today),
      create: () => editor.openNew({ date: day }),
    }),
    [day, today, setDay, editor],
  );
  useDayKeys(handlers);
  // 今日概览's 新建预约 arrives as ?new=1: open the drawer once, and drop the flag so a reload does not.
  const [params, setParams] = useSearchParams();
  const wantsNew = params.get('new') === '1';
  useEffect(() => {
    if (!wantsNew) return;
    setParams(
      (p) => {
        const q = new URLSearchParams(p);
        q.delete('new');
        return q;
      },
      { replace: true },
    );
    editor.openNew({ date: day });
  }, [wantsNew, editor, day, setParams]);
  const layout = useMemo(
    () =>
      data &&
      layoutDay({
        date: day,
        rooms: data.rooms,
        bookings: data.bookings,
        closures: data.closures,
        makeup: MAKEUP_DAYS,
      }),
    [data, day],
  );
  const orgs = useMemo(() => new Map((data?.organisations ?? []).map((o) => [o.id, o])), [data]);
  const held = data?.bookings.filter((b) => b.status !== '已取消') ?? [];
  const pending = held.filter((b) => b.status === '待审核').length;
  const holiday = holidayName(day);
  const makeup = MAKEUP_DAYS.get(day);
  const centerClosure = data?.closures.find((c) => c.roomId === null);

  return (
    <Section
      title={`${formatDateCn(day)}${day === today ? '（今天）' : ''}`}
      extra={
        data && (
          <Typography.Text type="secondary">
            共 {held.length} 场{pending > 0 ? `，待审核 ${pending} 场` : ''}
          </Typography.Text>
        )
      }
    >
      <Flex vertical gap={12}>
        <Flex justify="space-between" wrap gap={8}>
          <DateSwitcher value={day} today={today} onChange={setDay} />
          <Space wrap>
            <Typography.Text type="secondary">N 新建 · ←/→ 换日 · T 今天</Typography.Text>
            <PrintDailySheetButton date={day} />
            <Button type="primary" onClick={() => editor.openNew({ date: day })}>
              新建预约
            </Button>
          </Space>
        </Flex>
        {(holiday || makeup || centerClosure) && (
          <Space wrap>
            {holiday && <Tag color="red">法定节假日：{holiday}</Tag>}
            {makeup && <Tag color="orange">调休上班（{makeup}）</Tag>}
            {centerClosure && (
              <Alert
                type="warning"
                showIcon
                title={`中心闭馆：${centerClosure.reason}`}
                style={{ padding: '2px 10px' }}
              />
            )}
          </Space>
        )}
        {data && data.rooms.length === 0 ? (
          <EmptyDesk description="还没有可预约的场地。请先在「场地」页新建场地，或载入示例数据。" />
        ) : (
          layout && (
            <DayBoard
              label="场地日视图"
              axis={layout.axis}
              rows={layout.rows.map((r) => ({ ...r, date: day }))}
              organisations={orgs}
              today={today}
              nowMinute={nowMinute}
            />
          )
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          在空白时间上单击或拖动即可新建预约；虚线框为布置与清场时间，灰色斜纹为不开放或闭馆时间，红线为当前时间。
        </Typography.Text>
      </Flex>
    </Section>
  );
}
