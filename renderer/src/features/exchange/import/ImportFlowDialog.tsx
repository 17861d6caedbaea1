import { App, Button, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { cellText } from '@shared/exchange/import-cells';
import { rejectedRowsSheet, type ImportOutcome } from '@shared/exchange/import-plan';
import { useWrite } from '../../../app/use-write';
import type { ImportResult } from '../../../db/repos/volunteer-import';
import { saveXlsx } from '../save-xlsx';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportReportStep } from './ImportReportStep';
import { ImportRunning, ImportSummary } from './ImportRunStep';
import type { SheetRows } from './read-spreadsheet';

type Step = 'file' | 'mapping' | 'checking' | 'report' | 'running' | 'done';

const STEP_TITLES: Record<Step, string> = {
  file: '选择文件',
  mapping: '核对各列',
  checking: '正在检查',
  report: '检查结果',
  running: '正在写入',
  done: '完成',
};

/** What the flow reads of any kind's plan: each row's outcome and reasons, and the counts. */
interface FlowPlan {
  rows: readonly { rowNumber: number; outcome: ImportOutcome; reasons: string[] }[];
  counts: Record<ImportOutcome, number>;
}

/** What a kind's write is told: skip or fill records on file, when to stop, how far it got. */
export interface ImportRunOptions {
  existing: 'skip' | 'fill';
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

/** What differs between the import kinds; the steps, cancel and footer are the same for all. */
export interface ImportFlow<F extends string, P extends FlowPlan> {
  /** 志愿者 / 场地 / 单位: heads every title (导入志愿者：选择文件) and the run's messages. */
  noun: string;
  /** Counts the noun in the summary (名, 个, 家); the summary's own default when left out. */
  measure?: string;
  /** Example headers for the file step; the file step's own default when left out. */
  headersHint?: string;
  fields: readonly F[];
  labels: Readonly<Record<F, string>>;
  /** What keeps a mapping from going on to the check. */
  columnProblems(columns: readonly (F | null)[]): string[];
  /** The field of each column, as detected or remembered from the last import. */
  detect(headers: readonly string[]): Promise<(F | null)[]>;
  /** Keeps the confirmed mapping for next time (through useWrite, so a refusal shows at the desk). */
  remember(headers: readonly string[], columns: readonly (F | null)[]): Promise<unknown>;
  /** Reads and sorts every row; throwing sends the user back to the mapping with nothing written. */
  plan(sheet: SheetRows, columns: readonly (F | null)[]): Promise<P>;
  /** Writes the plan; on failure it must already have taken back what it wrote. */
  run(plan: P, options: ImportRunOptions): Promise<ImportResult>;
  /** Wording of the report for kinds other than 志愿者 (see ImportReportStep's defaults). */
  report?: { existingLabel?: string; existingOutcome?: string; nameTitle?: string };
}

/**
 * One import from .xlsx/.xls/.csv, whatever it imports: file → column mapping → per-row report →
 * chunked write with cancel → summary with the rejected rows as a file. Nothing is written before the
 * user confirms the report.
 */
export function ImportFlowDialog<F extends string, P extends FlowPlan>({
  flow,
  onClose,
}: {
  flow: ImportFlow<F, P>;
  onClose(): void;
}) {
  const write = useWrite();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>('file');
  const [fileName, setFileName] = useState('');
  const [sheet, setSheet] = useState<SheetRows | null>(null);
  const [columns, setColumns] = useState<(F | null)[]>([]);
  const [plan, setPlan] = useState<P | null>(null);
  const [existing, setExisting] = useState<'skip' | 'fill'>('skip');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [result, setResult] = useState<ImportResult | { failed: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const onRead = async (name: string, rows: SheetRows) => {
    const detected = await flow.detect(rows.headers);
    setFileName(name);
    setSheet(rows);
    setColumns(detected);
    setStep('mapping');
  };

  const check = async () => {
    if (!sheet) return;
    setStep('checking');
    await flow.remember(sheet.headers, columns);
    try {
      setPlan(await flow.plan(sheet, columns));
      setStep('report');
    } catch {
      // Nothing was written: the user can simply try again from the mapping.
      void message.error('检查数据时出错，请重试');
      setStep('mapping');
    }
  };

  const run = async () => {
    if (!plan) return;
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: 0 });
    setStep('running');
    let outcome: ImportResult | null = null;
    const written = await write(async () => {
      outcome = await flow.run(plan, {
        existing,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
    });
    setResult(written && outcome ? outcome : { failed: '写入时出错，本次写入的数据已撤回' });
    setStep('done');
  };

  const rejected =
    plan && sheet ? rejectedRowsSheet(sheet.headers, sheet.rows, sheet.headerRowNumber, plan, existing) : [];
  const download = () =>
    void saveXlsx({
      fileName: `${fileName.replace(/\.[^.]+$/, '')}-未导入的行`,
      sheetName: '未导入的行',
      header: rejected[0]?.map((c) => (c === null ? '' : String(c))) ?? [],
      widths: (rejected[0] ?? []).map((_, i, all) => (i === all.length - 1 ? 50 : 16)),
      // Cells go back as the file had them (numbers as numbers, text untouched), so a fix is all it needs.
      rows: rejected
        .slice(1)
        .map((r) => r.map((c) => ({ value: typeof c === 'boolean' ? cellText(c) : (c ?? undefined) }))),
    });
  // Every kind calls its name column `name`: the report shows it beside each row that needs a look.
  const nameCol = (columns as readonly (string | null)[]).indexOf('name');
  const nameOf = (rowNumber: number) =>
    sheet && nameCol >= 0
      ? cellText(sheet.rows[rowNumber - sheet.headerRowNumber - 1]?.[nameCol] ?? null)
      : '';
  const toImport = plan ? plan.counts.new + (existing === 'fill' ? plan.counts.existing : 0) : 0;
  const busy = step === 'running' || step === 'checking';
  const problems = flow.columnProblems(columns);

  const footer =
    step === 'mapping' ? (
      [
        <Button key="back" onClick={() => setStep('file')}>
          重新选择文件
        </Button>,
        <Button key="check" type="primary" disabled={problems.length > 0} onClick={() => void check()}>
          检查数据
        </Button>,
      ]
    ) : step === 'report' ? (
      [
        <Button key="back" onClick={() => setStep('mapping')}>
          返回核对各列
        </Button>,
        <Button key="go" type="primary" disabled={toImport === 0} onClick={() => void run()}>
          {toImport === 0 ? '没有可导入的行' : `确认导入 ${toImport} 行`}
        </Button>,
      ]
    ) : busy ? null : (
      <Button type={step === 'done' ? 'primary' : 'default'} onClick={onClose}>
        {step === 'done' ? '完成' : '关闭'}
      </Button>
    );

  return (
    <Modal
      open
      width={860}
      title={`导入${flow.noun}：${STEP_TITLES[step]}`}
      closable={!busy}
      keyboard={!busy}
      mask={{ closable: false }}
      footer={footer}
      onCancel={busy ? undefined : onClose}
      destroyOnHidden
    >
      {step === 'file' && (
        <ImportFileStep headersHint={flow.headersHint} onRead={(n, s) => void onRead(n, s)} />
      )}
      {step === 'mapping' && sheet && (
        <ImportMappingStep
          headers={sheet.headers}
          sample={sheet.rows[0] ?? []}
          fields={flow.fields}
          labels={flow.labels}
          problems={problems}
          columns={columns}
          onChange={setColumns}
        />
      )}
      {step === 'checking' && <p role="status">正在逐行检查…</p>}
      {step === 'report' && plan && (
        <ImportReportStep
          plan={plan}
          nameOf={nameOf}
          existing={existing}
          onExistingChange={setExisting}
          {...flow.report}
        />
      )}
      {step === 'running' && (
        <ImportRunning
          noun={flow.noun}
          done={progress.done}
          total={progress.total || toImport}
          onCancel={() => abort.current?.abort()}
        />
      )}
      {step === 'done' && result && (
        <ImportSummary
          noun={flow.noun}
          measure={flow.measure}
          result={result}
          rejected={rejected.length - 1}
          onDownload={download}
        />
      )}
    </Modal>
  );
}
