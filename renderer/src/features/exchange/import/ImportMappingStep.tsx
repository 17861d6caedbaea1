import { Alert, Select, Table, Typography } from 'antd';
import { cellText, type RawCell } from '@shared/exchange/import-cells';
import { maskIdNumber, maskPhone } from '@shared/privacy/mask';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  mappingProblems,
  type ImportField,
} from '@shared/exchange/import-headers';

interface Props {
  headers: readonly string[];
  /** The first data row, shown as an example beside each column. */
  sample: readonly RawCell[];
  columns: readonly (ImportField | null)[];
  onChange(columns: (ImportField | null)[]): void;
}

const OPTIONS = [
  { value: '', label: '不导入' },
  ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] })),
];

/** Step 2: which column fills which field, as detected (or remembered), each one changeable. */
export function ImportMappingStep({ headers, sample, columns, onChange }: Props) {
  const problems = mappingProblems(columns);
  const unmapped = headers.filter((h, i) => columns[i] === null && h !== '');
  const rows = headers.map((header, index) => ({ header, index }));
  return (
    <>
      <Typography.Paragraph>
        已按表头识别各列对应的信息，请核对；不需要的列选“不导入”。下次导入会沿用这次的选择。
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="index"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={rows}
        columns={[
          {
            title: '表格中的列',
            dataIndex: 'header',
            width: 180,
            render: (h: string, r) => h || `第 ${r.index + 1} 列（无表头）`,
          },
          {
            title: '第一行的内容',
            key: 'sample',
            ellipsis: true,
            render: (_, r) => {
              const text = cellText(sample[r.index] ?? null);
              // Personal numbers are masked on screen, as everywhere else at the desk.
              const field = columns[r.index];
              const shown =
                field === 'idNumber' ? maskIdNumber(text) : field === 'phone' ? maskPhone(text) : text;
              return shown || '（空）';
            },
          },
          {
            title: '导入为',
            key: 'field',
            width: 200,
            render: (_, r) => (
              <Select
                aria-label={`“${r.header || `第 ${r.index + 1} 列`}”导入为`}
                value={columns[r.index] ?? ''}
                options={OPTIONS}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                onChange={(value: string) =>
                  onChange(
                    columns.map((c, i) => (i === r.index ? ((value || null) as ImportField | null) : c)),
                  )
                }
              />
            ),
          },
        ]}
      />
      {unmapped.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          未导入的列：{unmapped.join('、')}
        </Typography.Paragraph>
      )}
      {problems.length > 0 && (
        <Alert type="warning" showIcon role="alert" style={{ marginTop: 12 }} title={problems.join('；')} />
      )}
    </>
  );
}
