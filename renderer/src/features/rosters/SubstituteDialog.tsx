import { Alert, Button, Flex, Modal, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import type { Clash } from '@shared/rosters/clashes';
import type { RosterEntry } from '@shared/rosters/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { RosterClashError } from '../../db';
import { useLive } from '../../db/live-query';
import { busy } from '../../ui/busy';
import { useUndoToast } from './use-undo-toast';

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
  const uid = useId();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<{ id: string; label: string } | null>(null);
  const [problems, setProblems] = useState<readonly Pick<Clash, 'message'>[]>([]);
  const [saving, setSaving] = useState(false);
  const found = useLive(
    () => (query.trim() ? repos.people.searchVolunteers(query.trim(), 20) : Promise.resolve([])),
    [repos, query],
  );

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
        <Flex vertical gap={4}>
          <label htmlFor={`${uid}-q`}>搜索替班志愿者</label>
          <Select<string>
            id={`${uid}-q`}
            autoFocus
            showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
            value={picked?.id ?? null}
            placeholder="姓名、拼音首字母、编号或手机后四位"
            notFoundContent={query.trim() ? '没有找到匹配的志愿者' : '请输入姓名、拼音或编号'}
            options={(found ?? [])
              .filter((v) => v.id !== entry.volunteerId)
              .map((v) => ({ value: v.id, label: `${v.name}（${v.volunteerNo}）` }))}
            onChange={(id) => {
              const v = found?.find((x) => x.id === id);
              if (v) setPicked({ id: v.id, label: v.name });
              setProblems([]);
              setQuery('');
            }}
            labelRender={() => picked?.label ?? ''}
          />
        </Flex>
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title="有排班冲突，未保存，请改选他人"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.map((c) => (
                  <li key={c.message}>{c.message}</li>
                ))}
              </ul>
            }
          />
        )}
      </Flex>
    </Modal>
  );
}
