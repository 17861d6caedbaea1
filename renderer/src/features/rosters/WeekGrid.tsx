import { CloseOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useCallback, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Volunteer } from '@shared/model';
import type { RosterEntry } from '@shared/rosters/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import type { PostWeek } from '../../db/repos/rosters';
import { EntryTags } from './EntryTags';
import { useUndoToast } from './use-undo-toast';
import { EntryActions } from './EntryActions';
import { cellWhat, isCovered, isMovable, shiftEndOf } from './entry-actions';
import { useEntryMove } from './move/use-entry-move';
import { useMoveDialog } from './move/use-move-dialog';
import {
  dayHeading,
  moveInGrid,
  shiftText,
  sortedShifts,
  weekCells,
  type GridPos,
  type WeekCell,
} from './week-grid';

/** The cell a person chose to roster someone on. */
export interface PickedCell {
  date: string;
  shiftId: string;
}

/**
 * A post's week: columns are days, rows are shifts. One roving tab stop (role="grid"): Tab enters at
 * the last focused cell, arrows move, Enter opens 安排志愿者 on a day the shift runs.
 */
export function WeekGrid({
  week,
  names,
  onPick,
}: {
  week: PostWeek;
  names: ReadonlyMap<string, Volunteer> | undefined;
  onPick(cell: PickedCell): void;
}) {
  const shifts = sortedShifts(week.post);
  const cells = weekCells(week);
  const [pos, setPos] = useState<GridPos>({ row: 0, col: 0 });
  const refs = useRef(new Map<string, HTMLTableCellElement>());
  const active = { row: Math.min(pos.row, shifts.length - 1), col: Math.min(pos.col, 6) };
  const where = `${week.post.name}（${week.post.place}）`;
  const drop = useEntryDrop(week, names);
  const focusCell = useCallback((at: GridPos) => {
    setPos(at);
    return refs.current.get(`${at.row}-${at.col}`);
  }, []);
  const move = useMoveDialog(week, cells, focusCell);

  const onKeyDown = (e: KeyboardEvent, cell: WeekCell) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (cell.offReason === null) onPick({ date: cell.date, shiftId: cell.shiftId });
      return;
    }
    const next = moveInGrid(active, e.key, shifts.length, 7);
    if (!next) return;
    e.preventDefault();
    setPos(next);
    refs.current.get(`${next.row}-${next.col}`)?.focus();
  };

  return (
    <div style={{ overflowX: 'auto' }}>
      <table role="grid" aria-label={`${where}一周排班`} className="duty-week-grid">
        <thead>
          <tr>
            <th scope="col">班次</th>
            {week.days.map((d) => (
              <th scope="col" key={d.date}>
                {dayHeading(d.date)}
                {d.offReason && <div className="duty-off">{d.offReason}</div>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shifts.map((shift, row) => (
            <tr key={shift.id}>
              <th scope="row">{shiftText(shift)}</th>
              {(cells[row] ?? []).map((cell, col) => {
                const isActive = row === active.row && col === active.col;
                const off = cell.offReason !== null;
                const gap = !off && cell.staffed < cell.needed;
                return (
                  <td
                    key={cell.date}
                    role="gridcell"
                    ref={(el) => {
                      if (el) refs.current.set(`${row}-${col}`, el);
                      else refs.current.delete(`${row}-${col}`);
                    }}
                    tabIndex={isActive ? 0 : -1}
                    aria-label={`${where} ${dayHeading(cell.date)} ${shiftText(shift)}${
                      off
                        ? `，${cell.offReason}`
                        : `，已排 ${cell.staffed}/${cell.needed}${gap ? '，缺岗' : ''}`
                    }`}
                    className={
                      off ? 'duty-cell duty-cell-off' : gap ? 'duty-cell duty-cell-gap' : 'duty-cell'
                    }
                    onFocus={() => setPos({ row, col })}
                    onKeyDown={(e) => onKeyDown(e, cell)}
                    onDoubleClick={() => !off && onPick({ date: cell.date, shiftId: cell.shiftId })}
                    onDragOver={off ? undefined : drop.allow}
                    onDrop={off ? undefined : (e) => drop.onDrop(e, cell)}
                  >
                    {off ? (
                      <Typography.Text type="secondary">{cell.offReason}</Typography.Text>
                    ) : (
                      <CellBody
                        cell={cell}
                        names={names}
                        focusable={isActive}
                        week={week}
                        onMove={move.open}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        用方向键在表格中移动，按回车为该班次安排志愿者；也可双击单元格。要把已排的志愿者换到本岗位其他日期或班次，用其旁边的“调到…”，或用鼠标拖过去。
      </Typography.Text>
      {move.dialog}
    </div>
  );
}

// A type of our own, so text dragged in from elsewhere is never taken for an entry.
const ENTRY_TYPE = 'application/x-desk-roster-entry';

/**
 * Dropping a dragged person on another cell of the week moves their entry there, checked by the
 * repository like any new entry (a clash is refused with its reason); 撤销 moves it back.
 */
function useEntryDrop(week: PostWeek, names: ReadonlyMap<string, Volunteer> | undefined) {
  const move = useEntryMove();
  const allow = (e: DragEvent) => {
    if (e.dataTransfer.types.includes(ENTRY_TYPE)) e.preventDefault();
  };
  const onDrop = async (e: DragEvent, cell: WeekCell) => {
    const id = e.dataTransfer.getData(ENTRY_TYPE);
    if (!id) return;
    e.preventDefault();
    const before = week.entries.find((x) => x.id === id);
    if (!before || (before.date === cell.date && before.shiftId === cell.shiftId)) return;
    const name = names?.get(before.volunteerId)?.name ?? '志愿者';
    await move(before, name, { date: cell.date, shiftId: cell.shiftId });
  };
  return { allow, onDrop: (e: DragEvent, cell: WeekCell) => void onDrop(e, cell) };
}

/** Who is on the shift, x/needed and the gap marker; each person can be taken off with undo. */
function CellBody({
  cell,
  names,
  focusable,
  week,
  onMove,
}: {
  cell: WeekCell;
  names: ReadonlyMap<string, Volunteer> | undefined;
  focusable: boolean;
  week: PostWeek;
  onMove(entry: RosterEntry, name: string, trigger: HTMLElement): void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const undoToast = useUndoToast();
  const remove = async (e: RosterEntry, name: string) => {
    if (!(await write(() => repos.rosters.removeEntry(e.id)))) return;
    undoToast(
      `roster-${e.id}`,
      `已将 ${name} 移出 ${e.date} 的排班`,
      () => repos.rosters.restoreEntry(e.id),
      `已恢复 ${name} 的排班`,
    );
  };
  return (
    <div>
      {cell.entries.map((e) => {
        const name = names?.get(e.volunteerId)?.name ?? '…';
        return (
          <div
            key={e.id}
            className="duty-person"
            // Only a plan moves: an arrival, a leave or a substitute belongs to its shift (as moveEntry says).
            draggable={isMovable(e)}
            onDragStart={(d) => d.dataTransfer.setData(ENTRY_TYPE, e.id)}
          >
            <span>{name}</span>
            <EntryTags entry={e} names={names} />
            <EntryActions
              entry={e}
              name={name}
              what={cellWhat(week.post, cell)}
              shiftEnd={shiftEndOf(week.post, cell.shiftId, cell.date) ?? 0}
              covered={isCovered(e, cell.entries)}
              focusable={focusable}
              onMove={(trigger) => onMove(e, name, trigger)}
            />
            <Button
              type="text"
              size="small"
              tabIndex={focusable ? 0 : -1}
              icon={<CloseOutlined aria-hidden />}
              aria-label={`将${name}移出${dayHeading(cell.date)}排班`}
              onClick={() => void remove(e, name)}
            />
          </div>
        );
      })}
      <div>
        <span>
          {cell.staffed}/{cell.needed}
        </span>
        {cell.staffed < cell.needed && (
          <Tag color="red" style={{ marginInlineStart: 6 }}>
            缺{cell.needed - cell.staffed}人
          </Tag>
        )}
      </div>
    </div>
  );
}
