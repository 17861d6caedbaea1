import { Button, Modal, Progress, Result, Typography } from 'antd';

export type DemoLoadState =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'loading'; done: number; total: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

interface Props {
  state: DemoLoadState;
  onCancel: () => void;
  onClose: () => void;
}

/** Progress of a demo load. It cannot be dismissed mid-way: cancel is the one way out, and it is clean. */
export function DemoLoadDialog({ state, onCancel, onClose }: Props) {
  const running = state.phase === 'preparing' || state.phase === 'loading';
  const percent =
    state.phase === 'loading' && state.total > 0 ? Math.floor((state.done / state.total) * 100) : 0;

  const footer = running ? (
    <Button onClick={onCancel}>取消</Button>
  ) : (
    <Button type="primary" onClick={onClose}>
      知道了
    </Button>
  );

  return (
    <Modal
      open={state.phase !== 'idle'}
      title="载入示例数据"
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      footer={footer}
      onCancel={running ? onCancel : onClose}
    >
      {running && (
        <div role="status" aria-live="polite">
          <Typography.Paragraph>
            {state.phase === 'preparing'
              ? '正在生成示例数据…'
              : `正在写入示例数据：${state.done.toLocaleString('zh-CN')} / ${state.total.toLocaleString('zh-CN')} 条`}
          </Typography.Paragraph>
          <Progress percent={percent} status="active" aria-label="载入进度" />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            全部写入成功才会保存；中途取消不会留下任何数据。
          </Typography.Paragraph>
        </div>
      )}
      {state.phase === 'cancelled' && (
        <Result
          status="info"
          title="已取消载入"
          subTitle="没有写入任何示例数据，可以稍后在“设置”中重新载入。"
        />
      )}
      {state.phase === 'failed' && (
        <Result
          status="warning"
          title="示例数据未能载入"
          subTitle={`没有写入任何示例数据。原因：${state.message}`}
        />
      )}
    </Modal>
  );
}
