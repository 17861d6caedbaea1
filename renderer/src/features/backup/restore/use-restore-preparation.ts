import { useCallback, useRef, useState } from 'react';
import type { ChainReport } from '@shared/audit/chain';
import type { StreamHeader } from '@shared/backup/stream-format';
import type { ChainedEntry } from '../../../db/repos/audit-query';
import { reportError } from '../../../db/errors';
import { platform } from '../../../platform';
import { keyNeedFor } from '../backup-files';
import { openWithRecoveryKey } from '../format/desk-key';
import { BackupDamagedError, verifyBackup, type OpenedBackup } from '../format/stream-reader';

/** A backup checked and ready to restore once staff confirm. */
export interface PreparedRestore {
  opened: OpenedBackup;
  key: CryptoKey | null;
  chain: ChainReport<ChainedEntry>;
  /** The recovery key staff typed to open it, when one was needed (recovery mode keeps it for the desk). */
  recoveryKey: string | null;
}

export type PreparationState =
  | { phase: 'idle' }
  | { phase: 'key'; header: StreamHeader; error: string | null; checking: boolean }
  | { phase: 'verifying'; done: number; total: number }
  | { phase: 'confirm'; prepared: PreparedRestore }
  | { phase: 'failed'; message: string };

class Cancelled extends Error {}

/**
 * The steps before a restore: the recovery key when the backup needs one, a full read of the file
 * (every frame decrypts, counts and checksum match, the audit chain checked), then the confirmation.
 * Nothing is written until `confirm` is called from the last step.
 */
export function useRestorePreparation() {
  const [state, setState] = useState<PreparationState>({ phase: 'idle' });
  const pending = useRef<{ opened: OpenedBackup; abort: AbortController } | null>(null);

  const verify = useCallback(
    async (opened: OpenedBackup, key: CryptoKey | null, recoveryKey: string | null) => {
      const abort = new AbortController();
      pending.current = { opened, abort };
      setState({ phase: 'verifying', done: 0, total: 1 });
      try {
        const { chain } = await verifyBackup(
          opened,
          key,
          (done, total) => setState({ phase: 'verifying', done, total }),
          abort.signal,
        );
        if (abort.signal.aborted) throw new Cancelled();
        setState({ phase: 'confirm', prepared: { opened, key, chain, recoveryKey } });
      } catch (error) {
        if (abort.signal.aborted) setState({ phase: 'idle' });
        else
          setState({
            phase: 'failed',
            message: error instanceof BackupDamagedError ? error.message : reportError(error),
          });
      }
    },
    [],
  );

  /** Starts with an opened backup (a chosen file, an automatic backup). */
  const start = useCallback(
    async (opened: OpenedBackup) => {
      const need = await keyNeedFor(opened, platform).catch((error: unknown) => ({
        kind: 'unavailable' as const,
        message: reportError(error),
      }));
      if (need.kind === 'unavailable') {
        setState({ phase: 'failed', message: need.message });
        return;
      }
      if (need.kind === 'recovery-key') {
        pending.current = { opened, abort: new AbortController() };
        setState({ phase: 'key', header: need.header, error: null, checking: false });
        return;
      }
      await verify(opened, need.key, null);
    },
    [verify],
  );

  /** Tries a typed recovery key; a wrong one stays in the field with the reason under it. */
  const submitRecoveryKey = useCallback(
    async (typed: string) => {
      const current = pending.current;
      if (!current || current.opened.kind !== 'stream' || !current.opened.header.encryption.recovery) return;
      const { header } = current.opened;
      const wrap = current.opened.header.encryption.recovery;
      setState({ phase: 'key', header, error: null, checking: true });
      const result = await openWithRecoveryKey(wrap, typed);
      if (!result.ok) {
        setState({ phase: 'key', header, error: result.message, checking: false });
        return;
      }
      await verify(current.opened, result.key, typed);
    },
    [verify],
  );

  const cancel = useCallback(() => {
    pending.current?.abort.abort();
    pending.current = null;
    setState({ phase: 'idle' });
  }, []);

  return {
    state,
    start,
    submitRecoveryKey,
    cancel,
    fail: (message: string) => setState({ phase: 'failed', message }),
  };
}

export type RestorePreparation = ReturnType<typeof useRestorePreparation>;
