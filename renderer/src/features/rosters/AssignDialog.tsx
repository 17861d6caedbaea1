import { Alert, App, Button, Flex, Modal, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import type { Clash } from '@shared/rosters/clashes';
import type { DutyPost } from '@shared/rosters/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { RosterClashError } from '../../db';
import { useLive } from '../../db/live-query';
import { busy } from '../../ui/busy';
import { dayHeading, shiftText } from './week-grid';
import type { PickedCell } from './WeekGrid';

/**
 * 安排志愿者 for one shift on one day: search, pick, 确定. Clashes come back from the repository (which
 * wrote nothing) and stay in the dialog with the person still picked, so another can be chosen.
 */
export function AssignDialog({ post, cell, onClose }: { post: DutyPost; cell: PickedCell; onClose(): void }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<{ id: string; label: string } | null>(null);
  const [clashes, setClashes] = useState<readonly Clash[]>([]);
  const [saving, setSaving] = useState(false);
  const found = useLive(
    () => (query.trim() ? repos.people.searchVolunteers(query.trim(), 20) : Promise.resolve([])),
    [repos, query],
  );
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
        <Flex vertical gap={4}>
          <label htmlFor={`${uid}-q`}>搜索志愿者</label>
          <Select<string>
            id={`${uid}-q`}
            autoFocus
            showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
            value={picked?.id ?? null}
            placeholder="姓名、拼音首字母、编号或手机后四位"
            notFoundContent={query.trim() ? '没有找到匹配的志愿者' : '请输入姓名、拼音或编号'}
            options={(found ?? []).map((v) => ({ value: v.id, label: `${v.name}（${v.volunteerNo}）` }))}
            onChange={(id) => {
              const v = found?.find((x) => x.id === id);
              if (v) setPicked({ id: v.id, label: v.name });
              setClashes([]);
              setQuery('');
            }}
            labelRender={() => picked?.label ?? ''}
          />
        </Flex>
        {clashes.length > 0 && (
          <Alert
            type="error"
            showIcon
            title="有排班冲突，未保存，请改排他人或换班次"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {clashes.map((c) => (
                  <li key={`${c.index}-${c.kind}-${c.withEntryId ?? ''}`}>{c.message}</li>
                ))}
              </ul>
            }
          />
        )}
      </Flex>
    </Modal>
  );
}
