import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useWrite } from '../../app/use-write';

/**
 * A success message with 撤销, as the rest of the app offers after a change: the undo runs as a write
 * of its own and says so when done.
 */
export function useUndoToast() {
  const write = useWrite();
  const { message } = App.useApp();
  return useCallback(
    (key: string, text: string, undo: () => Promise<unknown>, undone: string) => {
      void message.success({
        key,
        duration: 8,
        content: (
          <span>
            {text}{' '}
            <Button
              size="small"
              type="link"
              onClick={() => {
                message.destroy(key);
                void write(undo).then((ok) => ok && message.success(undone));
              }}
            >
              撤销
            </Button>
          </span>
        ),
      });
    },
    [message, write],
  );
}
