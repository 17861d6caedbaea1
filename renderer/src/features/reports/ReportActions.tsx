import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { describeReportPeriod } from '@shared/stats/report-periods';
import { reportError } from '../../db/errors';
import { saveXlsxBook } from '../exchange/save-xlsx-book';
import { PrintButton } from '../print/PrintButton';
import type { ReportBundle } from './load-report';
import { reportTables } from './report-tables';

/** 打印报表 (A4, through the print system) and 导出 Excel (one sheet per table). */
export function ReportActions({ bundle }: { bundle: ReportBundle | undefined }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const name = bundle ? `统计报表-${bundle.scopeName}-${describeReportPeriod(bundle.period)}` : '统计报表';
  const exportBook = async () => {
    if (!bundle) return;
    setBusy(true);
    try {
      const saved = await saveXlsxBook({
        fileName: name,
        sheets: reportTables(bundle).map((t) => ({
          sheetName: t.title,
          header: t.header,
          widths: t.header.map((h, i) => (i === 0 ? 20 : Math.max(10, h.length * 2 + 2))),
          rows: t.rows.map((r) => r.map((c) => ({ value: c ?? undefined }))),
        })),
      });
      if (saved) void message.success('统计报表已导出为 Excel 文件');
    } catch (error) {
      void message.error(`导出失败：${reportError(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap>
      <PrintButton
        label="打印报表"
        what="统计报表"
        disabled={!bundle}
        job={{
          kind: 'report-a4',
          params: {
            kind: bundle?.period.kind ?? 'month',
            first: bundle?.period.firstDay ?? '',
            last: bundle?.period.lastDay ?? '',
            station: bundle?.stationId ?? '',
          },
          pageSizeMm: { widthMm: 210, heightMm: 297 },
          fileName: name,
        }}
      />
      <Button
        icon={<FileExcelOutlined aria-hidden />}
        loading={busy}
        disabled={!bundle}
        onClick={() => void exportBook()}
      >
        导出 Excel
      </Button>
    </Space>
  );
}
