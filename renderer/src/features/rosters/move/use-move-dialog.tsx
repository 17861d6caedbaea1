import { useEffect, useRef, useState } from 'react';
import type { RosterEntry } from '@shared/rosters/model';
import type { PostWeek } from '../../../db/repos/rosters';
import type { GridPos, WeekCell } from '../week-grid';
import { entryPos, placePos, type MoveTarget } from './move-choices';
import { MoveEntryDialog } from './MoveEntryDialog';

/** The entry being moved and the 调到… button it was opened from (focus goes back there on cancel). */
interface Moving {
  entry: RosterEntry;
  name: string;
  trigger: HTMLElement;
}

/** Where focus goes once the dialog has gone: `to` is where the entry moved, null when cancelled. */
interface Landing {
  moving: Moving;
  to: MoveTarget | null;
}

/**
 * The week grid's 调到… dialog and where focus goes after it: back to the button on cancel, onto the
 * moved person's 调到… in the new cell once the grid shows them there (the week is re-read after the
 * write, so this waits for it), or onto the old cell when they went to another week.
 * `focusCell` makes a cell the grid's tab stop and returns it.
 */
export function useMoveDialog(
  week: PostWeek,
  cells: WeekCell[][],
  focusCell: (pos: GridPos) => HTMLElement | undefined,
) {
  const [moving, setMoving] = useState<Moving | null>(null);
  // A ref, not state: closing the dialog renders anyway, and so does every re-read of the week.
  const landing = useRef<Landing | null>(null);

  useEffect(() => {
    if (!landing.current) return;
    const { moving: m, to } = landing.current;
    // Focus is set here, after the dialog is gone: while open it keeps focus inside itself.
    const at = entryPos(cells, m.entry.id);
    const target = to && placePos(cells, to);
    const arrived = at && target && at.row === target.row && at.col === target.col;
    const leftWeek = to && !at && !target;
    if (!to) m.trigger.focus();
    else if (arrived) {
      const td = focusCell(at);
      (td?.querySelector<HTMLElement>(`[data-move-entry="${m.entry.id}"]`) ?? td)?.focus();
    } else if (leftWeek) {
      const from = placePos(cells, m.entry);
      if (from) focusCell(from)?.focus();
    } else return; // the week shown is re-read after the write: wait for it
    landing.current = null;
  }, [cells, week, focusCell, moving]);

  const open = (entry: RosterEntry, name: string, trigger: HTMLElement) =>
    setMoving({ entry, name, trigger });

  const dialog = moving && (
    <MoveEntryDialog
      week={week}
      cells={cells}
      entry={moving.entry}
      name={moving.name}
      onClose={(to) => {
        setMoving(null);
        landing.current = { moving, to };
      }}
    />
  );
  return { open, dialog };
}
