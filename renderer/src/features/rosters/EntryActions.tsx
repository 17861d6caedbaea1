import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import type { RosterEntry, RosterStatus } from '@shared/rosters/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { entryChoices, isMovable } from './entry-actions';
import { SubstituteDialog } from './SubstituteDialog';
import { useUndoToast } from './use-undo-toast';
import { dayHeading } from './week-grid';

/**
 * A rostered person's menu in a cell: 到岗, 请假, 缺勤 (once the shift has ended), 改回排班 and 替班…;
 * each change comes with 撤销. A plan also gets 调到…, the keyboard's way to move it (`onMove` opens the
 * grid's dialog, given the button so focus can come back to it).
 */
export function EntryActions({
  entry,
  name,
  what,
  shiftEnd,
  covered,
  focusable,
  onMove,
}: {
  entry: RosterEntry;
  name: string;
  /** The post, day and shift, for the substitute dialog. */
  what: string;
  shiftEnd: number;
  covered: boolean;
  focusable: boolean;
  onMove(trigger: HTMLElement): void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const undoToast = useUndoToast();
  const [substituting, setSubstituting] = useState(false);
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(0);
  const day = dayHeading(entry.date);
  const choices = entryChoices(entry, { shiftEnd, now: openedAt, covered });

  const setStatus = async (status: RosterStatus) => {
    const before = entry.status;
    if (!(await write(() => repos.rosters.setStatus(entry.id, status)))) return;
    undoToast(
      `roster-status-${entry.id}`,
      `已将 ${name} ${day} 改为${status}`,
      () => repos.rosters.setStatus(entry.id, before),
      `已将 ${name} 改回${before}`,
    );
  };

  const items: MenuProps['items'] = choices.map((c) => ({
    key: c.key,
    disabled: c.disabledReason !== null,
    label: c.disabledReason ? `${c.label}（${c.disabledReason}）` : c.label,
  }));

  return (
    <>
      <Dropdown
        trigger={['click']}
        open={open}
        onOpenChange={(next) => {
          // The clock is read as the menu opens, so 缺勤 is offered as soon as the shift is over.
          if (next) setOpenedAt(Date.now());
          setOpen(next);
        }}
        menu={{
          items,
          autoFocus: true,
          onClick: ({ key }) => {
            setOpen(false);
            if (key === '替班') setSubstituting(true);
            else void setStatus(key as RosterStatus);
          },
        }}
      >
        <Button
          type="text"
          size="small"
          tabIndex={focusable ? 0 : -1}
          icon={<DownOutlined aria-hidden />}
          aria-label={`${name}${day}的到岗、请假、缺勤或替班`}
        />
      </Dropdown>
      {isMovable(entry) && (
        <Button
          type="link"
          size="small"
          className="duty-move"
          tabIndex={focusable ? 0 : -1}
          data-move-entry={entry.id}
          aria-label={`将${name}从${day}调到…`}
          onClick={(e) => onMove(e.currentTarget)}
        >
          调到…
        </Button>
      )}
      {substituting && (
        <SubstituteDialog entry={entry} name={name} what={what} onClose={() => setSubstituting(false)} />
      )}
    </>
  );
}
