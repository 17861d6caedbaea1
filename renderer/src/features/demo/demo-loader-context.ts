import { createContext, useContext } from 'react';

export interface DemoLoader {
  /** Generates and loads the demo dataset, with a progress dialog the user can cancel. */
  start(): void;
  /** True while a load is running, so buttons can avoid starting a second one. */
  running: boolean;
}

export const DemoLoaderContext = createContext<DemoLoader | null>(null);

export function useDemoLoader(): DemoLoader {
  const value = useContext(DemoLoaderContext);
  if (!value) throw new Error('useDemoLoader must be used inside <DemoLoaderProvider>');
  return value;
}
