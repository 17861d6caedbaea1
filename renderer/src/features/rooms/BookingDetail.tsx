import { App, Button, Descriptions, Divider, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { describeRule, parseRrule } from '@shared/booking/recurrence';
import { isOpenStatus } from '@shared/booking/rules';
import { canCheckIn } from '@shared/booking/status-sweep';
import { maskPhone } from '@shared/privacy/mask';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useClockTime } from '../../app/use-clock';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { BookingStatusTag } from '../../ui/BookingStatusTag';
import { FromBookingButton } from '../activities/FromBookingButton';
import { PrintBookingSlipButton } from '../print/PrintBookingSlipButton';
import { useBookingEditor } from './booking-editor';
import { AttendanceCorrection, CheckInFields } from './AttendanceFields';
import { CancelBookingModal } from './CancelBookingModal';

/** One booking: everything about it, and what the desk can do with it next. */
export function BookingDetail({ id, onClose }: { id: string; onClose(): void }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const editor = useBookingEditor();
  const [cancelling, setCancelling] = useState(false);
  // Re-read every minute so check-in opens when the time comes.
  const clock = useClockTime();
  const data = useLive(async () => {
    const booking = await repos.places.booking(id);
    if (!booking) return { booking: undefined, now: Date.now() };
    const [rooms, orgs, series] = await Promise.all([
      repos.places.rooms(),
      repos.places.organisations(),
      booking.seriesId ? repos.places.series(booking.seriesId) : Promise.resolve(undefined),
    ]);
    return {
      booking,
      room: rooms.find((r) => r.id === booking.roomId),
      org: orgs.find((o) => o.id === booking.organisationId),
      series,
      now: Date.now(),
    };
  }, [repos, id, clock]);
  if (!data) return <Skeleton active />;
  const { booking: b } = data;
  if (!b) return <Typography.Text>找不到该预约。</Typography.Text>;
  const now = data.now ?? 0;
  const confirm = async () => {
    if (await write(() => repos.bookings.confirm(b.id))) void message.success('已审核通过');
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space size={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {b.title}
        </Typography.Title>
        <BookingStatusTag status={b.status} />
      </Space>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'number', label: '预约编号', children: <span className="tabular">{b.number}</span> },
          { key: 'room', label: '场地', children: data.room?.name ?? '（已删除的场地）' },
          {
            key: 'time',
            label: '时间',
            children: `${formatDateCn(dateKey(b.start))} ${formatTime(b.start)}–${formatTime(b.end)}`,
          },
          { key: 'category', label: '类别', children: b.category },
          { key: 'org', label: '预约单位', children: data.org?.name ?? '个人' },
          { key: 'contact', label: '联系人', children: `${b.contactName} ${maskPhone(b.phone)}` },
          { key: 'expected', label: '预计人数', children: `${b.expectedAttendees} 人` },
          ...(b.actualAttendees !== null
            ? [{ key: 'actual', label: '实到人数', children: `${b.actualAttendees} 人` }]
            : []),
          ...(b.equipment.length ? [{ key: 'eq', label: '所需设备', children: b.equipment.join('、') }] : []),
          ...(data.series
            ? [
                {
                  key: 'series',
                  label: '重复预约',
                  children: describeRule(parseRrule(data.series.series.rrule)),
                },
              ]
            : []),
          ...(b.cancelReason ? [{ key: 'reason', label: '取消原因', children: b.cancelReason }] : []),
          ...(b.backfillReason ? [{ key: 'backfill', label: '补录原因', children: b.backfillReason }] : []),
          ...(b.notes ? [{ key: 'notes', label: '备注', children: b.notes }] : []),
        ]}
      />
      {canCheckIn(b, now) && (
        <>
          <Divider style={{ margin: '4px 0' }} />
          <CheckInFields booking={b} />
        </>
      )}
      {b.actualAttendees !== null && <AttendanceCorrection key={b.actualAttendees} booking={b} />}
      <Space wrap>
        {b.status === '待审核' && (
          <Button type="primary" onClick={() => void confirm()}>
            审核通过
          </Button>
        )}
        <FromBookingButton booking={b} />
        {b.status !== '已取消' && <PrintBookingSlipButton bookingId={b.id} number={b.number} />}
        {isOpenStatus(b.status) && <Button onClick={() => editor.editBooking(b.id)}>修改</Button>}
        {isOpenStatus(b.status) && (
          <Button danger onClick={() => setCancelling(true)}>
            取消预约
          </Button>
        )}
      </Space>
      <CancelBookingModal
        booking={b}
        open={cancelling}
        onClose={() => setCancelling(false)}
        onCancelled={() => {
          setCancelling(false);
          onClose();
        }}
      />
    </Space>
  );
}
