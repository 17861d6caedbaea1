import type { AppInfo, SaveFileRequest, SaveFileResult } from '@shared/ipc/contract';

/**
 * What features may ask of the machine. Electron implements it through the preload bridge; web mode
 * through browser APIs. Features import `platform` from this folder and never reach further.
 */
export interface Platform {
  getAppInfo(): Promise<AppInfo>;
  /** Opens the folder holding the data; resolves false where that is impossible (web mode). */
  openDataFolder(): Promise<boolean>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
}
