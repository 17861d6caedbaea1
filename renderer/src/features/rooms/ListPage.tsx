import { App, Button, DatePicker, Flex, Input, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  BOOKING_CATEGORIES,
  BOOKING_STATUSES,
  type Booking,
  type BookingCategory,
  type BookingStatus,
} from '@shared/model';
import { maskPhone } from '@shared/privacy/mask';
import { addDays, dateKey, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { BookingStatusTag } from '../../ui/BookingStatusTag';
import { Section } from '../../ui/Section';
import { useBookingEditor } from './booking-editor';
import { exportBookingsIcs, exportBookingsXlsx } from './export-bookings';
import { reportError } from '../../db/errors';

/** All bookings in a date range, searchable and filterable, exportable to Excel and iCalendar. */
export function ListPage({ today }: { today: string }) {
  const repos = useRepos();
  const editor = useBookingEditor();
  const { message } = App.useApp();
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const [range, setRange] = useState<[string, string]>([addDays(today, -7), addDays(today, 30)]);
  const [roomId, setRoomId] = useState<string | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  // 今日概览's 待办 opens the list on one status (?status=待审核).
  const [params] = useSearchParams();
  const [status, setStatus] = useState<BookingStatus | null>(
    () => BOOKING_STATUSES.find((s) => s === params.get('status')) ?? null,
  );
  const [category, setCategory] = useState<BookingCategory | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const lookups = useLive(async () => {
    const [rooms, orgs] = await Promise.all([repos.places.rooms(), repos.places.organisations()]);
    return {
      rooms: new Map(rooms.map((r) => [r.id, r])),
      organisations: new Map(orgs.map((o) => [o.id, o])),
    };
  }, [repos]);
  const rows = useLive(
    () =>
      repos.places.search({
        fromDate: range[0],
        toDate: range[1],
        roomId,
        organisationId,
        status,
        category,
        text,
      }),
    [repos, range, roomId, organisationId, status, category, text],
  );
  const name = `场地预约_${range[0]}_${range[1]}`;
  const run = async (task: () => Promise<boolean>) => {
    setBusy(true);
    try {
      if (await task()) void message.success('已导出');
    } catch (error) {
      void message.error(`导出失败：${reportError(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const exportIcs = async () => {
    if (!rows || !lookups) return false;
    const series = await repos.places.seriesByIds([
      ...new Set(rows.flatMap((b) => (b.seriesId ? [b.seriesId] : []))),
    ]);
    const profile = await repos.settings.get('centerProfile');
    return exportBookingsIcs(rows, series, lookups, `${profile?.name ?? ''} 场地预约`, name);
  };
  const roomOptions = useMemo(
    () => [...(lookups?.rooms.values() ?? [])].map((r) => ({ value: r.id, label: r.name })),
    [lookups],
  );
  const orgOptions = useMemo(
    () => [...(lookups?.organisations.values() ?? [])].map((o) => ({ value: o.id, label: o.name })),
    [lookups],
  );

  return (
    <Section
      title="预约列表"
      extra={
        <Space>
          <Button
            disabled={!rows?.length || busy}
            onClick={() =>
              void run(async () => (rows && lookups ? exportBookingsXlsx(rows, lookups, name) : false))
            }
          >
            导出 Excel
          </Button>
          <Button disabled={!rows?.length || busy} onClick={() => void run(exportIcs)}>
            导出日历（.ics）
          </Button>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 12 }} align="center">
        <label htmlFor={id('range')}>日期</label>
        <DatePicker.RangePicker
          id={{ start: id('range') }}
          allowClear={false}
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')]);
          }}
        />
        <Input.Search
          id={id('text')}
          aria-label="搜索预约"
          placeholder="活动名称、编号、联系人或电话"
          allowClear
          style={{ width: 240 }}
          onSearch={setText}
          onChange={(e) => e.target.value === '' && setText('')}
        />
        <Select
          aria-label="场地筛选"
          placeholder="全部场地"
          allowClear
          style={{ width: 130 }}
          value={roomId}
          onChange={(v) => setRoomId(v ?? null)}
          options={roomOptions}
        />
        <Select
          aria-label="单位筛选"
          placeholder="全部单位"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          value={organisationId}
          onChange={(v) => setOrganisationId(v ?? null)}
          options={orgOptions}
        />
        <Select
          aria-label="状态筛选"
          placeholder="全部状态"
          allowClear
          style={{ width: 110 }}
          value={status}
          onChange={(v) => setStatus(v ?? null)}
          options={BOOKING_STATUSES.map((s) => ({ value: s, label: s }))}
        />
        <Select
          aria-label="类别筛选"
          placeholder="全部类别"
          allowClear
          style={{ width: 120 }}
          value={category}
          onChange={(v) => setCategory(v ?? null)}
          options={BOOKING_CATEGORIES.map((c) => ({ value: c, label: c }))}
        />
      </Flex>
      <Table<Booking>
        rowKey="id"
        size="small"
        loading={rows === undefined}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => `共 ${n} 条` }}
        onRow={(b) => ({ onClick: () => editor.openBooking(b.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: '没有符合条件的预约。可调整日期范围或筛选条件。' }}
        columns={[
          {
            title: '编号',
            dataIndex: 'number',
            width: 130,
            render: (v: string) => <span className="tabular">{v}</span>,
          },
          {
            title: '时间',
            key: 'time',
            width: 170,
            render: (_, b) => (
              <span className="tabular">{`${dateKey(b.start)} ${formatTime(b.start)}–${formatTime(b.end)}`}</span>
            ),
          },
          {
            title: '场地',
            key: 'room',
            width: 100,
            render: (_, b) => lookups?.rooms.get(b.roomId)?.name ?? '',
          },
          { title: '活动名称', dataIndex: 'title' },
          { title: '类别', dataIndex: 'category', width: 90 },
          {
            title: '单位 / 联系人',
            key: 'org',
            render: (_, b) => (
              <div>
                {b.organisationId && <div>{lookups?.organisations.get(b.organisationId)?.name}</div>}
                <Typography.Text type="secondary">
                  {b.contactName} <span className="tabular">{maskPhone(b.phone)}</span>
                </Typography.Text>
              </div>
            ),
          },
          {
            title: '人数',
            key: 'n',
            width: 80,
            align: 'right',
            render: (_, b) =>
              b.actualAttendees !== null
                ? `${b.actualAttendees}/${b.expectedAttendees}`
                : b.expectedAttendees,
          },
          {
            title: '状态',
            key: 'status',
            width: 90,
            render: (_, b) => <BookingStatusTag status={b.status} />,
          },
        ]}
      />
    </Section>
  );
}
