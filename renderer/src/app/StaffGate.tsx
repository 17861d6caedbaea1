import { Flex, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES } from '@shared/staff/policy';
import { useLive } from '../db/live-query';
import { FirstAdminScreen } from '../features/staff/FirstAdminScreen';
import { LockScreen } from '../features/staff/LockScreen';
import { endSession, resumeSavedSession, useCurrentStaff } from '../features/staff/staff-session';
import { useIdleLock } from '../features/staff/use-idle-lock';
import { useRepos, type FirstScreen } from './desk-context';

/**
 * Nothing of the desk renders until a staff member has signed in: the lock screen (or, on a desk
 * without a 管理员, the first-administrator form) takes the place of every screen, so locking
 * unmounts them and leaves no personal data in the page.
 */
export function StaffGate({
  centerName,
  first,
  children,
}: {
  centerName: string;
  /** The boot's read, when the gate is part of the first frame. */
  first?: FirstScreen;
  children: ReactNode;
}) {
  const repos = useRepos();
  const staff = useCurrentStaff();
  const list = useLive(() => repos.staff.list(), [repos], first?.staff);
  const minutes = useLive(
    async () => (await repos.settings.get('idleLockMinutes')) ?? DEFAULT_IDLE_LOCK_MINUTES,
    [repos],
    first && (first.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES),
  );
  // Already done at boot when it read what the first frame needs (see open-desk).
  const [resumed, setResumed] = useState(first !== undefined);

  useEffect(() => {
    if (first) return;
    let active = true;
    void Promise.all([repos.staff.list(), repos.settings.get('idleLockMinutes')]).then(([fresh, idle]) => {
      if (!active) return;
      resumeSavedSession(fresh, idle, Date.now());
      setResumed(true);
    });
    return () => {
      active = false;
    };
  }, [repos, first]);

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
