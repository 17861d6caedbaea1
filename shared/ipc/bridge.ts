import type { Sentinel } from '../backup/sentinel';
import type {
  AppInfo,
  PrinterInfo,
  SnapshotInfo,
  PrintJobRequest,
  PrintJobResult,
  SaveFileRequest,
  SaveFileResult,
  BackupTarget,
  CommittedBackup,
  BackupFolder,
  DeskKey,
  SyncCredential,
} from './contract';
import type { IpcRequest } from './contract';

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
  /** The automatic backups in the backup folder, newest first (written through openBackupWriter). */
  listSnapshots(): Promise<SnapshotInfo[]>;
  /** The record outside IndexedDB of which database this desk had (see shared/backup/sentinel); null when none. */
  readSentinel(): Promise<Sentinel | null>;
  writeSentinel(request: Sentinel): Promise<void>;
  /**
   * Starts streaming a backup to a temporary file; null when the user cancelled the save dialog. Pieces
   * go in order through writeBackup; commitBackup flushes, fsyncs and renames it into place (then prunes
   * automatic backups); abortBackup deletes the temporary file. Nothing appears under a backup's name
   * until commit.
   */
  openBackupWriter(request: BackupTarget): Promise<{ handle: string } | null>;
  writeBackup(request: IpcRequest<'backup:write'>): Promise<void>;
  commitBackup(request: { handle: string }): Promise<CommittedBackup>;
  abortBackup(request: { handle: string }): Promise<void>;
  /** Opens an automatic backup for reading in pieces (random access, at most BACKUP_IO_MAX_BYTES each). */
  openBackupReader(request: { name: string }): Promise<{ handle: string; size: number }>;
  readBackup(request: { handle: string; offset: number; length: number }): Promise<Uint8Array>;
  closeBackupReader(request: { handle: string }): Promise<void>;
  /**
   * Copies an automatic backup (already verified) to where the user chooses: 备份数据 saves a fresh
   * automatic backup and hands it over this way, so a saved file is always a verified one.
   */
  exportSnapshot(request: { name: string; suggestedName: string }): Promise<SaveFileResult>;
  getBackupFolder(): Promise<BackupFolder>;
  /** Lets staff pick another folder (checked writable); null when they cancelled. */
  chooseBackupFolder(): Promise<BackupFolder | null>;
  resetBackupFolder(): Promise<BackupFolder>;
  /** This desk's backup key, unwrapped for this PC where possible; null when none was ever stored. */
  readDeskKey(): Promise<DeskKey | null>;
  writeDeskKey(request: DeskKey): Promise<void>;
  /** This desk's account at the center; null when none is stored or this PC can no longer open it. */
  readSyncCredential(): Promise<SyncCredential | null>;
  /** Stores the account protected for this PC; null forgets it. */
  writeSyncCredential(request: SyncCredential | null): Promise<void>;
}
