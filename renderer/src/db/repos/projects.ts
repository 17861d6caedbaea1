import type { Project } from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import { projectProblems, type ProjectDraft } from '@shared/organisation/projects';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { live } from './live';

/** Thrown when a project draft cannot be saved; `problems` are shown at the fields. */
export class ProjectInvalidError extends Error {
  constructor(readonly problems: Partial<Record<keyof ProjectDraft, string>>) {
    super(Object.values(problems)[0] ?? '服务项目信息有误');
  }
}

/** 服务项目: a center keeps tens of them (a station's reports list 72), so they are read whole. */
export function projectsRepo(db: DeskDatabase, ctx: WriteContext) {
  async function save(id: string | null, draft: ProjectDraft): Promise<Project> {
    return db.transaction('rw', db.projects, db.auditLog, async () => {
      const others = live(await db.projects.toArray()).filter((p) => p.id !== id);
      const problems = projectProblems(draft, others);
      if (Object.keys(problems).length > 0) throw new ProjectInvalidError(problems);
      const clean: ProjectDraft = {
        ...draft,
        name: draft.name.trim(),
        description: draft.description.trim(),
      };
      const before = id ? await db.projects.get(id) : undefined;
      if (id && !before) throw new Error('找不到该服务项目');
      const row = before
        ? stampUpdate(before, clean, { now: ctx.now(), deskId: ctx.deskId })
        : stampNew(clean, { id: ctx.newId(), now: ctx.now(), deskId: ctx.deskId });
      await db.projects.put(row);
      await appendAudit(db, ctx, {
        action: before ? '修改服务项目' : '新建服务项目',
        entity: 'projects',
        entityId: row.id,
        ...(before ? { before } : {}),
        after: row,
      });
      return row;
    });
  }

  return {
    /** Live projects, brand projects first, then by name. */
    async list(): Promise<Project[]> {
      const rows = live(await db.projects.orderBy('name').toArray());
      return rows.sort((a, b) => Number(b.brand) - Number(a.brand));
    },

    /** Deleted projects, for the restore list. */
    async deleted(): Promise<Project[]> {
      return (await db.projects.toArray()).filter((p) => p.deletedAt !== null);
    },

    create(draft: ProjectDraft): Promise<Project> {
      return save(null, draft);
    },

    update(id: string, draft: ProjectDraft): Promise<Project> {
      return save(id, draft);
    },

    /** Soft-deletes (activities and orders keep naming it); `restore` undoes it. */
    async remove(id: string): Promise<void> {
      await setDeleted(id, ctx.now());
    },

    async restore(id: string): Promise<void> {
      await setDeleted(id, null);
    },
  };

  async function setDeleted(id: string, deletedAt: number | null): Promise<void> {
    await db.transaction('rw', db.projects, db.auditLog, async () => {
      const row = await db.projects.get(id);
      if (!row) throw new Error('找不到该服务项目');
      if (deletedAt === null && live(await db.projects.toArray()).some((p) => p.name === row.name))
        throw new Error(`已有名为“${row.name}”的服务项目，无法恢复`);
      await db.projects.put({ ...row, deletedAt, updatedAt: ctx.now(), deskId: ctx.deskId });
      await appendAudit(db, ctx, {
        action: deletedAt === null ? '恢复服务项目' : '删除服务项目',
        entity: 'projects',
        entityId: id,
        before: { deletedAt: row.deletedAt },
        after: { deletedAt },
      });
    });
  }
}
