import { Alert, Button, Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A read that failed: offline says so and offers 重试; anything else says the link's Chinese message. */
export function TaskLoadError({
  error,
  onRetry,
}: {
  error: { offline: boolean; message: string };
  onRetry: () => void;
}) {
  return (
    <Alert
      type={error.offline ? 'warning' : 'error'}
      showIcon
      title={error.offline ? '连不上中心，稍后重试' : error.message}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}

/** The rows once read, or what stands instead: the read's failure, that it is still reading, or the empty state. */
export function TaskRows<T>({
  rows,
  error,
  onRetry,
  empty,
  children,
}: {
  rows: readonly T[] | undefined;
  error: { offline: boolean; message: string } | null;
  onRetry: () => void;
  /** What to do next when there is nothing yet. */
  empty: string;
  children: (rows: readonly T[]) => ReactNode;
}) {
  if (error) return <TaskLoadError error={error} onRetry={onRetry} />;
  if (!rows) return <Typography.Text type="secondary">正在读取…</Typography.Text>;
  if (rows.length === 0) return <Empty description={empty} />;
  return <>{children(rows)}</>;
}
