import { useCallback } from 'react';
import type { RosterEntry } from '@shared/rosters/model';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { useUndoToast } from '../use-undo-toast';
import { dayHeading } from '../week-grid';
import { moveProblem, type MoveProblem, type MoveTarget } from './move-choices';

/**
 * Moves an entry with the repository's moveEntry (checked like a new entry) and offers 撤销, for both
 * the grid's drag and the 调到… dialog, so the two move, refuse and undo alike. Given `onRefused`, a
 * refusal about the chosen place goes there (the dialog shows it at its fields) instead of the desk's
 * error message. Resolves true when the entry moved.
 */
export function useEntryMove() {
  const repos = useRepos();
  const write = useWrite();
  const undoToast = useUndoToast();
  return useCallback(
    async (
      entry: RosterEntry,
      name: string,
      to: MoveTarget,
      onRefused?: (problem: MoveProblem) => void,
    ): Promise<boolean> => {
      const back = { date: entry.date, shiftId: entry.shiftId };
      // An object, not a let: TypeScript does not see the assignment inside the callback.
      const refused = { yes: false };
      const ok = await write(async () => {
        try {
          await repos.rosters.moveEntry(entry.id, to);
        } catch (error) {
          const problem = onRefused ? moveProblem(error) : null;
          if (!problem) throw error;
          refused.yes = true;
          onRefused?.(problem);
        }
      });
      if (!ok || refused.yes) return false;
      undoToast(
        `roster-move-${entry.id}`,
        `已将 ${name} 移到 ${dayHeading(to.date)}`,
        () => repos.rosters.moveEntry(entry.id, back),
        `已将 ${name} 移回 ${dayHeading(back.date)}`,
      );
      return true;
    },
    [repos, write, undoToast],
  );
}
