import { Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Clash } from '@shared/rosters/clashes';
import type { RosterEntry } from '@shared/rosters/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { RosterClashError } from '../../db';
import { busy } from '../../ui/busy';
import { useUndoToast } from './use-undo-toast';
import { ClashAlert, VolunteerSearch, type PickedVolunteer } from './VolunteerSearch';

/**
 * 替班: picks the volunteer who stands in for `name` on this shift. Clashes come back from the
 * repository (which wrote nothing) and stay in the dialog, so another can be chosen.
 */
export function SubstituteDialog({
  entry,
  name,
  what,
  onClose,
}: {
  entry: RosterEntry;
  name: string;
  what: string;
  onClose(): void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const undoToast = useUndoToast();
  const [picked, setPicked] = useState<PickedVolunteer | null>(null);
  const [problems, setProblems] = useState<readonly Clash[]>([]);
  const [saving, setSaving] = useState(false);

  const confirm = async () => {
    if (!picked) return;
    setSaving(true);
    // An object, not a let: TypeScript does not see the assignment inside the callback.
    const added: { row: RosterEntry | null } = { row: null };
    await write(async () => {
      try {
        added.row = await repos.rosters.addSubstitute(entry.id, picked.id);
      } catch (error) {
        if (!(error instanceof RosterClashError)) throw error;
        setProblems(error.clashes);
      }
    });
    setSaving(false);
    const { row } = added;
    if (!row) return;
    undoToast(
      `roster-sub-${row.id}`,
      `已安排 ${picked.label} 替 ${name}`,
      () => repos.rosters.removeEntry(row.id),
      `已取消 ${picked.label} 的替班`,
    );
    onClose();
  };

  return (
    <Modal
      open
      title={`为 ${name} 安排替班`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!picked}
          loading={busy(saving)}
          onClick={() => void confirm()}
        >
          确定
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Text>{what}</Typography.Text>
        <VolunteerSearch
          label="搜索替班志愿者"
          picked={picked}
          exclude={entry.volunteerId}
          onPick={(v) => {
            setPicked(v);
            setProblems([]);
          }}
        />
        <ClashAlert title="有排班冲突，未保存，请改选他人" clashes={problems} />
      </Flex>
    </Modal>
  );
}
