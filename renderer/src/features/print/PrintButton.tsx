import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import type { PrintJobRequest } from '@shared/ipc/contract';
import { describeResult, runPrintJob } from './run-print';
import { busy as busyLoading } from '../../ui/busy';
import { reportError } from '../../db/errors';

/** A print button with "另存为 PDF" beside it, for printouts that need no register entry. */
export function PrintButton({
  label,
  what,
  job,
  disabled,
  prepare,
}: {
  label: string;
  what: string;
  job: Pick<PrintJobRequest, 'kind' | 'params' | 'pageSizeMm'> & { fileName: string };
  disabled?: boolean;
  /** Runs at each click before the job is sent (e.g. writes an audit entry); its params join the job's. */
  prepare?: () => Promise<Record<string, string>>;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const go = async (mode: 'print' | 'pdf') => {
    setBusy(true);
    try {
      const extra = prepare ? await prepare() : {};
      const result = await runPrintJob(
        { ...job, params: { ...job.params, ...extra } },
        { mode, printer: null, copies: 1 },
      );
      const { ok, text } = describeResult(result, what);
      if (ok) void message.success(text);
      else if (result.status === 'failed') void message.error(text);
      else void message.info(text);
    } catch (error) {
      void message.error(`${what}打印失败：${reportError(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space.Compact>
      <Button
        icon={<PrinterOutlined aria-hidden />}
        loading={busyLoading(busy)}
        disabled={disabled}
        onClick={() => void go('print')}
      >
        {label}
      </Button>
      <Dropdown
        disabled={disabled || busy}
        menu={{ items: [{ key: 'pdf', label: '另存为 PDF…' }], onClick: () => void go('pdf') }}
      >
        <Button aria-label={`${label}的更多方式`} icon={<DownOutlined />} />
      </Dropdown>
    </Space.Compact>
  );
}
