import { Button, Flex, Typography } from 'antd';
import { useId } from 'react';
import { exportKindLabel, exportRunTime, type ExportRun } from '@shared/exchange/export-runs';
import type { NationalPreset } from '@shared/exchange/national-presets';
import { useRepos } from '../../../app/desk-context';
import { useLive } from '../../../db/live-query';
import { PlainList } from '../../../ui/PlainList';

interface Props {
  presets: readonly NationalPreset[];
  disabled: boolean;
  onRepeat: (run: ExportRun) => void;
}

/** 导出记录: the newest 20 national exports, each with 重新导出 (same records, the preset's current layout). */
export function ExportRunsList({ presets, disabled, onRepeat }: Props) {
  const repos = useRepos();
  const titleId = useId();
  const runs = useLive(() => repos.exportRuns.recentRuns(20), [repos]);
  return (
    <section aria-labelledby={titleId}>
      <Typography.Title level={3} id={titleId} style={{ fontSize: 15, marginBlock: '8px 4px' }}>
        导出记录（最近 20 次）
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        重新导出写出当次的同一批记录（按记录现在的内容和方案现在的列）；不算一次新的导出。
      </Typography.Paragraph>
      <PlainList
        items={runs}
        itemKey={(r) => r.id}
        emptyText="还没有导出过。选好方案后按“按此方案导出”，导出的记录会列在这里。"
        renderItem={(run) => {
          const gone = !presets.some((p) => p.id === run.presetId);
          const when = exportRunTime(run.at);
          return (
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text style={{ minWidth: 0 }}>
                {when} · {run.presetName}
                {gone ? '（方案已删除，按默认列）' : ''} · {exportKindLabel(run.kind)} ·{' '}
                {run.rows.toLocaleString('zh-CN')} 条 · {run.scope === 'changed' ? '新增或变更' : '全部'} ·{' '}
                {run.byStaff}
              </Typography.Text>
              <Button
                style={{ flex: 'none' }}
                size="small"
                disabled={disabled}
                aria-label={`重新导出 ${when} 的${run.presetName}`}
                onClick={() => onRepeat(run)}
              >
                重新导出
              </Button>
            </Flex>
          );
        }}
      />
    </section>
  );
}
