import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './types';

function choosePlatform(): Platform {
  // An Electron build opened without its preload (e.g. a dev page in a plain browser) falls back to
  // the browser implementation instead of crashing on a missing bridge.
  if (__DESK_PLATFORM__ === 'electron' && window.practiceDesk) return electronPlatform(window.practiceDesk);
  return browserPlatform;
}

/** The platform this renderer runs on. Features use only this, never `window.practiceDesk`. */
export const platform: Platform = choosePlatform();

export type { BackupSink, ByteSource, Platform } from './types';
// A file staff picked (any shell) is read the same way as a backup kept by the shell.
export { blobSource } from './browser-backup-files';
