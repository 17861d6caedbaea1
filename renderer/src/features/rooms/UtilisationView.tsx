import { Table, Tooltip, Typography } from 'antd';
import type { HeatMap, RoomUtilisation } from '@shared/booking/utilisation';
import type { Room } from '@shared/model';
import './rooms.css';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
const hours = (m: number) => `${Math.round((m / 60) * 10) / 10}`;
const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0];
const DAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

type Row = RoomUtilisation & { name: string };

/** Per-room open and used hours, idle rate and no-show hours, with a total row. */
export function UtilisationTable({
  rows,
  rooms,
}: {
  rows: RoomUtilisation[];
  rooms: ReadonlyMap<string, Room>;
}) {
  const data: Row[] = rows.map((r) => ({ ...r, name: rooms.get(r.roomId)?.name ?? '' }));
  const open = rows.reduce((s, r) => s + r.openMinutes, 0);
  const used = rows.reduce((s, r) => s + r.usedMinutes, 0);
  return (
    <Table<Row>
      rowKey="roomId"
      size="small"
      pagination={false}
      dataSource={data}
      columns={[
        { title: '场地', dataIndex: 'name' },
        { title: '开放小时', key: 'o', align: 'right', render: (_, r) => hours(r.openMinutes) },
        { title: '使用小时', key: 'u', align: 'right', render: (_, r) => hours(r.usedMinutes) },
        {
          title: '使用率',
          key: 'ur',
          align: 'right',
          render: (_, r) => pct(r.idleRate === null ? null : 1 - r.idleRate),
        },
        {
          title: '闲置率',
          key: 'ir',
          align: 'right',
          render: (_, r) => <Typography.Text strong>{pct(r.idleRate)}</Typography.Text>,
        },
        { title: '未到场小时', key: 'n', align: 'right', render: (_, r) => hours(r.noShowMinutes) },
        { title: '预约场次', dataIndex: 'bookings', align: 'right' },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {hours(open)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {hours(used)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {pct(open ? used / open : null)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            {pct(open ? 1 - used / open : null)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            {hours(rows.reduce((s, r) => s + r.noShowMinutes, 0))}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            {rows.reduce((s, r) => s + r.bookings, 0)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** Weekday × hour usage rate, darker where rooms are busier; hours never open are left out. */
export function HeatMapGrid({ heat }: { heat: HeatMap }) {
  const hoursOpen = Array.from({ length: 24 }, (_, h) => h).filter((h) =>
    heat.open.some((row) => (row[h] ?? 0) > 0),
  );
  if (hoursOpen.length === 0)
    return <Typography.Text type="secondary">这段时间没有开放时间。</Typography.Text>;
  return (
    <table
      style={{ borderCollapse: 'separate', borderSpacing: 3, width: '100%' }}
      aria-label="按星期和时段的使用率"
    >
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">星期</span>
          </th>
          {hoursOpen.map((h) => (
            <th key={h} scope="col" style={{ fontWeight: 400, fontSize: 12, color: 'rgba(0, 0, 0, 0.6)' }}>
              {h}时
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DAY_ORDER.map((d) => (
          <tr key={d}>
            <th
              scope="row"
              style={{ fontWeight: 400, fontSize: 12, whiteSpace: 'nowrap', paddingInlineEnd: 6 }}
            >
              {DAY_NAMES[d]}
            </th>
            {hoursOpen.map((h) => {
              const open = heat.open[d]?.[h] ?? 0;
              const rate = open > 0 ? (heat.used[d]?.[h] ?? 0) / open : null;
              return (
                <td key={h}>
                  <Tooltip
                    title={
                      rate === null ? '不开放' : `${DAY_NAMES[d]} ${h}:00–${h + 1}:00 使用率 ${pct(rate)}`
                    }
                  >
                    {/* A coloured cell is an image of its rate: a bare div may not carry a name. */}
                    <div
                      className="heat-cell"
                      role="img"
                      aria-label={
                        rate === null ? `${DAY_NAMES[d]}${h}时不开放` : `${DAY_NAMES[d]}${h}时 ${pct(rate)}`
                      }
                      style={{
                        background: rate === null ? '#fafafa' : `rgba(22, 119, 255, ${0.08 + rate * 0.85})`,
                      }}
                    />
                  </Tooltip>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
