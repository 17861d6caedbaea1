import { Dexie } from 'dexie';
import { stampNew, stampUpdate } from '@shared/model';
import { DEFAULT_POSTS } from '@shared/organisation/posts';
import type { DutyPost } from '@shared/rosters/model';
import {
  dutyPostFromForm,
  dutyPostSchema,
  fieldProblems,
  type DutyPostFormValues,
  type FieldProblems,
} from '@shared/rosters/post-schema';
import { dateKey } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { live } from './live';
import { DutyPostInvalidError } from './roster-errors';
import { settingsRepo } from './settings';
import { setDeleted } from './soft-delete';

/** The order posts are listed in: by 岗位 name, then place. */
export const byNameThenPlace = (a: DutyPost, b: DutyPost): number =>
  a.name.localeCompare(b.name, 'zh-CN') || a.place.localeCompare(b.place, 'zh-CN');

/** 排班岗位: standing duty posts with their shifts. A district keeps a few hundred, so they are read whole. */
export function dutyPostsRepo(db: DeskDatabase, ctx: WriteContext) {
  const settings = settingsRepo(db, ctx);

  /**
   * A shift taken out of a post while roster entries from today on still point at it would leave those
   * people rostered on a shift nobody can see: they are moved first.
   */
  async function droppedShiftProblems(
    before: DutyPost,
    after: Pick<DutyPost, 'shifts'>,
  ): Promise<FieldProblems> {
    const kept = new Set(after.shifts.map((s) => s.id));
    const dropped = before.shifts.filter((s) => !kept.has(s.id));
    if (dropped.length === 0) return {};
    const ahead = live(
      await db.rosterEntries
        .where('[postId+date]')
        .between([before.id, dateKey(ctx.now())], [before.id, Dexie.maxKey], true, true)
        .toArray(),
    );
    for (const shift of dropped) {
      const count = ahead.filter((e) => e.shiftId === shift.id).length;
      if (count > 0)
        return { shifts: `班次“${shift.label}”今后还有 ${count} 条排班，请先移走这些排班再删除该班次` };
    }
    return {};
  }

  async function save(id: string | null, values: DutyPostFormValues): Promise<DutyPost> {
    return db.transaction('rw', [db.dutyPosts, db.rosterEntries, db.settings, db.auditLog], async () => {
      const before = id ? await db.dutyPosts.get(id) : undefined;
      if (id && !before) throw new Error('找不到该岗位，可能已被删除');
      const names = (await settings.get('servicePosts')) ?? DEFAULT_POSTS;
      // A post keeps its 岗位 name after the list drops it, so it can still be edited.
      const parsed = dutyPostSchema({ postNames: before ? [...names, before.name] : names }).safeParse(
        values,
      );
      if (!parsed.success) throw new DutyPostInvalidError(fieldProblems(parsed.error));
      const draft = dutyPostFromForm(parsed.data);
      if (new Set(draft.shifts.map((s) => s.id)).size !== draft.shifts.length)
        throw new DutyPostInvalidError({ shifts: '班次编号重复，请重新打开表单再保存' });
      const problems = before ? await droppedShiftProblems(before, draft) : {};
      if (Object.keys(problems).length > 0) throw new DutyPostInvalidError(problems);
      const stamp = { now: ctx.now(), deskId: ctx.deskId };
      const row = before ? stampUpdate(before, draft, stamp) : stampNew(draft, { ...stamp, id: ctx.newId() });
      await db.dutyPosts.put(row);
      await appendAudit(db, ctx, {
        action: before ? '修改排班岗位' : '新建排班岗位',
        entity: 'dutyPosts',
        entityId: row.id,
        ...(before ? { before } : {}),
        after: row,
      });
      return row;
    });
  }

  return {
    /** Live posts by 岗位 name, then place (many posts share a name: 365 school gates). */
    async list(): Promise<DutyPost[]> {
      return live(await db.dutyPosts.toArray()).sort(byNameThenPlace);
    },

    /** One post, deleted or not (old entries still name it); undefined when there is none. */
    get(id: string): Promise<DutyPost | undefined> {
      return db.dutyPosts.get(id);
    },

    /** Deleted posts, for the restore list (the deletedAt index holds only those). */
    async deleted(): Promise<DutyPost[]> {
      return (await db.dutyPosts.where('deletedAt').above(0).toArray()).sort(byNameThenPlace);
    },

    /** Validates the form (messages per field in DutyPostInvalidError) and saves a new post. */
    create(values: DutyPostFormValues): Promise<DutyPost> {
      return save(null, values);
    },

    update(id: string, values: DutyPostFormValues): Promise<DutyPost> {
      return save(id, values);
    },

    /** Soft-deletes: its entries stay, and no longer count in gaps or clashes until `restore`. */
    async remove(id: string): Promise<void> {
      await setDeleted(db, ctx, db.dutyPosts, id, true, '排班岗位', (p) => ({
        name: p.name,
        place: p.place,
      }));
    },

    async restore(id: string): Promise<void> {
      await setDeleted(db, ctx, db.dutyPosts, id, false, '排班岗位', (p) => ({
        name: p.name,
        place: p.place,
      }));
    },
  };
}
