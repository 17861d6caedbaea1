import { createContext, useContext } from 'react';
import type { Repos } from '../db';

/** How the database was opened: fully writable, or read-only because a newer app wrote it. */
export type DeskStatus =
  | { readOnly: false; deskId: string }
  | { readOnly: true; deskId: string; foundVersion: number; supportedVersion: number };

export interface DeskValue {
  repos: Repos;
  status: DeskStatus;
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

/** Whether writes are possible; read-only screens still render, but writes must explain why they fail. */
export function useDeskStatus(): DeskStatus {
  return useDesk().status;
}

/** What every refused write says in read-only mode. */
export const READ_ONLY_MESSAGE = '数据库由更新版本写入，当前为只读模式';
