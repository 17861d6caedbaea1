import type {
  AppInfo,
  PrinterInfo,
  PrintJobRequest,
  PrintJobResult,
  SaveFileRequest,
  SaveFileResult,
} from '@shared/ipc/contract';

/**
 * What features may ask of the machine. Electron implements it through the preload bridge; web mode
 * through browser APIs. Features import `platform` from this folder and never reach further.
 */
export interface Platform {
  getAppInfo(): Promise<AppInfo>;
  /** Opens the folder holding the data; resolves false where that is impossible (web mode). */
  openDataFolder(): Promise<boolean>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Prints a job of the print registry (`#/print/<kind>`), or saves it as PDF. Electron renders it in
   * a hidden window; web mode opens the print route and hands it to the browser's print dialog.
   */
  printJob(request: PrintJobRequest): Promise<PrintJobResult>;
  cancelPrintJob(jobId: string): Promise<void>;
  /** Printers to choose from; empty in web mode (the browser dialog chooses). */
  listPrinters(): Promise<PrinterInfo[]>;
}
