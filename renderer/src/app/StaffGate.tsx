import { Flex, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES, isIdleDue } from '@shared/staff/policy';
import { useLive } from '../db/live-query';
import { FirstAdminScreen } from '../features/staff/FirstAdminScreen';
import { LockScreen } from '../features/staff/LockScreen';
import {
  currentStaff,
  endSession,
  savedSession,
  startSession,
  useCurrentStaff,
} from '../features/staff/staff-session';
import { useIdleLock } from '../features/staff/use-idle-lock';
import { useRepos } from './desk-context';

/**
 * Nothing of the desk renders until a staff member has signed in: the lock screen (or, on a desk
 * without a 管理员, the first-administrator form) takes the place of every screen, so locking
 * unmounts them and leaves no personal data in the page.
 */
export function StaffGate({ centerName, children }: { centerName: string; children: ReactNode }) {
  const repos = useRepos();
  const staff = useCurrentStaff();
  const list = useLive(() => repos.staff.list(), [repos]);
  const minutes = useLive(
    async () => (await repos.settings.get('idleLockMinutes')) ?? DEFAULT_IDLE_LOCK_MINUTES,
    [repos],
  );
  const [resumed, setResumed] = useState(false);

  // A reload in the same window (after a restore, say) keeps the session, unless it was idle too long
  // or the account is gone or disabled (a restore may bring back other staff).
  useEffect(() => {
    let active = true;
    void Promise.all([repos.staff.list(), repos.settings.get('idleLockMinutes')]).then(([fresh, idle]) => {
      if (!active) return;
      const saved = savedSession();
      const account = saved && fresh.find((s) => s.id === saved.id && s.active);
      const stale = saved && isIdleDue(saved.lastActivityAt, Date.now(), idle ?? DEFAULT_IDLE_LOCK_MINUTES);
      if (!currentStaff() && saved && account && !stale) startSession(account, saved.lastActivityAt);
      setResumed(true);
    });
    return () => {
      active = false;
    };
  }, [repos]);

  // Disabled while signed in (by another 管理员, or by a restore): signed out at once. Checked against
  // a fresh read: the live list may not yet hold an account created a moment ago.
  useEffect(() => {
    if (!staff || !list || list.some((s) => s.id === staff.id && s.active)) return;
    void repos.staff.list().then((fresh) => {
      if (!fresh.some((s) => s.id === staff.id && s.active)) endSession();
    });
  }, [repos, staff, list]);

  useIdleLock(repos, staff !== null, minutes ?? DEFAULT_IDLE_LOCK_MINUTES);

  if (!resumed || list === undefined) {
    return (
      <Flex align="center" justify="center" style={{ height: '100%' }}>
        <Spin />
      </Flex>
    );
  }
  if (!list.some((s) => s.active && s.role === '管理员')) return <FirstAdminScreen centerName={centerName} />;
  if (!staff) return <LockScreen centerName={centerName} staff={list} />;
  return children;
}
