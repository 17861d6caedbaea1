import { Alert, Select, Table, Typography } from 'antd';
import { cellText, type RawCell } from '@shared/exchange/import-cells';
import { maskIdNumber, maskPhone } from '@shared/privacy/mask';

interface Props<F extends string> {
  headers: readonly string[];
  /** The first data row, shown as an example beside each column. */
  sample: readonly RawCell[];
  /** The fields of the kind being imported, in order, with their Chinese labels. */
  fields: readonly F[];
  labels: Readonly<Record<F, string>>;
  /** What keeps the mapping from going on (a required field missing, a field twice). */
  problems: readonly string[];
  columns: readonly (F | null)[];
  onChange(columns: (F | null)[]): void;
}

/**
 * Step 2: which column fills which field, as detected (or remembered), each one changeable. The same
 * step serves every import kind (志愿者, 场地, 单位).
 */
export function ImportMappingStep<F extends string>({
  headers,
  sample,
  fields,
  labels,
  problems,
  columns,
  onChange,
}: Props<F>) {
  const options = [{ value: '', label: '不导入' }, ...fields.map((f) => ({ value: f, label: labels[f] }))];
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
                options={options}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                onChange={(value: string) =>
                  onChange(columns.map((c, i) => (i === r.index ? ((value || null) as F | null) : c)))
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
