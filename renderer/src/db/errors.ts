/** Thrown by every write while the database is read-only (it was written by a newer app). */
export class ReadOnlyDatabaseError extends Error {
  constructor() {
    super('数据库由更新版本的文明实践前台写入，当前版本只能查看，不能修改。请升级本程序。');
    this.name = 'ReadOnlyDatabaseError';
  }
}

/** Plain Chinese for storage failures, by the error's name (DOMException, Dexie, or our own). */
const STORAGE_MESSAGES: Readonly<Record<string, string>> = {
  QuotaExceededError:
    '电脑磁盘空间不足，这次操作没有完成（已保存的数据不受影响）。请清理磁盘、删除不用的文件后再试。',
  DatabaseClosedError: '数据库连接已关闭，这次修改没有保存。请点“重新加载此页面”或重新启动程序后再试。',
  OpenFailedError: '数据库没有能打开，这次操作没有完成。请关闭其他文明实践前台窗口，重新启动程序后再试。',
  VersionError: '数据库由更新版本的文明实践前台写入。请升级本程序后再操作。',
  ReadOnlyError: '数据库现在只能查看，不能修改，这次修改没有保存。',
  ConstraintError: '这条记录与已有记录冲突（例如编号重复），没有保存。请刷新后检查再试。',
  AbortError: '保存被中断，这次修改没有保存，已有数据保持原样。请再试一次。',
  TransactionInactiveError: '保存被中断，这次修改没有保存，已有数据保持原样。请再试一次。',
  PrematureCommitError: '保存被中断，这次修改没有保存，已有数据保持原样。请再试一次。',
  TimeoutError: '数据库响应超时，这次操作没有完成。请稍候再试；仍不行请重新启动程序。',
  InvalidStateError: '数据库暂时不可用，这次操作没有完成。请点“重新加载此页面”后再试。',
  UnknownError:
    '读写数据库时出错，这次操作没有完成。请重新启动程序后再试；仍不行请联系管理员，并检查磁盘是否已满或损坏。',
  DataError: '有数据格式不正确，没有保存。请检查填写的内容后再试。',
  DataCloneError: '有数据无法保存（例如照片格式不受支持），没有保存。请更换后再试。',
  NotFoundError: '要找的记录或文件不存在，可能已被删除。请刷新后再试。',
  MissingAPIError: '当前浏览器不支持本地数据库，请使用桌面版或最新的 Chromium 浏览器。',
  NotAllowedError: '没有获得所需的权限，操作没有完成。请允许后再试。',
  SecurityError: '没有获得所需的权限，操作没有完成。请允许后再试。',
};

/** Operating-system error codes that reach us inside a message (Electron file access). */
const FILE_MESSAGES: readonly [RegExp, string][] = [
  [/\bENOSPC\b/, '磁盘空间不足，文件没有写完（已有数据不受影响）。请清理磁盘或换一个位置后再试。'],
  [/\b(EACCES|EPERM|EROFS)\b/, '没有权限写入该位置，操作没有完成。请换一个文件夹，或检查 U 盘是否写保护。'],
  [/\bENOENT\b/, '找不到该文件或文件夹，可能已被移动或删除。请检查后再试。'],
  [/\bEBUSY\b/, '文件正被其他程序占用，操作没有完成。请关闭占用它的程序后再试。'],
];

const GENERIC_MESSAGE = '操作没有完成，出现了意外错误，已有数据保持原样。请再试一次；仍不行请重新启动程序。';

/** Our own messages are written in Chinese for the desk; engine messages are English. */
const HAN = /\p{Script=Han}/u;

function nameOf(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error && typeof error.name === 'string'
    ? error.name
    : '';
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string')
    return error.message;
  return typeof error === 'string' ? error : '';
}

/** The innermost cause Dexie wrapped (an AbortError often carries the QuotaExceededError). */
function innerOf(error: unknown): unknown {
  return error && typeof error === 'object' && 'inner' in error && error.inner ? error.inner : null;
}

/**
 * What the desk says about a failure, in plain Chinese: what happened and what to do. Storage and
 * Dexie errors are named by kind; the app's own (Chinese) messages are kept; anything else gets a
 * generic message, never the raw English text.
 *
 * @example
 * describeError(new DOMException('…', 'QuotaExceededError')) // => '电脑磁盘空间不足，…'
 * describeError(new Error('补录须填写原因')) // => '补录须填写原因'
 */
export function describeError(error: unknown): string {
  const inner = innerOf(error);
  if (inner && inner !== error) {
    const fromInner = describeKnown(inner);
    if (fromInner) return fromInner;
  }
  return describeKnown(error) ?? GENERIC_MESSAGE;
}

function describeKnown(error: unknown): string | null {
  if (error instanceof ReadOnlyDatabaseError) return error.message;
  const name = nameOf(error);
  const message = messageOf(error);
  // BulkError lists the failures of a bulk write; its first failure tells what went wrong.
  if (name === 'BulkError' && error && typeof error === 'object' && 'failures' in error) {
    const first = (error.failures as unknown[] | undefined)?.[0];
    if (first) return describeKnown(first);
  }
  const known = STORAGE_MESSAGES[name];
  if (known) return known;
  for (const [pattern, text] of FILE_MESSAGES) if (pattern.test(message)) return text;
  if (error instanceof RangeError && /string length|allocation/i.test(message))
    return '数据量太大，程序一次处理不了，操作没有完成，已有数据保持原样。请联系管理员。';
  if (HAN.test(message)) return message;
  return null;
}

/**
 * {@link describeError}; when the error is of no known kind (the generic message, or the engine's own
 * UnknownError), the raw error also goes to the console (the log), so the cause is not lost. Known
 * kinds are explained on screen and not logged again.
 *
 * @example
 * message.error(`保存失败：${reportError(error)}`)
 */
export function reportError(error: unknown): string {
  const text = describeError(error);
  if (text === GENERIC_MESSAGE || text === STORAGE_MESSAGES['UnknownError']) console.error(error);
  return text;
}
