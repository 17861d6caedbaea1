import type { Project } from '@shared/model';
import { DEFAULT_POSTS } from '@shared/organisation/posts';
import type { Station } from '@shared/organisation/stations';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';

/** The desk's 岗位 list (the 12 default posts until 设置 changes it); undefined while loading. */
export function usePosts(): readonly string[] | undefined {
  const repos = useRepos();
  return useLive(async () => (await repos.settings.get('servicePosts')) ?? DEFAULT_POSTS, [repos]);
}

/** The center's 所 and 站 (none until 设置 adds them); undefined while loading. */
export function useStations(): Station[] | undefined {
  const repos = useRepos();
  return useLive(async () => (await repos.settings.get('stations')) ?? [], [repos]);
}

/** The center's live 服务项目, brand projects first; undefined while loading. */
export function useProjects(): Project[] | undefined {
  const repos = useRepos();
  return useLive(() => repos.projects.list(), [repos]);
}
