import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { ipcContract } from '@shared/ipc/contract';
import type { IpcChannel, IpcRequest, IpcResponse } from '@shared/ipc/contract';
import type { Trust } from './trust';

export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

export const UNTRUSTED_SENDER_MESSAGE = '拒绝：来源不受信任';

/**
 * Checks the frame, not the webContents: an iframe or a page that navigated away shares the
 * webContents but must not reach the machine. A vanished frame (null) is refused too.
 */
export const assertTrustedSender = (event: IpcMainInvokeEvent, trust: Trust): void => {
  const url = event.senderFrame?.url;
  if (!url || !trust.isTrustedUrl(url)) throw new Error(UNTRUSTED_SENDER_MESSAGE);
};

/**
 * The only way main answers the renderer. The payload is untrusted input, so it is parsed with the
 * channel's schema from the shared contract before `fn` ever sees it.
 */
export const handle = <C extends IpcChannel>(channel: C, fn: IpcHandler<C>, trust: Trust): void => {
  const schema: z.ZodType = ipcContract[channel].request;
  ipcMain.handle(channel, async (event, payload: unknown) => {
    assertTrustedSender(event, trust);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw new Error(`请求数据不正确（${channel}）：\n${z.prettifyError(parsed.error)}`);
    }
    return fn(parsed.data as IpcRequest<C>, event);
  });
};
