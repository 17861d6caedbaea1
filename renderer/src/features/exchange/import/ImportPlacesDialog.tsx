import { App, Button, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { cellText } from '@shared/exchange/import-cells';
import {
  planKindImport,
  readKindRow,
  type ImportKind,
  type KindPlan,
  type KindReadRow,
} from '@shared/exchange/import-kind';
import { detectColumns, columnProblems, rememberMapping } from '@shared/exchange/import-headers';
import { ROOM_IMPORT, type ImportedRoom } from '@shared/exchange/import-places';
import { ORGANISATION_IMPORT, type ImportedOrganisation } from '@shared/exchange/import-organisations';
import { rejectedRowsSheet } from '@shared/exchange/import-plan';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import type { PlaceImportKind, PlaceImportResult } from '../../../db/repos/place-import';
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

type AnyKind = ImportKind<string, { name: string }>;

/** The import kinds this dialog serves, with the headers its file step names as an example. */
const KINDS: Record<PlaceImportKind, { kind: AnyKind; hint: string }> = {
  rooms: { kind: ROOM_IMPORT, hint: '名称、类型、容纳人数、楼层/位置' },
  organisations: { kind: ORGANISATION_IMPORT, hint: '单位名称、类型、联系人、联系电话' },
};

/**
 * 导入场地 / 导入单位 from .xlsx/.xls/.csv, through the same steps as the volunteer import: file → column
 * mapping (remembered per kind) → per-row report → chunked write with cancel → summary with the rejected
 * rows as a file. Same name = same record, so the same file twice adds nothing.
 */
export function ImportPlacesDialog({ which, onClose }: { which: PlaceImportKind; onClose(): void }) {
  const { kind, hint } = KINDS[which];
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>('file');
  const [fileName, setFileName] = useState('');
  const [sheet, setSheet] = useState<SheetRows | null>(null);
  const [columns, setColumns] = useState<(string | null)[]>([]);
  const [plan, setPlan] = useState<KindPlan<{ name: string }> | null>(null);
  const [existing, setExisting] = useState<'skip' | 'fill'>('skip');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [result, setResult] = useState<PlaceImportResult | { failed: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const onRead = async (name: string, rows: SheetRows) => {
    const remembered = (await repos.settings.get('placeImportMapping'))?.[which] ?? {};
    setFileName(name);
    setSheet(rows);
    setColumns(detectColumns(kind, rows.headers, remembered));
    setStep('mapping');
  };

  const check = async () => {
    if (!sheet) return;
    setStep('checking');
    const saved = (await repos.settings.get('placeImportMapping')) ?? {};
    await write(() =>
      repos.settings.set('placeImportMapping', {
        ...saved,
        [which]: rememberMapping(sheet.headers, columns),
      }),
    );
    try {
      const read = sheet.rows
        .map((cells, i) => readKindRow(kind, cells, columns, sheet.headerRowNumber + 1 + i))
        .filter((r): r is KindReadRow<{ name: string }> => r !== null);
      const names = read.flatMap((r) => (r.values ? [kind.keyOf(r.values)] : []));
      setPlan(planKindImport(kind, read, await repos.placeImport.existingByName(which, names)));
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
    const options = {
      existing,
      signal: controller.signal,
      onProgress: (done: number, total: number) => setProgress({ done, total }),
    };
    let outcome: PlaceImportResult | null = null;
    const written = await write(async () => {
      outcome =
        which === 'rooms'
          ? await repos.placeImport.runRooms(plan as KindPlan<ImportedRoom>, options)
          : await repos.placeImport.runOrganisations(plan as KindPlan<ImportedOrganisation>, options);
    });
    // A failed run has already taken back what it wrote (see placeImportRepo).
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
      // Cells go back as the file had them, so a fix is all it needs before importing again.
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
  const problems = columnProblems(kind, columns);

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
      title={`导入${kind.noun}：${STEP_TITLES[step]}`}
      closable={!busy}
      keyboard={!busy}
      mask={{ closable: false }}
      footer={footer}
      onCancel={busy ? undefined : onClose}
      destroyOnHidden
    >
      {step === 'file' && <ImportFileStep headersHint={hint} onRead={(n, s) => void onRead(n, s)} />}
      {step === 'mapping' && sheet && (
        <ImportMappingStep
          headers={sheet.headers}
          sample={sheet.rows[0] ?? []}
          fields={kind.fields}
          labels={kind.labels}
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
          existingLabel={`已有同名${kind.noun}`}
          existingOutcome="已有同名"
          nameTitle={kind.labels.name ?? '名称'}
        />
      )}
      {step === 'running' && (
        <ImportRunning
          noun={kind.noun}
          done={progress.done}
          total={progress.total || toImport}
          onCancel={() => abort.current?.abort()}
        />
      )}
      {step === 'done' && result && (
        <ImportSummary
          noun={kind.noun}
          measure={kind.measure}
          result={result}
          rejected={rejected.length - 1}
          onDownload={download}
        />
      )}
    </Modal>
  );
}
