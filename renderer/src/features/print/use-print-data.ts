import { useEffect, useState } from 'react';
import { reportError } from '../../db/errors';

/**
 * Loads what a print kind shows, then tells the print route it is ready; a failed or refused load
 * (throw an Error with a Chinese message) fails the job instead. `key` re-runs the load when it changes.
 */
export function usePrintData<T>(
  load: () => Promise<T>,
  key: string,
  onReady: () => void,
  onError: (message: string) => void,
): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    let active = true;
    load().then(
      (value) => active && setData(value),
      (e: unknown) => active && onError(reportError(e)),
    );
    return () => {
      active = false;
    };
    // `load` is a fresh closure each render; `key` names what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, onError]);
  useEffect(() => {
    if (data) onReady();
  }, [data, onReady]);
  return data;
}
