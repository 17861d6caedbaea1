import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectDraft } from '@shared/organisation/projects';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { openTestDesk } from './helpers';

let db: DeskDatabase;
let repos: Repos;

beforeEach(async () => {
  ({ db, repos } = await openTestDesk('projects'));
});
afterEach(() => db.close());

const draft = (name: string, over: Partial<ProjectDraft> = {}): ProjectDraft => ({
  name,
  brand: false,
  teamId: null,
  category: '助老',
  description: '',
  startDate: null,
  endDate: null,
  ...over,
});

describe('服务项目', () => {
  it('lists brand projects first and refuses a second project of the same name', async () => {
    await repos.projects.create(draft('邻里守望'));
    await repos.projects.create(draft('四点半课堂', { brand: true }));
    await expect(repos.projects.create(draft(' 邻里守望 '))).rejects.toThrow('已有名为“邻里守望”的服务项目');
    expect((await repos.projects.list()).map((p) => p.name)).toEqual(['四点半课堂', '邻里守望']);
  });

  it('refuses an end date before the start date, naming the field', async () => {
    await expect(
      repos.projects.create(draft('银龄课堂', { startDate: '2026-05-01', endDate: '2026-04-01' })),
    ).rejects.toMatchObject({ problems: { endDate: '结束日期不能早于开始日期' } });
  });

  it('deletes a project out of the list and restores it, both in the audit log', async () => {
    const p = await repos.projects.create(draft('邻里守望'));
    await repos.projects.remove(p.id);
    expect(await repos.projects.list()).toEqual([]);
    expect((await repos.projects.deleted()).map((d) => d.name)).toEqual(['邻里守望']);
    await repos.projects.restore(p.id);
    expect((await repos.projects.list()).map((d) => d.name)).toEqual(['邻里守望']);
    const actions = (await db.auditLog.where('[entity+entityId]').equals(['projects', p.id]).toArray()).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['新建服务项目', '删除服务项目', '恢复服务项目']);
  });
});
