import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Table, Typography } from 'antd';
import type { HoursRow } from './use-hours-draft';

interface Props {
  rows: readonly HoursRow[];
  length: number;
  onChange(volunteerId: string, patch: Partial<HoursRow>): void;
  onDrop(volunteerId: string): void;
}

/** The volunteers about to be saved: minutes and the recording fields, editable per volunteer. */
export function HoursRows({ rows, length, onChange, onDrop }: Props) {
  if (rows.length === 0) return null;
  const field = (r: HoursRow, key: 'content' | 'evaluation' | 'leader', label: string) => (
    <Input
      aria-label={`${r.name}的${label}`}
      value={r[key]}
      onChange={(e) => onChange(r.volunteerId, { [key]: e.target.value })}
    />
  );
  return (
    <Table<HoursRow>
      rowKey="volunteerId"
      size="small"
      pagination={false}
      dataSource={[...rows]}
      columns={[
        { title: '志愿者', key: 'name', render: (_, r) => `${r.name}（${r.volunteerNo}）`, width: 180 },
        {
          title: `服务时长（分钟，最多 ${length}）`,
          key: 'minutes',
          width: 220,
          render: (_, r) => (
            <>
              <Input
                aria-label={`${r.name}的服务时长（分钟）`}
                value={r.minutes}
                status={r.problem ? 'error' : undefined}
                aria-invalid={r.problem ? true : undefined}
                aria-describedby={r.problem ? `hours-problem-${r.volunteerId}` : undefined}
                style={{ width: 100 }}
                onChange={(e) => onChange(r.volunteerId, { minutes: e.target.value, problem: null })}
              />
              {r.problem && (
                <Typography.Text
                  type="danger"
                  id={`hours-problem-${r.volunteerId}`}
                  style={{ display: 'block' }}
                >
                  {r.problem}
                </Typography.Text>
              )}
            </>
          ),
        },
        { title: '服务内容', key: 'content', render: (_, r) => field(r, 'content', '服务内容') },
        { title: '评价', key: 'evaluation', width: 110, render: (_, r) => field(r, 'evaluation', '评价') },
        { title: '负责人', key: 'leader', width: 110, render: (_, r) => field(r, 'leader', '负责人') },
        {
          title: '移出',
          key: 'drop',
          width: 60,
          render: (_, r) => (
            <Button
              size="small"
              icon={<DeleteOutlined aria-hidden />}
              aria-label={`从名单移出${r.name}`}
              onClick={() => onDrop(r.volunteerId)}
            />
          ),
        },
      ]}
    />
  );
}
