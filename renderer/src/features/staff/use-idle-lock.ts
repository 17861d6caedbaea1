import { useEffect } from 'react';
import { isIdleDue } from '@shared/staff/policy';
import type { Repos } from '../../db';
import { lockDesk } from './lock-desk';
import { lastActivity, saveActivity } from './staff-session';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Locks the desk after `minutes` without input, measured by the wall clock rather than by counting
 * timer ticks: a PC that slept is checked the moment it wakes (focus, visibilitychange) and locks at
 * once. Input arriving after the deadline locks instead of counting as activity.
 */
export function useIdleLock(repos: Repos, signedIn: boolean, minutes: number): void {
  useEffect(() => {
    if (!signedIn) return undefined;
    const due = () => isIdleDue(lastActivity(), Date.now(), minutes);
    const lock = () => lockDesk(repos, '自动锁定', `${minutes} 分钟无操作`);
    const check = () => {
      if (due()) lock();
    };
    const onInput = () => {
      if (due()) lock();
      else saveActivity(Date.now());
    };
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    check();
    return () => {
      window.clearInterval(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [repos, signedIn, minutes]);
}
