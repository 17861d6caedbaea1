import { Empty, Spin } from 'antd';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
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

/*
 * A plain table, not antd's Table: this is the first screen, and antd's Table brings its sorter, filter
 * tree, pagination and select (about 70 kB gzip) for a list of a day's bookings that needs none of them.
 */

/**
 * Rows in the first frame: more than a tall screen shows above the fold. A district center's day can hold
 * a few hundred bookings (the bench's district desk: 264), and rendering them all held a cold start's
 * first screen back by about 100 ms; the rest follow once that frame is painted, in a transition that
 * yields to the keyboard.
 */
const FIRST_FRAME_ROWS = 24;

/** Whether every row is rendered yet: false until the first frame with FIRST_FRAME_ROWS of them is painted. */
function useAllRowsAfterFirstPaint(count: number): boolean {
  const [all, setAll] = useState(false);
  const waiting = !all && count > FIRST_FRAME_ROWS;
  useEffect(() => {
    if (!waiting) return;
    let timer = 0;
    // A timeout queued from an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setAll(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [waiting]);
  return all;
}

/** Today's bookings room by room, then by time (OverviewScreen orders them): what the desk expects, and where. */
export function TodaySchedule({ bookings, rooms, organisations, empty }: Props) {
  const all = useAllRowsAfterFirstPaint(bookings?.length ?? 0);
  if (bookings === undefined) {
    return (
      <div className="desk-table-state" role="status" data-today-schedule="loading">
        <Spin aria-label="正在读取今日预约" />
      </div>
    );
  }
  if (bookings.length === 0) {
    return (
      <div className="desk-table-state" data-today-schedule="empty">
        {empty ?? <Empty description="今天没有场地预约" />}
      </div>
    );
  }
  return (
    <table className="desk-table" data-today-schedule="rows">
      <thead>
        <tr>
          <th scope="col" style={{ width: 120 }}>
            时间
          </th>
          <th scope="col" style={{ width: 140 }}>
            场地
          </th>
          <th scope="col">活动名称</th>
          <th scope="col">预约单位 / 联系人</th>
          <th scope="col" style={{ width: 96 }}>
            状态
          </th>
        </tr>
      </thead>
      <tbody>
        {(all ? bookings : bookings.slice(0, FIRST_FRAME_ROWS)).map((b) => {
          const org = b.organisationId ? organisations.get(b.organisationId) : undefined;
          return (
            <tr key={b.id}>
              <td className="tabular">
                {formatTime(b.start)}–{formatTime(b.end)}
              </td>
              <td>{rooms.get(b.roomId)?.name ?? '（已删除的场地）'}</td>
              <td className="desk-table-ellipsis" title={b.title}>
                {b.title}
              </td>
              <td>
                {org && <div>{org.name}</div>}
                <span className={org ? 'desk-secondary' : undefined}>
                  {b.contactName} <span className="tabular">{maskPhone(b.phone)}</span>
                </span>
              </td>
              <td>
                <BookingStatusTag status={b.status} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
