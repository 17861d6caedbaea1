import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Typography } from 'antd';
import { useId } from 'react';
import { moveColumn, NATIONAL_FIELDS, type NationalPreset } from '@shared/exchange/national-presets';

interface Props {
  preset: NationalPreset;
  problem: string | undefined;
  onChange: (columns: NationalPreset['columns']) => void;
}

/** A preset's columns in order: rename, move up/down and remove by keyboard; add the fields not yet used. */
export function PresetColumns({ preset, problem, onChange }: Props) {
  const uid = useId();
  const fields = NATIONAL_FIELDS[preset.entity];
  const labelOf = (field: string) => fields.find((f) => f.field === field)?.label ?? field;
  const unused = fields.filter((f) => !preset.columns.some((c) => c.field === f.field));
  const cols = preset.columns;
  return (
    <Flex vertical gap={6}>
      <Typography.Text strong>列（按导出顺序）</Typography.Text>
      <ol style={{ margin: 0, paddingInlineStart: 24, maxHeight: 200, overflowY: 'auto' }}>
        {cols.map((c, i) => (
          <li key={c.field} style={{ marginBottom: 4 }}>
            <Flex gap={6} align="center">
              <Typography.Text type="secondary" style={{ width: 84 }}>
                {labelOf(c.field)}
              </Typography.Text>
              <Input
                aria-label={`第 ${i + 1} 列表头（${labelOf(c.field)}）`}
                value={c.header}
                status={problem && !c.header.trim() ? 'error' : undefined}
                onChange={(e) =>
                  onChange(cols.map((x, j) => (j === i ? { ...x, header: e.target.value } : x)))
                }
                style={{ width: 180 }}
              />
              <Button
                size="small"
                icon={<ArrowUpOutlined aria-hidden />}
                aria-label={`上移${labelOf(c.field)}`}
                disabled={i === 0}
                onClick={() => onChange(moveColumn(cols, i, -1))}
              />
              <Button
                size="small"
                icon={<ArrowDownOutlined aria-hidden />}
                aria-label={`下移${labelOf(c.field)}`}
                disabled={i === cols.length - 1}
                onClick={() => onChange(moveColumn(cols, i, 1))}
              />
              <Button
                size="small"
                icon={<DeleteOutlined aria-hidden />}
                aria-label={`删除${labelOf(c.field)}列`}
                onClick={() => onChange(cols.filter((_, j) => j !== i))}
              />
            </Flex>
          </li>
        ))}
      </ol>
      {problem && (
        <Typography.Text type="danger" role="alert">
          {problem}
        </Typography.Text>
      )}
      {unused.length > 0 && (
        <Flex gap={8} align="center">
          <label htmlFor={`${uid}-add`}>添加列</label>
          <Select
            id={`${uid}-add`}
            style={{ width: 180 }}
            placeholder="选择要添加的字段"
            value={null}
            options={unused.map((f) => ({ value: f.field, label: f.label }))}
            onChange={(field: string) => onChange([...cols, { field, header: labelOf(field) }])}
          />
        </Flex>
      )}
    </Flex>
  );
}
