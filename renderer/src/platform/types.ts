import type { DeskBridge } from '@shared/ipc/bridge';

/**
 * What features may ask of the machine: the bridge's calls (printJob renders `#/print/<kind>` in a
 * hidden window in Electron, and hands the print route to the browser's dialog in web mode), with two
 * shaped for callers. Electron implements it through the preload bridge; web mode through browser APIs.
 * Features import `platform` from this folder and never reach further.
 */
export interface Platform extends Omit<DeskBridge, 'openDataFolder' | 'cancelPrintJob'> {
  /** Opens the folder holding the data; resolves false where that is impossible (web mode). */
  openDataFolder(): Promise<boolean>;
  cancelPrintJob(jobId: string): Promise<void>;
}
