import { App } from 'antd';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { generateDemoData } from '@shared/demo';
import { useDeskStatus, useRepos, READ_ONLY_MESSAGE } from '../../app/desk-context';
import { LoadCancelledError, loadPinyin } from '../../db';
import { DemoLoadDialog, type DemoLoadState } from './DemoLoadDialog';
import { DemoLoaderContext, type DemoLoader } from './demo-loader-context';
import { reportError } from '../../db/errors';

const DEMO_SEED = 2026;

/** Runs demo loads for setup and settings alike, and owns the one progress dialog. */
export function DemoLoaderProvider({ children }: { children: ReactNode }) {
  const repos = useRepos();
  const status = useDeskStatus();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [state, setState] = useState<DemoLoadState>({ phase: 'idle' });
  // The dialog mounts with the first load and stays (its closing animation plays): a closed antd Modal
  // still builds its styles when it renders, which every start of the desk paid for a dialog most
  // starts never open.
  const [dialogMounted, setDialogMounted] = useState(false);
  const abortRef = useRef<AbortController | null>(null);

  const start = useCallback(() => {
    if (status.readOnly) {
      void message.error(READ_ONLY_MESSAGE);
      return;
    }
    if (abortRef.current) return;
    const abort = new AbortController();
    abortRef.current = abort;
    setDialogMounted(true);
    setState({ phase: 'preparing' });
    void (async () => {
      try {
        // Yield once so the dialog paints before the (synchronous) generation runs.
        await new Promise((resolve) => setTimeout(resolve, 30));
        // The volunteers' search keys hold their names' pinyin.
        await loadPinyin();
        // A fixed seed: every desk gets the same people and rooms, which keeps support and training material valid.
        const data = generateDemoData({ now: Date.now(), seed: DEMO_SEED, deskId: status.deskId });
        if (abort.signal.aborted) throw new LoadCancelledError();
        setState({ phase: 'loading', done: 0, total: 1 });
        await repos.demo.load(
          data,
          (done, total) => setState({ phase: 'loading', done, total }),
          abort.signal,
        );
        setState({ phase: 'idle' });
        void message.success('示例数据已载入');
        void navigate('/');
      } catch (error) {
        if (error instanceof LoadCancelledError) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', message: reportError(error) });
      } finally {
        abortRef.current = null;
      }
    })();
  }, [repos, status, message, navigate]);

  const value = useMemo<DemoLoader>(
    () => ({ start, running: state.phase === 'preparing' || state.phase === 'loading' }),
    [start, state.phase],
  );

  return (
    <DemoLoaderContext value={value}>
      {children}
      {dialogMounted && (
        <DemoLoadDialog
          state={state}
          onCancel={() => abortRef.current?.abort()}
          onClose={() => setState({ phase: 'idle' })}
        />
      )}
    </DemoLoaderContext>
  );
}
