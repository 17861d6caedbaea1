import { Select } from 'antd';
import { useState } from 'react';
import { useRepos } from '../../../app/desk-context';
import { useLive } from '../../../db/live-query';

/** A chosen volunteer, with the name to show. */
export interface PickedVolunteer {
  id: string;
  name: string;
}

interface Props {
  id: string;
  value: readonly PickedVolunteer[];
  onChange(value: PickedVolunteer[]): void;
  invalid?: boolean;
}

/** Finds volunteers by name, pinyin or number through the search index (never the whole roster). */
export function VolunteerSelect({ id, value, onChange, invalid }: Props) {
  const repos = useRepos();
  const [query, setQuery] = useState('');
  const found = useLive(
    () => (query.trim() ? repos.volunteers.search(query, 10) : Promise.resolve([])),
    [repos, query],
  );
  const options = [
    ...value.map((v) => ({ value: v.id, label: v.name })),
    ...(found ?? [])
      .filter((v) => !value.some((p) => p.id === v.id))
      .map((v) => ({ value: v.id, label: `${v.name} ${v.volunteerNo}` })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQuery }}
      status={invalid ? 'error' : undefined}
      placeholder="输入姓名、拼音或编号查找"
      value={value.map((v) => v.id)}
      onChange={(ids: string[]) =>
        onChange(
          ids.map((vid) => {
            const known = value.find((v) => v.id === vid);
            const hit = (found ?? []).find((v) => v.id === vid);
            return known ?? { id: vid, name: hit?.name ?? vid };
          }),
        )
      }
      options={options}
      notFoundContent={query ? '没有找到，换个关键字试试' : '输入姓名查找'}
      style={{ width: '100%' }}
    />
  );
}
