import { Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Booking, Organisation, Room } from '@shared/model';
import { maskPhone } from '@shared/privacy/mask';
import { formatTime } from '@shared/time/center-time';
import { BookingStatusTag } from '../../ui/BookingStatusTag';

interface Props {
  bookings: Booking[] | undefined;
  rooms: Map<string, Room>;
  organisations: Map<string, Organisation>;
  /** True when no room opens on this weekday, so the empty table is explained rather than puzzling. */
  closedDay?: boolean;
}

/** Room order first (as on the building's floor plan), then time, so each room's day reads top-down. */
function byRoomThenTime(rooms: Map<string, Room>) {
  return (a: Booking, b: Booking): number =>
    (rooms.get(a.roomId)?.sortOrder ?? Infinity) - (rooms.get(b.roomId)?.sortOrder ?? Infinity) ||
    a.roomId.localeCompare(b.roomId) ||
    a.start - b.start;
}

/** One day's bookings, read-only. */
export function DayBookingsTable({ bookings, rooms, organisations, closedDay = false }: Props) {
  const rows = bookings && [...bookings].sort(byRoomThenTime(rooms));
  const columns: ColumnsType<Booking> = [
    {
      title: '场地',
      key: 'room',
      width: 130,
      // Merge the room cell over its consecutive bookings, like a paper day sheet.
      onCell: (b, index = 0) => {
        if (!rows) return {};
        if (index > 0 && rows[index - 1]?.roomId === b.roomId) return { rowSpan: 0 };
        let span = 1;
        while (rows[index + span]?.roomId === b.roomId) span += 1;
        return { rowSpan: span };
      },
      render: (_, b) => (
        <Typography.Text strong>{rooms.get(b.roomId)?.name ?? '（已删除的场地）'}</Typography.Text>
      ),
    },
    {
      title: '时间',
      key: 'time',
      width: 120,
      render: (_, b) => (
        <span className="tabular">
          {formatTime(b.start)}–{formatTime(b.end)}
        </span>
      ),
    },
    {
      title: '活动名称',
      key: 'title',
      render: (_, b) => (
        <Typography.Text
          delete={b.status === '已取消'}
          type={b.status === '已取消' ? 'secondary' : undefined}
        >
          {b.title}
        </Typography.Text>
      ),
    },
    { title: '类别', dataIndex: 'category', key: 'category', width: 96 },
    {
      title: '联系人',
      key: 'contact',
      width: 220,
      render: (_, b) => {
        const org = b.organisationId ? organisations.get(b.organisationId) : undefined;
        return (
          <div>
            {org && <div>{org.name}</div>}
            <Typography.Text type={org ? 'secondary' : undefined}>
              {b.contactName} <span className="tabular">{maskPhone(b.phone)}</span>
            </Typography.Text>
          </div>
        );
      },
    },
    {
      title: '预计人数',
      key: 'attendees',
      width: 96,
      align: 'right',
      render: (_, b) => <span className="tabular">{b.expectedAttendees}</span>,
    },
    { title: '状态', key: 'status', width: 96, render: (_, b) => <BookingStatusTag status={b.status} /> },
  ];

  return (
    <Table<Booking>
      rowKey="id"
      size="medium"
      bordered
      columns={columns}
      dataSource={rows}
      loading={rows === undefined}
      pagination={false}
      locale={{
        emptyText: (
          <Empty description={closedDay ? '按开放时间，各场地这一天均不开放' : '这一天没有场地预约'} />
        ),
      }}
    />
  );
}
