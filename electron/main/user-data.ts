import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { app } from 'electron';

/** Lets tests and a second profile (e.g. training vs. live desk) use their own data folder. */
export const USER_DATA_ENV = 'PRACTICE_DESK_USER_DATA';

/**
 * Must run before `ready` and before the single-instance lock, which is keyed on the data folder:
 * that is what lets two profiles run side by side. Returns the folder used, or null for the default.
 */
export const applyUserDataOverride = (env: NodeJS.ProcessEnv): string | null => {
  const requested = env[USER_DATA_ENV]?.trim();
  if (!requested) return null;
  const folder = resolve(requested);
  // app.setPath throws for a folder that does not exist yet.
  mkdirSync(folder, { recursive: true });
  app.setPath('userData', folder);
  return folder;
};
