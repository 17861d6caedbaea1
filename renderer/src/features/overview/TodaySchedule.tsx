import { Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { Booking, Organisation, Room } from '@shared/model';
import { maskPhone } from '@shared/privacy/mask';
import { formatTime } from '@shared/time/center-time';
import { BookingStatusTag } from '../../ui/BookingStatusTag';

interface Props {
  bookings: Booking[] | undefined;
  rooms: Map<string, Room>;
  organisations: Map<string, Organisation>;
  /** Replaces the default empty text (e.g. when the desk holds no data at all). */
  empty?: ReactNode;
}

/** Today's bookings in time order: what the front desk expects, and when. */
export function TodaySchedule({ bookings, rooms, organisations, empty }: Props) {
  const columns: ColumnsType<Booking> = [
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
      title: '场地',
      key: 'room',
      width: 140,
      render: (_, b) => rooms.get(b.roomId)?.name ?? '（已删除的场地）',
    },
    { title: '活动名称', dataIndex: 'title', key: 'title', ellipsis: true },
    {
      title: '预约单位 / 联系人',
      key: 'contact',
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
    { title: '状态', key: 'status', width: 96, render: (_, b) => <BookingStatusTag status={b.status} /> },
  ];

  return (
    <Table<Booking>
      rowKey="id"
      size="medium"
      columns={columns}
      dataSource={bookings}
      loading={bookings === undefined}
      pagination={false}
      locale={{ emptyText: empty ?? <Empty description="今天没有场地预约" /> }}
    />
  );
}
