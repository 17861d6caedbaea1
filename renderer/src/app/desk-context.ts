import { createContext, useContext, useState } from 'react';
import type { SettingValues } from '@shared/model';
import type { Repos } from '../db';
import type { DeskSync } from '../db/sync/desk-sync';

/** How the database was opened: fully writable, or read-only because a newer app wrote it. */
export type DeskStatus =
  | { readOnly: false; deskId: string }
  | { readOnly: true; deskId: string; foundVersion: number; supportedVersion: number };

/** What the first frame needs, read at boot so the shell renders once with it (see open-desk). */
export interface FirstScreen {
  profile: SettingValues['centerProfile'] | undefined;
  staff: Awaited<ReturnType<Repos['staff']['list']>>;
  idleLockMinutes: number | undefined;
}

export interface DeskValue {
  repos: Repos;
  status: DeskStatus;
  /** Absent when the boot could not read it: the screens then read for themselves. */
  first?: FirstScreen;
  /** Sync with the center (设置 → 同步); absent outside the app (benches). */
  sync?: DeskSync;
}

export const DeskContext = createContext<DeskValue | null>(null);

function useDesk(): DeskValue {
  const value = useContext(DeskContext);
  if (!value) throw new Error('useRepos/useDeskStatus must be used inside <DeskProvider>');
  return value;
}

/** The repositories of the open database. Components read through these with useLive. */
export function useRepos(): Repos {
  return useDesk().repos;
}

const taken = new WeakSet<FirstScreen>();

/**
 * The boot's read of what the first frame needs, handed out once: only the first frame may trust it
 * (a desk set up or changed later reads for itself).
 */
export function useFirstScreen(): FirstScreen | undefined {
  const desk = useDesk();
  const [first] = useState(() => {
    if (!desk.first || taken.has(desk.first)) return undefined;
    taken.add(desk.first);
    return desk.first;
  });
  return first;
}

/** The desk's sync service, when the desk has one. */
export function useDeskSyncService(): DeskSync | undefined {
  return useDesk().sync;
}

/** Whether writes are possible; read-only screens still render, but writes must explain why they fail. */
export function useDeskStatus(): DeskStatus {
  return useDesk().status;
}

/** What every refused write says in read-only mode. */
export const READ_ONLY_MESSAGE = '数据库由更新版本写入，当前为只读模式';
