import { Empty, Table } from 'antd';
import { Section } from '../../ui/Section';
import { cellText, type ReportCell, type ReportTable } from './report-tables';

type Row = { key: number; cells: ReportCell[] };

/** One report table as a titled region; an empty one says what to do next. */
export function ReportTableView({ table }: { table: ReportTable }) {
  const data: Row[] = table.rows.map((cells, key) => ({ key, cells }));
  return (
    <Section title={table.title} flush>
      <Table<Row>
        size="small"
        pagination={false}
        dataSource={data}
        locale={{ emptyText: <Empty description={table.empty || '本期没有数据'} /> }}
        columns={table.header.map((title, i) => ({
          title,
          key: String(i),
          align: table.numeric[i] ? 'right' : 'left',
          className: table.numeric[i] ? 'tabular' : undefined,
          render: (_: unknown, row: Row) => cellText(row.cells[i] ?? null),
        }))}
      />
    </Section>
  );
}
