import { z } from 'zod';
import { sentinelSchema } from '../backup/sentinel';
import { snapshotTime } from '../backup/snapshots';

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

const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 32),
    '文件名含有不允许的字符',
  );

/** Save a file the renderer produced (export, PDF) where the user chooses. */
export const saveFileRequestSchema = z.object({
  suggestedName: fileNameSchema,
  content: z.union([z.string().max(50_000_000), z.instanceof(Uint8Array)]),
  filters: z.array(fileFilterSchema).max(10),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.object({
  saved: z.boolean(),
  path: z.string().nullable(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

/**
 * One print job. It carries ids and options, never document content: the print route reads the
 * frozen content from the register itself, so a compromised page cannot forge what gets printed.
 *
 * @example
 * printJobRequestSchema.parse({ jobId: 'j1', kind: 'documents', params: { ids: 'a,b' }, mode: 'pdf',
 *   printer: null, copies: 1, pageSizeMm: { widthMm: 297, heightMm: 210 }, suggestedName: '荣誉证书.pdf' });
 */
export const printJobRequestSchema = z.object({
  jobId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  /** A print kind registered in the renderer's print registry. */
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
  params: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,30}$/), z.string().max(200_000)),
  mode: z.enum(['print', 'pdf']),
  /** Printer name from listPrinters; null shows the system print dialog. */
  printer: z.string().min(1).max(300).nullable(),
  copies: z.number().int().min(1).max(99),
  pageSizeMm: z.object({
    widthMm: z.number().min(20).max(2000),
    heightMm: z.number().min(20).max(2000),
  }),
  suggestedName: fileNameSchema,
});
export type PrintJobRequest = z.infer<typeof printJobRequestSchema>;

/**
 * How a print job ended. `handedToBrowser`: web mode gave the page to the browser's print dialog and
 * cannot know what the user did there.
 *
 * @example
 * const ok: PrintJobResult = { status: 'done', error: null, path: '/home/desk/荣誉证书.pdf', handedToBrowser: false };
 */
export const printJobResultSchema = z.object({
  status: z.enum(['done', 'cancelled', 'failed']),
  error: z.string().nullable(),
  path: z.string().nullable(),
  handedToBrowser: z.boolean(),
});
export type PrintJobResult = z.infer<typeof printJobResultSchema>;

/**
 * A printer the system offers.
 *
 * @example
 * const p: PrinterInfo = { name: 'HP_LaserJet', displayName: 'HP LaserJet', isDefault: true };
 */
export const printerInfoSchema = z.object({
  name: z.string(),
  displayName: z.string(),
  isDefault: z.boolean(),
});
export type PrinterInfo = z.infer<typeof printerInfoSchema>;

/** An automatic backup's file name (see shared/backup/snapshots): nothing else can be read or written. */
export const snapshotNameSchema = z
  .string()
  .max(64)
  .refine((name) => snapshotTime(name) !== null, '不是自动备份文件');

/**
 * An automatic backup kept by the desk in its own backups folder.
 *
 * @example
 * const s: SnapshotInfo = { name: '自动备份-20261122-145005.json', at: 1763794205000, bytes: 18_204_311 };
 */
export const snapshotInfoSchema = z.object({
  name: snapshotNameSchema,
  at: z.number(),
  bytes: z.number().int().min(0),
});
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>;

const handleSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/**
 * The most bytes of a backup that cross IPC in one call. Backups stream through in pieces of at most
 * this size, so neither process ever holds a whole backup (a center's photos alone exceed any string).
 */
export const BACKUP_IO_MAX_BYTES = 16 * 1024 * 1024;

const backupBytesSchema = z
  .instanceof(Uint8Array)
  .refine((b) => b.length <= BACKUP_IO_MAX_BYTES, '一次写入的数据过大');

/**
 * Where a streamed backup goes: an automatic backup taken at `at` (into the backup folder, pruned by the
 * rotation after commit), or a file the user picks in a save dialog.
 *
 * @example
 * backupTargetSchema.parse({ kind: 'snapshot', at: 1795330205000 });
 * backupTargetSchema.parse({ kind: 'chosen', suggestedName: '文明实践前台备份-20261122-1450.pdbak' });
 */
export const backupTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), at: z.number().int().positive() }),
  z.object({ kind: z.literal('chosen'), suggestedName: fileNameSchema }),
]);
export type BackupTarget = z.infer<typeof backupTargetSchema>;

/**
 * A backup written and made durable (temp file, flush, fsync, rename). `name` is the file name; `path`
 * the full path where the shell knows it (null in web mode).
 *
 * @example
 * const done: CommittedBackup = { name: '自动备份-20261122-145005.pdbak', path: '/data/backups/…', bytes: 20_480 };
 */
export const committedBackupSchema = z.object({
  name: z.string().max(300),
  path: z.string().nullable(),
  bytes: z.number().int().min(0),
});
export type CommittedBackup = z.infer<typeof committedBackupSchema>;

/**
 * The folder automatic backups go to. `isDefault`: the one beside the database; otherwise chosen by
 * staff (a second disk, a USB drive). `problem`: why it cannot be written now (drive removed), in Chinese.
 *
 * @example
 * const f: BackupFolder = { path: 'E:\\前台备份', isDefault: false, problem: null };
 */
export const backupFolderSchema = z.object({
  path: z.string().nullable(),
  isDefault: z.boolean(),
  problem: z.string().nullable(),
});
export type BackupFolder = z.infer<typeof backupFolderSchema>;

/**
 * The desk backup key wrapped by a recovery key (PBKDF2-SHA-256 → AES-KW), base64 fields. Also written
 * into every backup's header, so a backup opens on a new PC with the recovery sheet.
 *
 * @example
 * const w: RecoveryWrap = { salt: 'q1…', iterations: 600000, wrappedKey: 'Zk…', createdAt: 1795330205000 };
 */
export const recoveryWrapSchema = z.object({
  salt: z.string().regex(/^[A-Za-z0-9+/=]{16,64}$/),
  iterations: z.number().int().min(100_000).max(10_000_000),
  wrappedKey: z.string().regex(/^[A-Za-z0-9+/=]{40,80}$/),
  createdAt: z.number(),
});
export type RecoveryWrap = z.infer<typeof recoveryWrapSchema>;

/**
 * This desk's backup key as the shell keeps it, protected for this PC (Electron: safeStorage; web mode:
 * a non-extractable key in the profile). On reading, `rawKey` is null when this PC can no longer unwrap
 * it (another user account, a reinstalled system): the recovery key is needed then.
 *
 * @example
 * const k: DeskKey = { keyId: 'k-3f2a', rawKey: new Uint8Array(32), recovery: null };
 */
export const deskKeySchema = z.object({
  keyId: handleSchema,
  rawKey: z
    .instanceof(Uint8Array)
    .refine((b) => b.length === 32, '密钥长度不对')
    .nullable(),
  recovery: recoveryWrapSchema.nullable(),
});
export type DeskKey = z.infer<typeof deskKeySchema>;

/**
 * This desk's account at the center's CouchDB (issue 15): the user name in the clear, the password only
 * ever protected for this PC (Electron: safeStorage; web mode: a non-extractable key in the profile).
 *
 * @example
 * const c: SyncCredential = { username: 'gulou-qianta', password: '••••••••' };
 */
export const syncCredentialSchema = z.object({
  username: z
    .string()
    .regex(/^[a-z][a-z0-9_$()+/-]{0,63}$/, '用户名只能用小写字母、数字和 _$()+-/，并以字母开头'),
  password: z.string().min(1, '请输入密码').max(256, '密码太长'),
});
export type SyncCredential = z.infer<typeof syncCredentialSchema>;

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
  'print:job': { request: printJobRequestSchema, response: printJobResultSchema },
  'print:cancel': {
    request: z.object({ jobId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }),
    response: z.void(),
  },
  'print:list-printers': { request: noPayload, response: z.array(printerInfoSchema) },
  'backup:list-snapshots': { request: noPayload, response: z.array(snapshotInfoSchema) },
  'backup:open-writer': {
    request: backupTargetSchema,
    response: z.object({ handle: handleSchema }).nullable(),
  },
  'backup:write': {
    request: z.object({ handle: handleSchema, bytes: backupBytesSchema }),
    response: z.void(),
  },
  'backup:commit': { request: z.object({ handle: handleSchema }), response: committedBackupSchema },
  'backup:abort': { request: z.object({ handle: handleSchema }), response: z.void() },
  'backup:open-reader': {
    request: z.object({ name: snapshotNameSchema }),
    response: z.object({ handle: handleSchema, size: z.number().int().min(0) }),
  },
  'backup:read': {
    request: z.object({
      handle: handleSchema,
      offset: z.number().int().min(0),
      length: z.number().int().min(1).max(BACKUP_IO_MAX_BYTES),
    }),
    response: z.instanceof(Uint8Array),
  },
  'backup:close-reader': { request: z.object({ handle: handleSchema }), response: z.void() },
  'backup:export-snapshot': {
    request: z.object({ name: snapshotNameSchema, suggestedName: fileNameSchema }),
    response: saveFileResultSchema,
  },
  'backup:get-folder': { request: noPayload, response: backupFolderSchema },
  'backup:choose-folder': { request: noPayload, response: backupFolderSchema.nullable() },
  'backup:reset-folder': { request: noPayload, response: backupFolderSchema },
  'key:read': { request: noPayload, response: deskKeySchema.nullable() },
  'key:write': {
    request: deskKeySchema.refine((k) => k.rawKey !== null, '缺少密钥'),
    response: z.void(),
  },
  'sync:read-credential': { request: noPayload, response: syncCredentialSchema.nullable() },
  // null forgets the stored account (the center was removed from 设置 → 同步).
  'sync:write-credential': { request: syncCredentialSchema.nullable(), response: z.void() },
  'desk:read-sentinel': { request: noPayload, response: sentinelSchema.nullable() },
  'desk:write-sentinel': { request: sentinelSchema, response: z.void() },
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
