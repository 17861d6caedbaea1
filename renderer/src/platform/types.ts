import type { DeskBridge } from '@shared/ipc/bridge';
import type { BackupTarget, CommittedBackup } from '@shared/ipc/contract';

/** A backup being written: pieces in order, then commit (durable, atomic) or abort (nothing left). */
export interface BackupSink {
  write(bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  commit(): Promise<CommittedBackup>;
  abort(): Promise<void>;
}

/** A backup being read, a piece at a time from any offset. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** The raw streaming and key calls of the bridge; features use the shaped calls below instead. */
type RawBackupCalls =
  | 'openBackupWriter'
  | 'writeBackup'
  | 'commitBackup'
  | 'abortBackup'
  | 'openBackupReader'
  | 'readBackup'
  | 'closeBackupReader';

/**
 * What features may ask of the machine: the bridge's calls (printJob renders `#/print/<kind>` in a
 * hidden window in Electron, and hands the print route to the browser's dialog in web mode), with some
 * shaped for callers. Electron implements it through the preload bridge; web mode through browser APIs.
 * Features import `platform` from this folder and never reach further.
 */
export interface Platform extends Omit<DeskBridge, 'openDataFolder' | 'cancelPrintJob' | RawBackupCalls> {
  /** Opens the folder holding the data; resolves false where that is impossible (web mode). */
  openDataFolder(): Promise<boolean>;
  cancelPrintJob(jobId: string): Promise<void>;
  /** Starts a backup file; null when the user cancelled the save dialog. */
  openBackupWriter(target: BackupTarget): Promise<BackupSink | null>;
  /** Opens an automatic backup by name for reading in pieces. */
  openSnapshot(name: string): Promise<ByteSource>;
  /**
   * Asks the browser not to evict the data under storage pressure. 'granted' or 'refused' in web mode;
   * 'not-needed' in the app, whose profile is never evicted.
   */
  requestPersistentStorage(): Promise<'granted' | 'refused' | 'not-needed'>;
}
