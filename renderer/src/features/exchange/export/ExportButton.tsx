import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import { hasPersonalNumbers } from '@shared/exchange/export-columns';
import { useRepos } from '../../../app/desk-context';
import { reportError } from '../../../db/errors';
import { useIsAdmin } from '../../staff/staff-session';
import { ExportDialog, type ExportState } from './ExportDialog';
import { ExportCancelledError } from './collect-rows';
import { runListExport, type ListExport } from './run-export';

interface Props<T, C, L> {
  spec: ListExport<T, C, L>;
  /** The list's size when the screen knows it already (a counter, not a count() of a whole table). */
  total?: number | undefined;
}

/** 导出 Excel for a list: reads it by keyset pages with progress and 取消, then offers the .xlsx. */
export function ExportButton<T, C, L>({ spec, total }: Props<T, C, L>) {
  const repos = useRepos();
  const isAdmin = useIsAdmin();
  const [state, setState] = useState<ExportState>({ phase: 'closed' });
  const [full, setFull] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const personal = hasPersonalNumbers(spec.columns);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const unmasked = personal && isAdmin && full;
    setState({ phase: 'running', done: 0 });
    try {
      const result = await runListExport(spec, unmasked ? 'full' : 'masked', {
        signal: controller.signal,
        onProgress: (done) => setState({ phase: 'running', done }),
        beforeSave: (rows) =>
          unmasked
            ? repos.exports.logFullExport({ list: spec.list, fileName: `${spec.fileName}.xlsx`, rows })
            : Promise.resolve(),
      });
      setState(result.saved ? { phase: 'done', rows: result.rows, full: unmasked } : { phase: 'cancelled' });
    } catch (error) {
      setState(
        error instanceof ExportCancelledError
          ? { phase: 'cancelled' }
          : { phase: 'failed', message: reportError(error) },
      );
    }
  };

  return (
    <>
      <Button
        icon={<DownloadOutlined aria-hidden />}
        onClick={() => {
          setFull(false);
          setState({ phase: 'choose' });
        }}
      >
        导出 Excel
      </Button>
      <ExportDialog
        list={spec.list}
        total={total}
        state={state}
        personal={personal}
        isAdmin={isAdmin}
        full={full}
        onFull={setFull}
        onStart={() => void start()}
        onCancel={() => abort.current?.abort()}
        onClose={() => setState({ phase: 'closed' })}
      />
    </>
  );
}
