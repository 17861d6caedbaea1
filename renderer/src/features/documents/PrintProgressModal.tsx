import { Alert, Button, Modal, Progress, Typography } from 'antd';

/** Where a batch is: preparing data, allocating numbers, printing, or finished. */
export interface BatchState {
  phase: 'prepare' | 'issue' | 'print' | 'done';
  done: number;
  total: number;
  /** Final report, set in phase 'done'. */
  result?: { type: 'success' | 'warning' | 'error' | 'info'; text: string };
  /** Ids whose print failed: retry, or void with a reason from the register. */
  failedIds?: string[];
  /** Ids handed to the browser's print dialog: 已打印 only once the desk confirms. */
  handedIds?: string[];
}

const PHASE_TEXT: Record<BatchState['phase'], string> = {
  prepare: '正在整理接收人资料',
  issue: '正在分配编号并登记',
  print: '正在排版并打印',
  done: '已完成',
};

/** Progress of a batch with cancel; after the end, what happened and what to do with failures. */
export function PrintProgressModal({
  state,
  onCancel,
  onClose,
  onRetry,
  onConfirmPrinted,
}: {
  state: BatchState | null;
  onCancel(): void;
  onClose(): void;
  onRetry(ids: string[]): void;
  onConfirmPrinted(ids: string[]): void;
}) {
  const running = state !== null && state.phase !== 'done';
  const percent = state && state.total > 0 ? Math.round((state.done / state.total) * 100) : 0;
  return (
    <Modal
      open={state !== null}
      title="开具与打印"
      closable={!running}
      mask={{ closable: false }}
      onCancel={running ? onCancel : onClose}
      footer={
        running ? (
          <Button onClick={onCancel}>取消</Button>
        ) : (
          <>
            {state?.failedIds && state.failedIds.length > 0 && (
              <Button onClick={() => onRetry(state.failedIds ?? [])}>重试打印</Button>
            )}
            {state?.handedIds && state.handedIds.length > 0 && (
              <Button type="primary" onClick={() => onConfirmPrinted(state.handedIds ?? [])}>
                已打印
              </Button>
            )}
            <Button type={state?.handedIds?.length ? 'default' : 'primary'} onClick={onClose}>
              关闭
            </Button>
          </>
        )
      }
    >
      {state && (
        <>
          <Typography.Paragraph>{PHASE_TEXT[state.phase]}</Typography.Paragraph>
          <Progress
            percent={state.phase === 'done' ? 100 : percent}
            status={running ? 'active' : undefined}
            aria-label="进度"
          />
          {running && (
            <Typography.Text type="secondary" className="tabular">
              {state.done} / {state.total}
            </Typography.Text>
          )}
          {state.result && (
            <Alert type={state.result.type} title={state.result.text} showIcon style={{ marginTop: 12 }} />
          )}
        </>
      )}
    </Modal>
  );
}
