import { Flex, Radio, Typography } from 'antd';
import { useId } from 'react';
import {
  changedScopeLabel,
  scopeCountText,
  type ExportRun,
  type ExportScope,
} from '@shared/exchange/export-runs';

interface Props {
  /** The last run of this kind (undefined before the first). */
  last: ExportRun | undefined;
  /** How many rows the 'changed' choice takes (null before the first run, undefined while counting). */
  counted: { count: number; capped: boolean } | null | undefined;
  value: ExportScope;
  onChange: (scope: ExportScope) => void;
}

/**
 * 仅导出新增或变更的 / 全部导出, once a run of this kind exists, with how many rows the 'changed' choice
 * takes.
 */
export function ExportScopeChoice({ last, counted, value, onChange }: Props) {
  const labelId = useId();
  if (!last) return null;
  const countText =
    value === 'changed' && counted ? scopeCountText('changed', counted.count, counted.capped) : '';
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong id={labelId}>
        导出范围
      </Typography.Text>
      <Radio.Group
        aria-labelledby={labelId}
        value={value}
        onChange={(e) => onChange(e.target.value as ExportScope)}
        options={[
          { value: 'changed', label: changedScopeLabel(last) },
          { value: 'all', label: '全部导出' },
        ]}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
      />
      {countText && (
        <Typography.Text type={counted?.count === 0 ? 'warning' : 'secondary'}>{countText}</Typography.Text>
      )}
    </Flex>
  );
}
