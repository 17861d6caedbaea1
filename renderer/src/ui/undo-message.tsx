import { Button, type App } from 'antd';
import type { ReactNode } from 'react';

type MessageApi = ReturnType<typeof App.useApp>['message'];

/**
 * The success toast after a delete: what was done and a 撤销 button that closes the toast and undoes it.
 * It stays 8 seconds, long enough to read and reach the button by keyboard.
 */
export function undoMessage(message: MessageApi, key: string, text: ReactNode, undo: () => void): void {
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
            undo();
          }}
        >
          撤销
        </Button>
      </span>
    ),
  });
}
