import { useSyncExternalStore } from 'react';
import type { StaffRole } from '@shared/model';
import { DEFAULT_IDLE_LOCK_MINUTES, isIdleDue, mayDo, type AdminOnlyAction } from '@shared/staff/policy';

/** Who is at the desk now. */
export interface SignedIn {
  id: string;
  name: string;
  role: StaffRole;
}

interface Saved extends SignedIn {
  lastActivityAt: number;
}

// Per tab, never across a restart: a reload (e.g. after a restore) keeps the person signed in, a new
// window or a restarted app starts locked.
const STORAGE_KEY = 'practice-desk.session';

let current: SignedIn | null = null;
let lastStaffId: string | null = null;
let lastActivityAt = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** The name every write and reveal records: whoever is signed in at that moment. */
export function currentActor(): string {
  return current?.name ?? '系统';
}

/** The staff member signed in, outside React (for the write context). */
export function currentStaff(): SignedIn | null {
  return current;
}

/** Who was last signed in, so the lock screen offers them first. */
export function lastSignedInId(): string | null {
  return lastStaffId;
}

/** Starts a session (after a correct PIN, or a resumed one after a reload). */
export function startSession(staff: SignedIn, now: number): void {
  current = { id: staff.id, name: staff.name, role: staff.role };
  lastStaffId = staff.id;
  saveActivity(now);
  notify();
}

/**
 * A reload in the same window (after a restore, say) keeps the session, unless it was idle too long or
 * the account is gone or disabled (a restore may bring back other staff). `staff` is a fresh read.
 */
export function resumeSavedSession(
  staff: readonly { id: string; name: string; role: StaffRole; active: boolean }[],
  idleLockMinutes: number | undefined,
  now: number,
): void {
  const saved = savedSession();
  const account = saved && staff.find((s) => s.id === saved.id && s.active);
  const stale = saved && isIdleDue(saved.lastActivityAt, now, idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES);
  if (!current && saved && account && !stale) startSession(account, saved.lastActivityAt);
}

/** Ends the session: the lock screen replaces the desk. */
export function endSession(): void {
  current = null;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the session then simply does not survive a reload.
  }
  notify();
}

/** Records input at the desk, kept with the session so a reload still knows how long it was idle. */
export function saveActivity(now: number): void {
  lastActivityAt = now;
  if (!current) return;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...current, lastActivityAt: now }));
  } catch {
    // As above.
  }
}

/** When the desk last saw input from the signed-in staff member (wall clock, epoch ms). */
export function lastActivity(): number {
  return lastActivityAt;
}

/** The session this tab had before a reload, if any; checked against the staff list by the caller. */
export function savedSession(): Saved | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (
      value &&
      typeof value === 'object' &&
      'id' in value &&
      typeof value.id === 'string' &&
      'lastActivityAt' in value &&
      typeof value.lastActivityAt === 'number'
    )
      return value as Saved;
  } catch {
    // Unreadable: start locked.
  }
  return null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The staff member signed in, or null while the desk is locked. */
export function useCurrentStaff(): SignedIn | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Whether the signed-in staff member may take an admin-only action (see ADMIN_ONLY). */
export function useMayDo(action: AdminOnlyAction): boolean {
  const staff = useCurrentStaff();
  return staff !== null && mayDo(staff.role, action);
}

/** Whether a 管理员 is signed in. Gate admin-only controls (restore, exports with full IDs) with it. */
export function useIsAdmin(): boolean {
  return useCurrentStaff()?.role === '管理员';
}
