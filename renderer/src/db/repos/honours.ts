import type {
  Activity,
  Honour,
  HonourPeriod,
  IssuedDocument,
  ServiceOrder,
  ServiceRecord,
} from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import { withRuleDefaults, type AssessmentRules } from '@shared/recognition/assessment-rules';
import { honourTitle, periodRange, type AssessmentPeriod } from '@shared/recognition/periods';
import {
  rankScored,
  rankTeams,
  scoreVolunteer,
  type ScoredTeam,
  type ScoredVolunteer,
  type VolunteerInputs,
} from '@shared/recognition/scoring';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { setDeleted } from './soft-delete';

/** A ranked volunteer with the name the screen shows. */
export interface VolunteerCandidate extends ScoredVolunteer {
  name: string;
}

/** A ranked team with its name. */
export interface TeamCandidate extends ScoredTeam {
  name: string;
}

/** One winner chosen on the 评选 tab, as confirmed. */
export interface HonourPick {
  winnerType: 'volunteer' | 'team';
  winnerId: string;
  winnerName: string;
  points: number;
  breakdown: { label: string; points: number }[];
}

/** Thrown when a winner was already confirmed for the period. */
export class HonourDuplicateError extends Error {}

const COMPLETED: readonly ServiceOrder['status'][] = ['已办结', '待回访'];

/**
 * 评选表彰: gathers a period's inputs by index ranges (never whole tables), ranks the candidates, and
 * keeps the confirmed honours.
 */
export function honoursRepo(db: DeskDatabase, ctx: WriteContext) {
  /** Every volunteer's inputs for the period: confirmed records, their activities, completed orders. */
  async function gather(period: AssessmentPeriod): Promise<Map<string, VolunteerInputs>> {
    const { from, to } = periodRange(period);
    const byVolunteer = new Map<
      string,
      { minutes: number; activityIds: Set<string>; ratings: (number | null)[] }
    >();
    const entry = (id: string) => {
      let e = byVolunteer.get(id);
      if (!e) byVolunteer.set(id, (e = { minutes: 0, activityIds: new Set(), ratings: [] }));
      return e;
    };
    // A year is ~300,000 records: stream them rather than hold them in an array.
    await db.serviceRecords
      .where('[status+signInAt]')
      .between(['已确认', from], ['已确认', to], true, false)
      .each((r: ServiceRecord) => {
        if (r.deletedAt !== null) return;
        const e = entry(r.volunteerId);
        e.minutes += r.creditedMinutes ?? 0;
        if (r.activityId) e.activityIds.add(r.activityId);
      });
    const activities = new Map<string, Pick<Activity, 'category' | 'projectId'>>();
    await db.activities
      .where('start')
      .between(from, to, true, false)
      .each((a: Activity) => {
        if (a.deletedAt === null)
          activities.set(a.id, { category: a.category, projectId: a.projectId ?? null });
      });
    // A record signed in this period for an activity that started before it still counts the activity.
    const missing = new Set<string>();
    for (const e of byVolunteer.values())
      for (const id of e.activityIds) if (!activities.has(id)) missing.add(id);
    if (missing.size > 0) {
      for (const a of await db.activities.bulkGet([...missing]))
        if (a && a.deletedAt === null)
          activities.set(a.id, { category: a.category, projectId: a.projectId ?? null });
    }
    await db.serviceOrders
      .where('completedAt')
      .between(from, to, true, false)
      .each((o: ServiceOrder) => {
        if (o.deletedAt !== null || !COMPLETED.includes(o.status)) return;
        for (const id of new Set(o.completedVolunteerIds)) entry(id).ratings.push(o.rating);
      });
    const inputs = new Map<string, VolunteerInputs>();
    for (const [volunteerId, e] of byVolunteer) {
      inputs.set(volunteerId, {
        volunteerId,
        volunteerNo: '',
        minutes: e.minutes,
        activities: [...e.activityIds].flatMap((id) => {
          const a = activities.get(id);
          return a ? [a] : [];
        }),
        orderRatings: e.ratings,
      });
    }
    return inputs;
  }

  async function rules(): Promise<AssessmentRules> {
    const row = await db.settings.where('key').equals('assessmentRules').first();
    return withRuleDefaults(row && row.deletedAt === null ? (row.value as AssessmentRules) : undefined);
  }

  return {
    /** The inputs of every volunteer active in the period (for tests and checks). */
    gather,

    /**
     * The period's candidates under the saved 考评办法: the top `limit` volunteers (and any tied with
     * the last of them), named from their rows, and every team ranked by its members' points.
     */
    async candidates(
      period: AssessmentPeriod,
      limit = 30,
    ): Promise<{ volunteers: VolunteerCandidate[]; teams: TeamCandidate[] }> {
      const current = await rules();
      const scored = rankScored(
        [...(await gather(period)).values()]
          .map((i) => scoreVolunteer(current, i))
          .filter((s) => s.points > 0),
      );
      const last = scored[Math.min(limit, scored.length) - 1];
      const top = last
        ? scored.filter((s, i) => i < limit || (s.points === last.points && s.minutes === last.minutes))
        : [];
      const rows = await db.volunteers.bulkGet(top.map((s) => s.volunteerId));
      const named = rankScored(
        top.map((s, i) => ({
          ...s,
          volunteerNo: rows[i]?.volunteerNo ?? '',
          name: rows[i]?.name ?? '（已删除）',
        })),
      ).slice(0, limit);
      // Teams are tens: each roster is read as keys from the teamIds index, never as volunteer rows.
      const teams = (await db.teams.toArray()).filter((t) => t.deletedAt === null && !t.mergedIntoId);
      const rosters = new Map<string, string[]>();
      for (const t of teams)
        rosters.set(t.id, (await db.volunteers.where('teamIds').equals(t.id).primaryKeys()) as string[]);
      const names = new Map(teams.map((t) => [t.id, t.name]));
      return {
        volunteers: named,
        teams: rankTeams(scored, rosters)
          .slice(0, limit)
          .map((t) => ({ ...t, name: names.get(t.teamId) ?? '' })),
      };
    },

    /** Confirmed honours of one period: volunteers before teams, more points first. */
    async forPeriod(period: HonourPeriod, periodStart: string): Promise<Honour[]> {
      const rows = await db.honours.where('[period+periodStart]').equals([period, periodStart]).toArray();
      return rows
        .filter((h) => h.deletedAt === null)
        .sort(
          (a, b) =>
            Number(a.winnerType === 'team') - Number(b.winnerType === 'team') ||
            b.points - a.points ||
            a.createdAt - b.createdAt,
        );
    },

    /** 光荣榜: the latest confirmed honours, newest period first (honours are tens a year). */
    async recent(limit = 200): Promise<Honour[]> {
      const rows = await db.honours
        .orderBy('periodStart')
        .reverse()
        .filter((h) => h.deletedAt === null)
        .limit(limit)
        .toArray();
      return rows.sort((a, b) =>
        a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : a.createdAt - b.createdAt,
      );
    },

    /**
     * Confirms the winners of a period in one transaction with an audit entry each; refuses the whole
     * selection when any winner was already confirmed for it.
     */
    async confirm(period: AssessmentPeriod, picks: readonly HonourPick[], reason: string): Promise<Honour[]> {
      if (picks.length === 0) throw new Error('请先勾选当选者');
      return db.transaction('rw', db.honours, db.auditLog, async () => {
        const existing = (
          await db.honours.where('[period+periodStart]').equals([period.kind, period.start]).toArray()
        ).filter((h) => h.deletedAt === null);
        const dup = picks.find((p) => existing.some((h) => h.winnerId === p.winnerId));
        if (dup)
          throw new HonourDuplicateError(
            `${dup.winnerName}已当选${period.label}${honourTitle(period.kind, dup.winnerType)}`,
          );
        const now = ctx.now();
        const rows: Honour[] = picks.map((p) =>
          stampNew(
            {
              period: period.kind,
              periodStart: period.start,
              periodLabel: period.label,
              winnerType: p.winnerType,
              winnerId: p.winnerId,
              winnerName: p.winnerName,
              title: honourTitle(period.kind, p.winnerType),
              points: p.points,
              breakdown: p.breakdown.map((b) => ({ label: b.label, points: b.points })),
              reason: reason.trim(),
              documentId: null,
            },
            { id: ctx.newId(), now, deskId: ctx.deskId },
          ),
        );
        await db.honours.bulkAdd(rows);
        for (const row of rows)
          await appendAudit(db, ctx, {
            action: '确认评选结果',
            entity: 'honours',
            entityId: row.id,
            after: row,
          });
        return rows;
      });
    },

    /** Undoes confirmed honours (soft delete); `restore` brings one back. */
    async undo(ids: readonly string[]): Promise<void> {
      for (const id of ids)
        await setDeleted(db, ctx, db.honours, id, true, '评选结果', (h) => ({
          winnerName: h.winnerName,
          title: h.title,
        }));
    },

    async restore(id: string): Promise<void> {
      await setDeleted(db, ctx, db.honours, id, false, '评选结果');
    },

    /**
     * Issues the 荣誉证书 of these honours through `issue` (the documents register) and stores each
     * document's id on its honour, in one transaction: a second click, or another desk issuing at the
     * same time, finds the honours already served and numbers nothing twice.
     */
    async issueCertificates(
      honourIds: readonly string[],
      issue: () => Promise<IssuedDocument[]>,
    ): Promise<IssuedDocument[]> {
      const scope = [db.honours, db.documents, db.counters, db.auditLog, db.templates, db.assets];
      return db.transaction('rw', scope, async () => {
        const rows = await db.honours.bulkGet([...honourIds]);
        if (rows.some((r) => !r || r.deletedAt !== null || r.documentId !== null))
          throw new Error('部分荣誉证书已发放或评选结果已撤销，请刷新后重试');
        const issued = await issue();
        // One kind, so the register returns them in the order asked.
        for (const [i, row] of rows.entries()) {
          const doc = issued[i];
          if (!row || !doc) continue;
          await db.honours.put(
            stampUpdate(row, { documentId: doc.id }, { now: ctx.now(), deskId: ctx.deskId }),
          );
          await appendAudit(db, ctx, {
            action: '发放荣誉证书',
            entity: 'honours',
            entityId: row.id,
            before: { documentId: row.documentId },
            after: { documentId: doc.id, number: doc.number },
          });
        }
        return issued;
      });
    },
  };
}
