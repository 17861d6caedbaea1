import { MAX_ACTIVITY_PHOTOS, photoLimitMessage } from '@shared/activities/activity-photos';
import type { Draft, Photo } from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';

/** A resized photo ready to store. */
export type PhotoInput = Pick<Photo, 'dataUrl' | 'width' | 'height' | 'bytes' | 'caption'>;

/** Photos of activities: the rows hold the images; the activity holds only their ids, in order. */
export function photosRepo(db: DeskDatabase, ctx: WriteContext) {
  const stamp = () => ({ now: ctx.now(), deskId: ctx.deskId });
  return {
    /** The photos with these ids, in that order (missing or removed ones left out). */
    async byIds(ids: readonly string[]): Promise<Photo[]> {
      const rows = await db.photos.bulkGet([...ids]);
      return rows.filter((p): p is Photo => !!p && p.deletedAt === null);
    },

    /** Adds a photo to an activity; refuses past {@link MAX_ACTIVITY_PHOTOS}. */
    async addToActivity(activityId: string, input: PhotoInput): Promise<Photo> {
      return db.transaction('rw', db.photos, db.activities, db.auditLog, async () => {
        const a = await db.activities.get(activityId);
        if (!a || a.deletedAt !== null) throw new Error('找不到该活动记录');
        if (a.photoIds.length >= MAX_ACTIVITY_PHOTOS) throw new Error(photoLimitMessage());
        const row = stampNew<Draft<Photo>>(
          { ownerId: activityId, ...input },
          { id: ctx.newId(), ...stamp() },
        );
        await db.photos.add(row);
        await db.activities.put(stampUpdate(a, { photoIds: [...a.photoIds, row.id] }, stamp()));
        await appendAudit(db, ctx, {
          action: '添加活动照片',
          entity: 'activities',
          entityId: activityId,
          after: { photoId: row.id, width: row.width, height: row.height, bytes: row.bytes },
        });
        return row;
      });
    },

    /** Removes a photo from its activity (soft: `restoreToActivity` puts it back at its place). */
    async removeFromActivity(photoId: string): Promise<void> {
      await setRemoved(photoId, true);
    },

    async restoreToActivity(photoId: string): Promise<void> {
      await setRemoved(photoId, false);
    },
  };

  async function setRemoved(photoId: string, removed: boolean): Promise<void> {
    await db.transaction('rw', db.photos, db.activities, db.auditLog, async () => {
      const p = await db.photos.get(photoId);
      if (!p) throw new Error('找不到该照片');
      const a = await db.activities.get(p.ownerId);
      if (!a) throw new Error('找不到该活动记录');
      if (!removed && a.photoIds.length >= MAX_ACTIVITY_PHOTOS)
        throw new Error(`每个活动最多 ${MAX_ACTIVITY_PHOTOS} 张照片，无法恢复`);
      await db.photos.put({ ...p, deletedAt: removed ? ctx.now() : null, ...stamp() });
      const photoIds = removed ? a.photoIds.filter((id) => id !== photoId) : [...a.photoIds, photoId];
      await db.activities.put(stampUpdate(a, { photoIds }, stamp()));
      await appendAudit(db, ctx, {
        action: removed ? '删除活动照片' : '恢复活动照片',
        entity: 'activities',
        entityId: a.id,
        before: { photoIds: a.photoIds },
        after: { photoIds },
      });
    });
  }
}
