import { readFile } from 'node:fs/promises';
/**
 * Node's file errors are English and name system calls; staff need to know what happened and what to
 * do. `what` says which step failed ("备份写入失败"); the original error stays as `cause` for the log.
 */
export const chineseFsError = (error: unknown, what: string): Error => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  let reason: string;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      reason = '磁盘空间不足，请清理磁盘或换一个备份文件夹';
      break;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      reason = '没有写入权限，请换一个文件夹';
      break;
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
    case 'EIO':
      reason = '文件夹不可用（U盘是否已拔出？）';
      break;
    default:
      reason = '读写文件时出错，请重试';
  }
  return new Error(`${what}：${reason}`, { cause: error });
};

/** A small JSON file's text, or null when it does not exist (any other failure is thrown). */
export async function readTextIfAny(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
