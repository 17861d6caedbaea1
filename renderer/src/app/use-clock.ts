import { useEffect, useState } from 'react';
import { dateKey, formatTime } from '@shared/time/center-time';

/** Re-reads the clock every `stepMs`; components re-render only when the derived value changes. */
function useClockValue<T extends string>(derive: (now: number) => T, stepMs: number): T {
  const [value, setValue] = useState(() => derive(Date.now()));
  useEffect(() => {
    const timer = setInterval(() => setValue(derive(Date.now())), stepMs);
    return () => clearInterval(timer);
  }, [derive, stepMs]);
  return value;
}

const todayOf = (now: number): string => dateKey(now);
const minuteOf = (now: number): string => formatTime(now);

/** Today's date at the center (`YYYY-MM-DD`), rolling over at midnight China time while the app stays open. */
export function useTodayKey(): string {
  return useClockValue(todayOf, 30_000);
}

/** The center's wall-clock time as `HH:mm`. */
export function useClockTime(): string {
  return useClockValue(minuteOf, 1_000);
}
