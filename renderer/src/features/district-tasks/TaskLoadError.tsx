import { Alert, Button } from 'antd';

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
      message={error.offline ? '连不上中心，稍后重试' : error.message}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
