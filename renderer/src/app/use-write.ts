import { App } from 'antd';
import { useCallback } from 'react';
import { isReadOnlyError } from '../db';
import { READ_ONLY_MESSAGE, useDeskStatus } from './desk-context';
import { reportError } from '../db/errors';

/**
 * Runs a write and turns failures into a message at the desk. In read-only mode the write is not even
 * attempted. Resolves true when the write succeeded, so callers can follow up (close a form, navigate).
 */
export function useWrite(): (write: () => Promise<unknown>) => Promise<boolean> {
  const { readOnly } = useDeskStatus();
  const { message } = App.useApp();
  return useCallback(
    async (write) => {
      if (readOnly) {
        void message.error(READ_ONLY_MESSAGE);
        return false;
      }
      try {
        await write();
        return true;
      } catch (error) {
        if (isReadOnlyError(error)) void message.error(READ_ONLY_MESSAGE);
        else void message.error(`保存失败：${reportError(error)}`);
        return false;
      }
    },
    [readOnly, message],
  );
}
