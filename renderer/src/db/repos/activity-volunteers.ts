import { planActivityHours } from '@shared/activities/activity-hours';
import type { Activity, Draft, ServiceRecord, Volunteer } from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';

const HOUR = 3_600_000;
/** Sign-ins are read from this long before an activity starts: a desk session never runs longer. */
const SIGN_IN_LOOKBACK = 24 * HOUR;

/** One volunteer's hours as the desk enters them for an activity. */
export interface VolunteerHoursInput {
  volunteerId: string;
  minutes: number;
  content: string;
  evaluation: string;
  leader: string;
}

/** What saving one volunteer's hours did. */
export type VolunteerHoursResult =
  | { volunteerId: string; kind: 'created'; recordId: string }
  | { volunteerId: string; kind: 'linked'; recordId: string }
  | { volunteerId: string; kind: 'refused'; reason: string };

/** An activity's service record with its volunteer, for the detail page. */
export interface ActivityVolunteerRow {
  record: ServiceRecord;
  volunteer: Volunteer | undefined;
}

/** An activity's volunteers and their hours: the part of the activities repository that writes service records. */
export function activityVolunteersRepo(db: DeskDatabase, ctx: WriteContext) {
  const stamp = () => ({ now: ctx.now(), deskId: ctx.deskId });
  const hoursTables = [db.activities, db.serviceRecords, db.volunteers, db.auditLog];

  async function requireLive(id: string): Promise<Activity> {
    const a = await db.activities.get(id);
    if (!a || a.deletedAt !== null) throw new Error('找不到该活动记录');
    return a;
  }

  async function recount(a: Activity): Promise<Activity> {
    const n = await db.serviceRecords
      .where('activityId')
      .equals(a.id)
      .filter((r) => r.deletedAt === null && r.status !== '作废')
      .count();
    if (n === a.volunteerCount) return a;
    const row = stampUpdate(a, { volunteerCount: n }, stamp());
    await db.activities.put(row);
    return row;
  }

  return {
    /** The activity's service records (voided ones too, shown struck) with their volunteers. */
    async volunteers(id: string): Promise<ActivityVolunteerRow[]> {
      const records = (await db.serviceRecords.where('activityId').equals(id).toArray()).filter(
        (r) => r.deletedAt === null,
      );
      const people = await db.volunteers.bulkGet(records.map((r) => r.volunteerId));
      return records
        .map((record, i) => ({ record, volunteer: people[i] }))
        .sort((x, y) => (x.volunteer?.name ?? '').localeCompare(y.volunteer?.name ?? '', 'zh-CN'));
    },

    /** Volunteers with a desk sign-in overlapping the activity's time (带入签到的志愿者). */
    async signedInDuring(id: string): Promise<Volunteer[]> {
      const a = await requireLive(id);
      const now = ctx.now();
      const rows = await db.serviceRecords
        .where('signInAt')
        .between(a.start - SIGN_IN_LOOKBACK, a.end, true, false)
        .filter(
          (r) =>
            r.deletedAt === null &&
            r.status !== '作废' &&
            (r.signOutAt ?? now) > a.start &&
            r.activityId === null,
        )
        .toArray();
      const ids = [...new Set(rows.map((r) => r.volunteerId))];
      return (await db.volunteers.bulkGet(ids)).filter((v): v is Volunteer => !!v && v.deletedAt === null);
    },

    /**
     * Saves the hours of many volunteers in one transaction: each is planned by planActivityHours
     * against that volunteer's records around the activity (create a 待确认 record, link the desk
     * sign-in, or refuse with the reason shown at the row).
     */
    async saveHours(id: string, inputs: readonly VolunteerHoursInput[]): Promise<VolunteerHoursResult[]> {
      return db.transaction('rw', hoursTables, async () => {
        const a = await requireLive(id);
        const now = ctx.now();
        // Each volunteer's own records around the activity, by the compound index: a busy day holds
        // ~1,000 records at district scale, and reading them all made a 40-person save miss 200 ms.
        const [own, ...around] = await Promise.all([
          db.serviceRecords.where('activityId').equals(id).toArray(),
          ...inputs.map((input) =>
            db.serviceRecords
              .where('[volunteerId+signInAt]')
              .between(
                [input.volunteerId, a.start - SIGN_IN_LOOKBACK],
                [input.volunteerId, a.end],
                true,
                false,
              )
              .filter((r) => r.deletedAt === null)
              .toArray(),
          ),
        ]);
        const byVolunteer = new Map<string, ServiceRecord[]>();
        const seen = new Set<string>();
        for (const r of [...around.flat(), ...(own ?? [])]) {
          if (seen.has(r.id)) continue;
          seen.add(r.id);
          byVolunteer.set(r.volunteerId, [...(byVolunteer.get(r.volunteerId) ?? []), r]);
        }
        const people = await db.volunteers.bulkGet(inputs.map((i) => i.volunteerId));
        const results: VolunteerHoursResult[] = [];
        const fresh: ServiceRecord[] = [];
        const linked: ServiceRecord[] = [];
        for (const [i, input] of inputs.entries()) {
          const person = people[i];
          if (!person || person.deletedAt !== null) {
            results.push({ volunteerId: input.volunteerId, kind: 'refused', reason: '找不到该志愿者' });
            continue;
          }
          const records = byVolunteer.get(input.volunteerId) ?? [];
          // A record of this activity outside its time (hours entered before a time change) still counts.
          const plan = records.some((r) => r.activityId === id && r.status !== '作废' && r.deletedAt === null)
            ? { kind: 'refuse' as const, reason: '该志愿者已在本活动中登记了服务时长' }
            : planActivityHours(a, input.minutes, records, now);
          if (plan.kind === 'refuse') {
            results.push({ volunteerId: input.volunteerId, kind: 'refused', reason: plan.reason });
          } else if (plan.kind === 'link') {
            const r = records.find((x) => x.id === plan.recordId) as ServiceRecord;
            const row = stampUpdate(r, { activityId: id, bookingId: a.bookingId ?? r.bookingId }, stamp());
            linked.push(row);
            byVolunteer.set(input.volunteerId, [...records.filter((x) => x.id !== r.id), row]);
            results.push({ volunteerId: input.volunteerId, kind: 'linked', recordId: r.id });
          } else {
            const row = stampNew<Draft<ServiceRecord>>(
              {
                volunteerId: input.volunteerId,
                activityId: id,
                bookingId: a.bookingId,
                orderId: null,
                post: null,
                projectName: a.title,
                place: a.place,
                serviceObject: a.serviceObject,
                content: input.content,
                signInAt: a.start,
                signOutAt: a.start + plan.minutes * 60_000,
                creditedMinutes: plan.minutes,
                rules: null,
                evaluation: input.evaluation,
                leader: input.leader,
                recorder: ctx.actor,
                status: '待确认',
                flaggedForReview: false,
                manualReason: null,
              },
              { id: ctx.newId(), now, deskId: ctx.deskId },
            );
            fresh.push(row);
            byVolunteer.set(input.volunteerId, [...records, row]);
            results.push({ volunteerId: input.volunteerId, kind: 'created', recordId: row.id });
          }
        }
        if (fresh.length > 0) await db.serviceRecords.bulkAdd(fresh);
        if (linked.length > 0) await db.serviceRecords.bulkPut(linked);
        if (fresh.length + linked.length > 0) {
          const after = await recount(a);
          await appendAudit(db, ctx, {
            action: '登记活动志愿者时长',
            entity: 'activities',
            entityId: id,
            before: { volunteerCount: a.volunteerCount },
            after: {
              volunteerCount: after.volunteerCount,
              created: fresh.map((r) => ({
                id: r.id,
                volunteerId: r.volunteerId,
                minutes: r.creditedMinutes,
              })),
              linked: linked.map((r) => r.id),
            },
          });
        }
        return results;
      });
    },

    /** 确认全部时长: confirms every 待确认 record of the activity; resolves to how many. */
    async confirmAll(id: string): Promise<number> {
      return db.transaction('rw', hoursTables, async () => {
        await requireLive(id);
        const pending = await db.serviceRecords
          .where('activityId')
          .equals(id)
          .filter((r) => r.deletedAt === null && r.status === '待确认')
          .toArray();
        if (pending.length === 0) return 0;
        await db.serviceRecords.bulkPut(
          pending.map((r) => stampUpdate(r, { status: '已确认', flaggedForReview: false }, stamp())),
        );
        await appendAudit(db, ctx, {
          action: '确认活动全部时长',
          entity: 'activities',
          entityId: id,
          before: { status: '待确认' },
          after: { status: '已确认', recordIds: pending.map((r) => r.id) },
        });
        return pending.length;
      });
    },
  };
}
