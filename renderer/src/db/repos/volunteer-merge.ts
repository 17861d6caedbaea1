import type { Volunteer } from '@shared/model';
import { stampUpdate } from '@shared/model';
import { volunteerSearchKeys } from '@shared/search/search-keys';
import type { WriteContext } from '../context';
import { untilDictionary } from '../dictionary-gate';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { moveRoster, patchEach, rosterTables, unmoveRoster, type RosterMove } from './roster-merge';
import { adjustLiveCount } from './volunteer-counters';

/** What the duplicate rules compare. */
export type Candidate = Pick<Volunteer, 'idType' | 'idNumber' | 'phone' | 'name' | 'birthDate'>;

/** Volunteers found by ID number, phone or name: what the duplicate rules look at (all indexed). */
export async function lookalikes(db: DeskDatabase, c: Candidate): Promise<Volunteer[]> {
  const [byId, byPhone, byName] = await Promise.all([
    c.idNumber ? db.volunteers.where('idNumber').equals(c.idNumber).toArray() : [],
    c.phone ? db.volunteers.where('phone').equals(c.phone).toArray() : [],
    db.volunteers.where('name').equals(c.name).toArray(),
  ]);
  const all = new Map([...byId, ...byPhone, ...byName].map((v) => [v.id, v]));
  return [...all.values()];
}

/** The row with its search keys recomputed from name, phone, ID number and volunteer number. */
export function withKeys(v: Omit<Volunteer, 'searchKeys'> & { searchKeys?: string[] }): Volunteer {
  return {
    ...v,
    searchKeys: volunteerSearchKeys({
      name: v.name,
      phone: v.phone,
      idNumber: v.idNumber,
      volunteerNo: v.volunteerNo,
    }),
  };
}

/**
 * Merges `dropId` into `keepId`: every service record, roster entry and roster pattern moves over
 * (see moveRoster for shifts both were on), team memberships, skills and intentions are united, empty
 * fields are filled; the dropped record is soft-deleted and points to the kept one. Audit-logged with what is needed to undo it ({@link unmergeVolunteer}).
 */
export async function mergeVolunteers(
  db: DeskDatabase,
  ctx: WriteContext,
  keepId: string,
  dropId: string,
  reason: string,
): Promise<void> {
  if (keepId === dropId) throw new Error('不能把志愿者与自己合并');
  const wait = untilDictionary();
  if (wait) await wait;
  await db.transaction(
    'rw',
    [db.volunteers, db.serviceRecords, db.teams, db.counters, db.auditLog, ...rosterTables(db)],
    async () => {
      const [keep, drop] = await Promise.all([db.volunteers.get(keepId), db.volunteers.get(dropId)]);
      if (!keep || keep.deletedAt !== null || !drop || drop.deletedAt !== null)
        throw new Error('要合并的志愿者不存在或已删除');
      const now = ctx.now();
      const stamp = { now, deskId: ctx.deskId };
      // Counter first: when its row is missing it is computed from the table as it was.
      await adjustLiveCount(db, ctx, -1);
      const records = await db.serviceRecords.where('volunteerId').equals(dropId).toArray();
      for (const r of records) await db.serviceRecords.put(stampUpdate(r, { volunteerId: keepId }, stamp));
      const led = await db.teams.filter((t) => t.leaderId === dropId).toArray();
      for (const t of led) await db.teams.put(stampUpdate(t, { leaderId: keepId }, stamp));
      const roster = await moveRoster(db, stamp, keepId, dropId);
      const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];
      const merged = withKeys(
        stampUpdate(
          keep,
          {
            teamIds: union(keep.teamIds, drop.teamIds),
            skills: union(keep.skills, drop.skills),
            intentions: union(keep.intentions, drop.intentions),
            address: keep.address || drop.address,
            workUnit: keep.workUnit || drop.workUnit,
            availability: keep.availability || drop.availability,
            emergencyContact: keep.emergencyContact ?? drop.emergencyContact,
            photo: keep.photo ?? drop.photo,
          },
          stamp,
        ),
      );
      await db.volunteers.put(merged);
      await db.volunteers.put({
        ...stampUpdate(drop, { mergedIntoId: keepId, teamIds: [] }, stamp),
        deletedAt: now,
      });
      const detail = {
        keep: { id: keepId, volunteerNo: keep.volunteerNo, teamIds: keep.teamIds },
        drop: { id: dropId, volunteerNo: drop.volunteerNo, teamIds: drop.teamIds },
        movedRecordIds: records.map((r) => r.id),
        ledTeamIds: led.map((t) => t.id),
        roster,
      };
      await appendAudit(db, ctx, {
        action: '合并志愿者',
        entity: 'volunteers',
        entityId: keepId,
        before: detail,
        reason,
      });
      await appendAudit(db, ctx, {
        action: '被合并',
        entity: 'volunteers',
        entityId: dropId,
        before: detail,
        reason,
      });
    },
  );
}

/** Undoes the latest merge of `dropId`: restores it and moves its service records and roster back. */
export async function unmergeVolunteer(db: DeskDatabase, ctx: WriteContext, dropId: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.volunteers, db.serviceRecords, db.teams, db.counters, db.auditLog, ...rosterTables(db)],
    async () => {
      const entries = await db.auditLog.where('[entity+entityId]').equals(['volunteers', dropId]).toArray();
      const entry = entries.filter((e) => e.action === '被合并').sort((a, b) => b.at - a.at)[0];
      const drop = await db.volunteers.get(dropId);
      if (!entry || !drop || drop.deletedAt === null) throw new Error('没有可撤销的合并');
      const d = entry.before as {
        keep: { id: string; teamIds: string[] };
        drop: { teamIds: string[] };
        movedRecordIds: string[];
        ledTeamIds: string[];
        roster?: RosterMove;
      };
      const stamp = { now: ctx.now(), deskId: ctx.deskId };
      await adjustLiveCount(db, ctx, 1);
      await patchEach(db.serviceRecords, d.movedRecordIds, { volunteerId: dropId }, stamp);
      await patchEach(db.teams, d.ledTeamIds, { leaderId: dropId }, stamp);
      await unmoveRoster(db, stamp, dropId, d.roster);
      const keep = await db.volunteers.get(d.keep.id);
      if (keep) await db.volunteers.put(stampUpdate(keep, { teamIds: d.keep.teamIds }, stamp));
      await db.volunteers.put({
        ...stampUpdate(drop, { mergedIntoId: null, teamIds: d.drop.teamIds }, stamp),
        deletedAt: null,
      });
      await appendAudit(db, ctx, {
        action: '撤销合并',
        entity: 'volunteers',
        entityId: dropId,
        before: d,
      });
    },
  );
}
