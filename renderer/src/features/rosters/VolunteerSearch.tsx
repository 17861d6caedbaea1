import { Alert, Flex, Select } from 'antd';
import { useId, useState } from 'react';
import type { Clash } from '@shared/rosters/clashes';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';

/** A picked volunteer: id and the name to show. */
export interface PickedVolunteer {
  id: string;
  label: string;
}

/**
 * A labelled volunteer search for the roster dialogs (name, 拼音, number or phone digits), focused on
 * open; `exclude` leaves out someone who cannot be picked (the person being replaced).
 */
export function VolunteerSearch({
  label,
  picked,
  onPick,
  exclude,
}: {
  label: string;
  picked: PickedVolunteer | null;
  onPick(v: PickedVolunteer): void;
  exclude?: string;
}) {
  const repos = useRepos();
  const uid = useId();
  const [query, setQuery] = useState('');
  const found = useLive(
    () => (query.trim() ? repos.people.searchVolunteers(query.trim(), 20) : Promise.resolve([])),
    [repos, query],
  );
  return (
    <Flex vertical gap={4}>
      <label htmlFor={`${uid}-q`}>{label}</label>
      <Select<string>
        id={`${uid}-q`}
        autoFocus
        showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
        value={picked?.id ?? null}
        placeholder="姓名、拼音首字母、编号或手机后四位"
        notFoundContent={query.trim() ? '没有找到匹配的志愿者' : '请输入姓名、拼音或编号'}
        options={(found ?? [])
          .filter((v) => v.id !== exclude)
          .map((v) => ({ value: v.id, label: `${v.name}（${v.volunteerNo}）` }))}
        onChange={(id) => {
          const v = found?.find((x) => x.id === id);
          if (v) onPick({ id: v.id, label: v.name });
          setQuery('');
        }}
        labelRender={() => picked?.label ?? ''}
      />
    </Flex>
  );
}

/** The clashes the repository refused a roster write for (it wrote nothing), one line each. */
export function ClashAlert({ title, clashes }: { title: string; clashes: readonly Clash[] }) {
  if (clashes.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {clashes.map((c) => (
            <li key={`${c.index}-${c.kind}-${c.withEntryId ?? ''}`}>{c.message}</li>
          ))}
        </ul>
      }
    />
  );
}
