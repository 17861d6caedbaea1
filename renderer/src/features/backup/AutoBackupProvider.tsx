import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useDeskStatus, useRepos } from '../../app/desk-context';
import { platform } from '../../platform';
import { createAutoBackup, type AutoBackup, type AutoBackupState } from './auto-backup';

const AutoBackupContext = createContext<AutoBackup | null>(null);
const clock = (): number => Date.now();

/** Runs automatic backups while the desk is open (not for a read-only database written by a newer app). */
export function AutoBackupProvider({ children }: { children: ReactNode }) {
  const repos = useRepos();
  const { readOnly } = useDeskStatus();
  const auto = useMemo(() => createAutoBackup({ repos, platform, now: clock }), [repos]);
  useEffect(() => (readOnly ? undefined : auto.start()), [auto, readOnly]);
  return <AutoBackupContext.Provider value={auto}>{children}</AutoBackupContext.Provider>;
}

/** The automatic backups and their state; only inside AutoBackupProvider. */
export function useAutoBackup(): AutoBackup & { state: AutoBackupState } {
  const auto = useContext(AutoBackupContext);
  if (!auto) throw new Error('useAutoBackup must be used inside AutoBackupProvider');
  const state = useSyncExternalStore(auto.subscribe, auto.getState);
  return { ...auto, state };
}
