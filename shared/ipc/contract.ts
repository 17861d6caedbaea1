import { z } from 'zod';

/** Facts about the running app that the renderer may show. */
export const appInfoSchema = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'web']),
  /** Folder holding the database and backups; null in web mode (the browser profile holds it). */
  dataDir: z.string().nullable(),
  isPackaged: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

/** Save a file the renderer produced (export, PDF) where the user chooses. */
export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine(
      (name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 32),
      '文件名含有不允许的字符',
    ),
  content: z.union([z.string().max(50_000_000), z.instanceof(Uint8Array)]),
  filters: z.array(fileFilterSchema).max(10),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.object({
  saved: z.boolean(),
  path: z.string().nullable(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

const noPayload = z.undefined();

/**
 * Every IPC channel, declared once: main validates requests against these schemas, the preload exposes
 * exactly these calls, and the renderer's platform interface mirrors them.
 *
 * @example
 * type Req = z.infer<(typeof ipcContract)['file:save']['request']>;
 */
export const ipcContract = {
  'app:get-info': { request: noPayload, response: appInfoSchema },
  'app:open-data-folder': { request: noPayload, response: z.void() },
  'file:save': { request: saveFileRequestSchema, response: saveFileResultSchema },
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['response']>;

/** The fixed production origin. Never change it: IndexedDB data is keyed by origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Name of the object the preload exposes on `window`. */
export const BRIDGE_NAME = 'practiceDesk';
