import type { StaffRole } from '../model/admin';

/**
 * Wrong PINs in a row that are forgiven without a wait (a slip of the finger); the next one starts the delay.
 *
 * @example
 * FREE_PIN_ATTEMPTS // => 4
 */
export const FREE_PIN_ATTEMPTS = 4;

/** The first wait, doubled with each further wrong PIN, and the longest wait. */
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

/**
 * How long sign-in waits after `failures` wrong PINs in a row: none for the first four, then 30 s, 60 s,
 * 120 s… up to 15 minutes. Grows so that guessing a 4-digit PIN takes days, not minutes.
 *
 * @example
 * pinDelayMs(4) // => 0
 * pinDelayMs(5) // => 30000
 * pinDelayMs(7) // => 120000
 * pinDelayMs(40) // => 900000
 */
export function pinDelayMs(failures: number): number {
  if (failures <= FREE_PIN_ATTEMPTS) return 0;
  const doublings = failures - FREE_PIN_ATTEMPTS - 1;
  return doublings >= 5 ? MAX_DELAY_MS : Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

/**
 * A wait in the words shown at the PIN field, rounded up to the second.
 *
 * @example
 * formatWait(30_000) // => '30 秒'
 * formatWait(125_000) // => '2 分 5 秒'
 * formatWait(120_000) // => '2 分钟'
 */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} 秒`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} 分钟` : `${minutes} 分 ${rest} 秒`;
}

/**
 * What the lock screen says after a wrong PIN: how many tries are left, or how long to wait.
 *
 * @example
 * wrongPinMessage(2, 0) // => 'PIN 不正确，再错 3 次需要等待后才能重试'
 * wrongPinMessage(5, 30_000) // => 'PIN 已连续输错 5 次，请等待 30 秒后再试'
 */
export function wrongPinMessage(failures: number, waitMs: number): string {
  if (waitMs > 0) return `PIN 已连续输错 ${failures} 次，请等待 ${formatWait(waitMs)}后再试`;
  const left = FREE_PIN_ATTEMPTS + 1 - failures;
  return `PIN 不正确，再错 ${left} 次需要等待后才能重试`;
}

/** Default minutes without input before the desk locks itself. */
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
/** The range an administrator may choose for the idle lock. */
export const IDLE_LOCK_RANGE = { min: 1, max: 120 } as const;

/**
 * Whether the desk has been idle long enough to lock, by wall-clock time: a PC that slept for an hour
 * is past due the moment it wakes, whatever timers did meanwhile. A clock set back never locks early.
 *
 * @example
 * isIdleDue(0, 10 * 60_000, 10) // => true
 * isIdleDue(0, 9 * 60_000, 10) // => false
 */
export function isIdleDue(lastActivityAt: number, now: number, minutes: number): boolean {
  return now - lastActivityAt >= minutes * 60_000;
}

/** What only a 管理员 may do, in the words of the reason a 前台 sees. */
export const ADMIN_ONLY = {
  revealIdNumber: '查看完整证件号码',
  exportFullIds: '导出含完整证件号码的数据',
  callListPhones: '查看和打印通话名单中的完整手机号',
  restore: '恢复备份',
  settings: '修改设置',
  staff: '管理工作人员和权限',
  syncConflicts: '解决同步冲突',
} as const;
export type AdminOnlyAction = keyof typeof ADMIN_ONLY;

/**
 * Whether a role may take an action. 前台 does the daily work; the actions in ADMIN_ONLY are the
 * 管理员's alone.
 *
 * @example
 * mayDo('前台', 'restore') // => false
 * mayDo('管理员', 'restore') // => true
 */
export function mayDo(role: StaffRole, action: AdminOnlyAction): boolean {
  return role === '管理员' || !(action in ADMIN_ONLY);
}

/**
 * The reason shown beside a control a 前台 cannot use.
 *
 * @example
 * adminOnlyReason('restore') // => '仅管理员可以恢复备份'
 */
export function adminOnlyReason(action: AdminOnlyAction): string {
  return `仅管理员可以${ADMIN_ONLY[action]}`;
}

/**
 * Whether disabling this staff member would leave the desk without an active 管理员 (nobody could then
 * change settings or add staff): refused.
 *
 * @example
 * isLastActiveAdmin([{ id: 'a', role: '管理员', active: true }, { id: 'b', role: '前台', active: true }], 'a') // => true
 */
export function isLastActiveAdmin(
  staff: readonly { id: string; role: StaffRole; active: boolean }[],
  id: string,
): boolean {
  const admins = staff.filter((s) => s.role === '管理员' && s.active);
  return admins.length === 1 && admins[0]?.id === id;
}
