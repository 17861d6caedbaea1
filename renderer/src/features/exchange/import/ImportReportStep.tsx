import { Descriptions, Radio, Table, Typography } from 'antd';
import { useId } from 'react';
import { IMPORT_OUTCOME_LABELS, type ImportOutcome } from '@shared/exchange/import-plan';

/** What the report reads of a plan, whichever kind it imports. */
interface ReportPlan {
  rows: readonly { rowNumber: number; outcome: ImportOutcome; reasons: readonly string[] }[];
  counts: Record<ImportOutcome, number>;
}

interface Props {
  plan: ReportPlan;
  /** Names per row number, for the problem table (the file's own 姓名 cell). */
  nameOf(rowNumber: number): string;
  existing: 'skip' | 'fill';
  onExistingChange(mode: 'skip' | 'fill'): void;
  /** Heads the skip-or-fill choice: who counts as already on record. */
  existingLabel?: string;
  /** The problem table's name column. */
  nameTitle?: string;
  /** What the `existing` outcome is called (已登记 for volunteers, 已有同名 for rooms and units). */
  existingOutcome?: string;
}

const ORDER: ImportOutcome[] = ['new', 'existing', 'duplicate', 'invalid'];

/** Step 3: what would happen to every row, before anything is written. */
export function ImportReportStep({
  plan,
  nameOf,
  existing,
  onExistingChange,
  existingLabel = '已登记的志愿者（按证件号码）',
  nameTitle = '姓名',
  existingOutcome = IMPORT_OUTCOME_LABELS.existing,
}: Props) {
  const label = (o: ImportOutcome) => (o === 'existing' ? existingOutcome : IMPORT_OUTCOME_LABELS[o]);
  const choiceId = useId();
  const problems = plan.rows.filter((r) => r.outcome !== 'new');
  return (
    <>
      <Typography.Paragraph>
        以下是检查结果，尚未写入任何数据。有问题的行不影响其他行导入，确认后只导入“可导入”的行。
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={4}
        items={ORDER.map((o) => ({
          key: o,
          label: label(o),
          children: <span data-outcome={o}>{plan.counts[o]} 行</span>,
        }))}
      />
      {plan.counts.existing > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text id={choiceId} strong>
            {existingLabel}：
          </Typography.Text>{' '}
          <Radio.Group
            aria-labelledby={choiceId}
            value={existing}
            onChange={(e) => onExistingChange(e.target.value as 'skip' | 'fill')}
            options={[
              { value: 'skip', label: '跳过，不作改动' },
              { value: 'fill', label: '只补充空白的信息' },
            ]}
          />
        </div>
      )}
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        需要注意的行（{problems.length}）
      </Typography.Title>
      <Table
        size="small"
        rowKey="rowNumber"
        dataSource={problems}
        pagination={problems.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
        locale={{ emptyText: '所有行都可以导入' }}
        columns={[
          { title: '行号', dataIndex: 'rowNumber', width: 70 },
          { title: nameTitle, key: 'name', width: 140, render: (_, r) => nameOf(r.rowNumber) || '（空）' },
          {
            title: '结果',
            dataIndex: 'outcome',
            width: 100,
            render: (o: ImportOutcome) => label(o),
          },
          { title: '原因', key: 'reasons', render: (_, r) => r.reasons.join('；') },
        ]}
      />
    </>
  );
}
