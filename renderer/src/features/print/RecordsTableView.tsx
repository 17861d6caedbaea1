import { RECORD_COLUMNS, RECORD_HEADERS } from '@shared/documents/pagination';
import type { RecordsTable } from '@shared/documents/template';

const fmt = (h: number) => String(Math.round(h * 10) / 10);

/**
 * One page's slice of the detail table: the header repeats on every page; the 合计 row of all records
 * closes the table on the last page only.
 */
export function RecordsTableView({
  el,
  topMm,
  rows,
  allRows,
  showTotal,
  font,
}: {
  el: RecordsTable;
  topMm: number;
  rows: readonly (readonly string[])[];
  allRows: readonly (readonly string[])[];
  showTotal: boolean;
  font: string;
}) {
  const total = allRows.reduce((sum, r) => sum + (Number(r[3]) || 0), 0);
  return (
    <table
      className="print-records"
      style={{
        left: `${el.xMm}mm`,
        top: `${topMm}mm`,
        width: `${el.widthMm}mm`,
        fontSize: `${el.sizePt}pt`,
        fontFamily: font,
      }}
    >
      <colgroup>
        {RECORD_COLUMNS.map((share, i) => (
          <col key={i} style={{ width: `${share * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {RECORD_HEADERS.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{r[0]}</td>
            <td className="left">{r[1]}</td>
            <td className="left">{r[2]}</td>
            <td>{r[3]}</td>
          </tr>
        ))}
        {showTotal && (
          <tr>
            <td colSpan={3} style={{ fontWeight: 700 }}>
              合计（{allRows.length} 次）
            </td>
            <td style={{ fontWeight: 700 }}>{fmt(total)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
