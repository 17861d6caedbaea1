import { stampNew, stampUpdate, type Setting, type SettingKey, type SettingValues } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';

/** Typed key-value settings, one row per key. */
export function settingsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    async get<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
      const row = await db.settings.where('key').equals(key).first();
      return row && row.deletedAt === null ? (row.value as SettingValues[K]) : undefined;
    },

    /** Writes a setting and records the change in the audit log, in one transaction. */
    async set<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
      await db.transaction('rw', db.settings, db.auditLog, async () => {
        const existing = await db.settings.where('key').equals(key).first();
        const now = ctx.now();
        if (existing) {
          await db.settings.put(stampUpdate<Setting>(existing, { value }, { now, deskId: ctx.deskId }));
        } else {
          await db.settings.add(
            stampNew({ key, value } as Setting, { id: ctx.newId(), now, deskId: ctx.deskId }),
          );
        }
        await appendAudit(db, ctx, {
          action: existing ? '修改设置' : '新建设置',
          entity: 'settings',
          entityId: key,
          before: existing?.value ?? null,
          after: value,
        });
      });
    },
  };
}
