import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import { platform } from '../platform';

/** Facts about the running app from the platform; undefined until they arrive. */
export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let active = true;
    void platform.getAppInfo().then((result) => {
      if (active) setInfo(result);
    });
    return () => {
      active = false;
    };
  }, []);
  return info;
}
