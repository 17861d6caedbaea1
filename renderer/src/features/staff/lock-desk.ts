import type { Repos } from '../../db';
import type { SessionEvent } from '../../db/repos/staff';
import { currentStaff, endSession } from './staff-session';

/**
 * Locks the desk at once (the lock screen replaces every screen) and logs it under the staff member
 * who was signed in. The log entry is written after the screens are gone: a failed write must not
 * keep personal data on screen.
 */
export function lockDesk(repos: Repos, event: Exclude<SessionEvent, '登录'>, reason?: string): void {
  const staff = currentStaff();
  if (!staff) return;
  endSession();
  void repos.staff.recordSession(staff, event, reason).catch(() => undefined);
}
