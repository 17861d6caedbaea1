import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useDeskStatus, useDeskSyncService } from '../../app/desk-context';
import { IDLE_STATUS, type SyncStatus } from '../../db/sync/engine-status';
import type { DeskSync, SyncSetup } from '../../db/sync/desk-sync';

const noSubscription = () => () => undefined;
const idle = (): SyncStatus => IDLE_STATUS;

/**
 * The desk's sync service for 设置 → 同步: its live status, the saved setup (re-read after `refresh`),
 * and the service itself (absent outside the app).
 */
export function useDeskSync(): {
  service: DeskSync | undefined;
  status: SyncStatus;
  setup: SyncSetup | undefined;
  refresh: () => void;
} {
  const service = useDeskSyncService();
  const status = useSyncExternalStore(service?.subscribe ?? noSubscription, service?.snapshot ?? idle);
  const [setup, setSetup] = useState<SyncSetup>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!service) return;
    let active = true;
    void service.setup().then((next) => {
      if (active) setSetup(next);
    });
    return () => {
      active = false;
    };
  }, [service, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { service, status, setup, refresh };
}

/**
 * Syncs while a staff member is signed in: placed inside the staff gate, it starts the engine (when a
 * center is set and sync is on) on sign-in and stops it on sign-out or lock. Renders nothing.
 */
export function SyncWhileSignedIn(): null {
  const service = useDeskSyncService();
  const { readOnly } = useDeskStatus();
  useEffect(() => {
    if (!service || readOnly) return;
    void service.connect();
    return () => void service.close();
  }, [service, readOnly]);
  return null;
}
