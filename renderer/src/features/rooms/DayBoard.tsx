import { useRef, useState, type MouseEvent } from 'react';
import type { BoardRow, MinuteSpan } from '@shared/booking/board-layout';
import type { Organisation } from '@shared/model';
import { formatMinutes } from '@shared/time/center-time';
import { BoardTip } from './BoardTip';
import { useBookingEditor } from './booking-editor';
import './rooms.css';

/** A board row: a room on a date (the day view has one per room, the week view one per day). */
export interface DatedRow extends BoardRow {
  date: string;
  /** Row heading; the room's name by default. */
  label?: string;
}

interface Props {
  axis: MinuteSpan;
  rows: DatedRow[];
  organisations: ReadonlyMap<string, Organisation>;
  today: string;
  /** Minutes after midnight now, for the now-line on today's rows. */
  nowMinute: number;
  label: string;
}

const SNAP = 15;

/**
 * Rooms × time of day: bookings as blocks with their buffers, closed time shaded, click or drag to book.
 * Plain elements only inside the grid: a day of 30 rooms has hundreds of cells, and library components
 * per cell (tooltips, typography, buttons) put the board over its 100 ms budget (`npm run bench`).
 */
export function DayBoard({ axis, rows, organisations, today, nowMinute, label }: Props) {
  const editor = useBookingEditor();
  const boardRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{
    key: string;
    roomId: string;
    date: string;
    from: number;
    to: number;
  } | null>(null);
  const width = axis.to - axis.from;
  const pct = (m: number) => `${((m - axis.from) / width) * 100}%`;
  const span = (s: MinuteSpan) => ({ left: pct(s.from), width: `${((s.to - s.from) / width) * 100}%` });
  const minuteAt = (e: MouseEvent<HTMLDivElement>, el: HTMLDivElement) => {
    const box = el.getBoundingClientRect();
    const m = axis.from + ((e.clientX - box.left) / box.width) * width;
    return Math.max(axis.from, Math.min(axis.to, Math.round(m / SNAP) * SNAP));
  };
  const ticks: number[] = [];
  for (let h = axis.from; h <= axis.to; h += 60) ticks.push(h);

  const finish = () => {
    if (!drag) return;
    const from = Math.min(drag.from, drag.to);
    const to = Math.max(drag.from, drag.to);
    // A click (no real drag) books an hour from the nearest half hour.
    const start = to - from < SNAP ? Math.floor(from / 30) * 30 : from;
    const end = to - from < SNAP ? Math.min(axis.to, start + 60) : to;
    setDrag(null);
    editor.openNew({ date: drag.date, roomId: drag.roomId, startMinute: start, endMinute: end });
  };

  return (
    <div className="board" role="grid" aria-label={label} ref={boardRef} onMouseLeave={() => setDrag(null)}>
      <BoardTip boardRef={boardRef} />
      <div className="board-head" role="row">
        <div className="board-label" role="columnheader">
          场地
        </div>
        <div className="board-ticks" role="columnheader" aria-label="时间">
          {ticks.map((t) => (
            <span key={t} className="board-tick" style={{ left: pct(t) }}>
              {t === axis.from || t === axis.to ? '' : formatMinutes(t)}
            </span>
          ))}
        </div>
      </div>
      {rows.map(({ room, closed, blocks, date, label: rowLabel }) => {
        const key = `${room.id}-${date}`;
        const isToday = date === today;
        return (
          <div className="board-row" role="row" key={key} aria-label={rowLabel ?? room.name}>
            <div className="board-label" role="rowheader">
              <span
                className="board-label-name"
                style={{ borderInlineStart: `4px solid ${room.color}`, paddingInlineStart: 6 }}
              >
                {rowLabel ?? room.name}
              </span>
              <span className="board-label-meta">
                {room.capacity}人
                {room.setupMinutes + room.cleanupMinutes > 0
                  ? ` · 布置${room.setupMinutes}/清场${room.cleanupMinutes}分`
                  : ''}
              </span>
              {isToday && (
                <button
                  type="button"
                  className="board-walk-in"
                  onClick={() => editor.openWalkIn(room.id)}
                  aria-label={`${room.name}立即使用`}
                >
                  立即使用
                </button>
              )}
            </div>
            <div
              className="board-track"
              role="gridcell"
              style={{
                backgroundSize: `${(60 / width) * 100}% 100%`,
                backgroundPosition: `${pct(Math.ceil(axis.from / 60) * 60)} 0`,
              }}
              onMouseDown={(e) => {
                if (e.button !== 0) return;
                const m = minuteAt(e, e.currentTarget);
                setDrag({ key, roomId: room.id, date, from: m, to: m });
              }}
              onMouseMove={(e) => {
                if (drag?.key === key) setDrag({ ...drag, to: minuteAt(e, e.currentTarget) });
              }}
              onMouseUp={finish}
            >
              {closed.map((c) => (
                <div key={`c${c.from}`} className="board-closed" style={span(c)} />
              ))}
              {blocks.map(({ booking: b, span: s, setup, cleanup }) => (
                <div key={b.id}>
                  {setup && b.status !== '已取消' && (
                    <div className="board-buffer" style={span(setup)} title="布置" />
                  )}
                  {cleanup && b.status !== '已取消' && (
                    <div className="board-buffer" style={span(cleanup)} title="清场" />
                  )}
                  <button
                    type="button"
                    className="board-block"
                    data-status={b.status}
                    data-tip={`${formatMinutes(s.from)}–${formatMinutes(s.to)} ${b.title}（${b.status}）`}
                    style={{ ...span(s), borderInlineStartColor: room.color }}
                    onMouseDown={(e) => e.stopPropagation()}
                    onClick={() => editor.openBooking(b.id)}
                    aria-label={`${formatMinutes(s.from)}–${formatMinutes(s.to)} ${b.title} ${b.status}`}
                  >
                    <div className="board-block-title">{b.title}</div>
                    <div className="board-block-sub">
                      {formatMinutes(s.from)}–{formatMinutes(s.to)}{' '}
                      {b.organisationId ? (organisations.get(b.organisationId)?.name ?? '') : b.contactName}
                    </div>
                  </button>
                </div>
              ))}
              {drag?.key === key && drag.to !== drag.from && (
                <div
                  className="board-selection"
                  style={span({ from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) })}
                />
              )}
              {isToday && nowMinute >= axis.from && nowMinute <= axis.to && (
                <div className="board-now" style={{ left: pct(nowMinute) }} aria-hidden />
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
