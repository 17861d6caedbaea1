import { App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Clash } from '@shared/rosters/clashes';
import type { DutyPost } from '@shared/rosters/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { RosterClashError } from '../../db';
import { busy } from '../../ui/busy';
import { dayHeading, shiftText } from './week-grid';
import type { PickedCell } from './WeekGrid';
import { ClashAlert, VolunteerSearch, type PickedVolunteer } from './VolunteerSearch';

/**
 * 安排志愿者 for one shift on one day: search, pick, 确定. Clashes come back from the repository (which
 * wrote nothing) and stay in the dialog with the person still picked, so another can be chosen.
 */
export function AssignDialog({ post, cell, onClose }: { post: DutyPost; cell: PickedCell; onClose(): void }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<PickedVolunteer | null>(null);
  const [clashes, setClashes] = useState<readonly Clash[]>([]);
  const [saving, setSaving] = useState(false);
  const shift = post.shifts.find((s) => s.id === cell.shiftId);
  const what = `${post.name}（${post.place}）${dayHeading(cell.date)} ${shift ? shiftText(shift) : ''}`;

  const confirm = async () => {
    if (!picked) return;
    setSaving(true);
    let done = false;
    await write(async () => {
      try {
        await repos.rosters.assign([
          {
            postId: post.id,
            shiftId: cell.shiftId,
            date: cell.date,
            volunteerId: picked.id,
            status: '排班',
            substituteFor: null,
          },
        ]);
        done = true;
      } catch (error) {
        if (!(error instanceof RosterClashError)) throw error;
        setClashes(error.clashes);
      }
    });
    setSaving(false);
    if (!done) return;
    void message.success(`已安排 ${picked.label}`);
    onClose();
  };

  return (
    <Modal
      open
      title="安排志愿者"
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
          label="搜索志愿者"
          picked={picked}
          onPick={(v) => {
            setPicked(v);
            setClashes([]);
          }}
        />
        <ClashAlert title="有排班冲突，未保存，请改排他人或换班次" clashes={clashes} />
      </Flex>
    </Modal>
  );
}
