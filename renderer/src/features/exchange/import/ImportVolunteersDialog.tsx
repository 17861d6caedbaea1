import { App, Button, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { cellText } from '@shared/exchange/import-cells';
import {
  detectMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  mappingProblems,
  rememberMapping,
  type ImportField,
} from '@shared/exchange/import-headers';
import {
  planImport,
  readImportRow,
  rejectedRowsSheet,
  type ImportPlan,
  type ReadRow,
} from '@shared/exchange/import-plan';
import { useRepos } from '../../../app/desk-context';
import { useTodayKey } from '../../../app/use-clock';
import { useWrite } from '../../../app/use-write';
import type { ImportResult } from '../../../db/repos/volunteer-import';
import { saveXlsx } from '../save-xlsx';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportReportStep } from './ImportReportStep';
import { ImportRunning, ImportSummary } from './ImportRunStep';
import type { SheetRows } from './read-spreadsheet';

type Step = 'file' | 'mapping' | 'checking' | 'report' | 'running' | 'done';

const TITLES: Record<Step, string> = {
  file: '导入志愿者：选择文件',
  mapping: '导入志愿者：核对各列',
  checking: '导入志愿者：正在检查',
  report: '导入志愿者：检查结果',
  running: '导入志愿者：正在写入',
  done: '导入志愿者：完成',
};

/**
 * 导入志愿者 from .xlsx/.xls/.csv: file → column mapping → per-row report → chunked write → summary
 * with the rejected rows as a file. Nothing is written before the user confirms the report.
 */
export function ImportVolunteersDialog({ onClose }: { onClose(): void }) {
  const repos = useRepos();
  const today = useTodayKey();
  const write = useWrite();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>('file');
  const [fileName, setFileName] = useState('');
  const [sheet, setSheet] = useState<SheetRows | null>(null);
  const [columns, setColumns] = useState<(ImportField | null)[]>([]);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [existing, setExisting] = useState<'skip' | 'fill'>('skip');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [result, setResult] = useState<ImportResult | { failed: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const onRead = async (name: string, rows: SheetRows) => {
    const remembered = (await repos.settings.get('importMapping')) ?? {};
    setFileName(name);
    setSheet(rows);
    setColumns(detectMapping(rows.headers, remembered).columns);
    setStep('mapping');
  };

  const check = async () => {
    if (!sheet) return;
    setStep('checking');
    await write(() => repos.settings.set('importMapping', rememberMapping(sheet.headers, columns)));
    try {
      const { minorRules } = await repos.serviceRecords.settings();
      const read = sheet.rows
        .map((cells, i) => readImportRow(cells, columns, sheet.headerRowNumber + 1 + i, today, minorRules))
        .filter((r): r is ReadRow => r !== null);
      const ids = read.flatMap((r) => r.values?.idNumber ?? []);
      setPlan(planImport(read, await repos.volunteerImport.registeredByIdNumber(ids)));
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
      outcome = await repos.volunteerImport.run(plan, {
        existing,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
    });
    // A failed run has already taken back what it wrote (see volunteerImportRepo.run).
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
  const nameCol = columns.indexOf('name');
  const nameOf = (rowNumber: number) =>
    sheet && nameCol >= 0
      ? cellText(sheet.rows[rowNumber - sheet.headerRowNumber - 1]?.[nameCol] ?? null)
      : '';
  const toImport = plan ? plan.counts.new + (existing === 'fill' ? plan.counts.existing : 0) : 0;
  const busy = step === 'running' || step === 'checking';

  const footer =
    step === 'mapping' ? (
      [
        <Button key="back" onClick={() => setStep('file')}>
          重新选择文件
        </Button>,
        <Button
          key="check"
          type="primary"
          disabled={mappingProblems(columns).length > 0}
          onClick={() => void check()}
        >
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
    ) : step === 'running' || step === 'checking' ? null : (
      <Button type={step === 'done' ? 'primary' : 'default'} onClick={onClose}>
        {step === 'done' ? '完成' : '关闭'}
      </Button>
    );

  return (
    <Modal
      open
      width={860}
      title={TITLES[step]}
      closable={!busy}
      keyboard={!busy}
      mask={{ closable: false }}
      footer={footer}
      onCancel={busy ? undefined : onClose}
      destroyOnHidden
    >
      {step === 'file' && <ImportFileStep onRead={(n, s) => void onRead(n, s)} />}
      {step === 'mapping' && sheet && (
        <ImportMappingStep
          headers={sheet.headers}
          sample={sheet.rows[0] ?? []}
          fields={IMPORT_FIELDS}
          labels={IMPORT_FIELD_LABELS}
          problems={mappingProblems(columns)}
          columns={columns}
          onChange={setColumns}
        />
      )}
      {step === 'checking' && <p role="status">正在逐行检查…</p>}
      {step === 'report' && plan && (
        <ImportReportStep plan={plan} nameOf={nameOf} existing={existing} onExistingChange={setExisting} />
      )}
      {step === 'running' && (
        <ImportRunning
          done={progress.done}
          total={progress.total || toImport}
          onCancel={() => abort.current?.abort()}
        />
      )}
      {step === 'done' && result && (
        <ImportSummary result={result} rejected={rejected.length - 1} onDownload={download} />
      )}
    </Modal>
  );
}
