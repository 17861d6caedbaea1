import type { Sentinel } from '../backup/sentinel';
import type {
  AppInfo,
  PrinterInfo,
  SaveSnapshotRequest,
  SnapshotInfo,
  PrintJobRequest,
  PrintJobResult,
  SaveFileRequest,
  SaveFileResult,
} from './contract';

/**
 * The preload bridge's shape: one method per IPC channel, nothing generic. The preload object is
 * checked against it with `satisfies`, and the renderer's Electron platform calls it.
 *
 * @example
 * const info = await window.practiceDesk.getAppInfo();
 */
export interface DeskBridge {
  getAppInfo(): Promise<AppInfo>;
  openDataFolder(): Promise<void>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  printJob(request: PrintJobRequest): Promise<PrintJobResult>;
  cancelPrintJob(request: { jobId: string }): Promise<void>;
  listPrinters(): Promise<PrinterInfo[]>;
  /** Keeps an automatic backup and prunes old ones (newest first on listing). */
  saveSnapshot(request: SaveSnapshotRequest): Promise<SnapshotInfo>;
  listSnapshots(): Promise<SnapshotInfo[]>;
  readSnapshot(request: { name: string }): Promise<string>;
  /** The record outside IndexedDB of which database this desk had (see shared/backup/sentinel); null when none. */
  readSentinel(): Promise<Sentinel | null>;
  writeSentinel(request: Sentinel): Promise<void>;
}
