import Dexie from 'dexie';
import type { HoursRuleSet, MinorAgeRules, ServiceRecord, StarLadderSetting, Volunteer } from '@shared/model';
import { stampNew, stampUpdate, type Draft } from '@shared/model';
import { dayStartOf } from '@shared/time/center-time';
import {
  autoCloseAt,
  creditByDay,
  creditSession,
  DEFAULT_HOURS_RULES,
  type SessionCredit,
} from '@shared/volunteers/hours';
import { DEFAULT_MINOR_RULES } from '@shared/volunteers/minors';
import { DEFAULT_REPEAT_SCAN_SECONDS, isRepeatScan } from '@shared/volunteers/scanner';
import { crossedStar, DEFAULT_STAR_LADDER, ladderHours } from '@shared/volunteers/stars';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { live } from './live';
import { matchedShiftOf, matchSignIn, signInMatchTables, type MatchedShift } from './roster-sign-in';
import { confirmedRecordsOf, serviceRecordReads, sumConfirmed } from './service-record-reads';
import { settingsRepo } from './settings';
import { volunteersRepo } from './volunteers';

const DAY_MS = 86_400_000;
export const DEFAULT_NOTICE_VERSION = '2025-01';

/** What a volunteer signs in for: an activity, a booking, or a standing post (岗位). */
export interface SignInTarget {
  activityId: string | null;
  bookingId: string | null;
  post: string | null;
  projectName: string;
  place: string;
  serviceObject: string;
  content: string;
  leader: string;
}

/** The outcome of a scan or a sign-in/out click, for the message at the desk. */
export type ToggleResult =
  | { kind: 'unknown'; code: string }
  /** The same card again within the guard: nothing changed. `record` is the sign-in or sign-out it repeats. */
  | { kind: 'repeat'; volunteer: Volunteer; record: ServiceRecord; guardSeconds: number }
  /** `shift`: the rostered shift the sign-in was matched to (now 到岗), if any. */
  | { kind: 'signedIn'; volunteer: Volunteer; record: ServiceRecord; shift: MatchedShift | null }
  | {
      kind: 'signedOut';
      volunteer: Volunteer;
      record: ServiceRecord;
      credit: SessionCredit;
      star: number | null;
    };

/** The volunteer settings with their defaults. */
export interface VolunteerSettings {
  hoursRules: HoursRuleSet;
  starLadder: StarLadderSetting;
  minorRules: MinorAgeRules;
  privacyNoticeVersion: string;
}

/** Sign-in/out, records, corrections with audit, totals and rankings. */
export function serviceRecordsRepo(db: DeskDatabase, ctx: WriteContext) {
  const settings = settingsRepo(db, ctx);
  const stamp = () => ({ now: ctx.now(), deskId: ctx.deskId });
  const confirmedOf = (volunteerId: string) => confirmedRecordsOf(db, volunteerId);

  async function openOf(volunteerId: string): Promise<ServiceRecord | undefined> {
    return db.serviceRecords
      .where('[volunteerId+status]')
      .equals([volunteerId, '服务中'])
      .filter((r) => r.deletedAt === null)
      .first();
  }

  /** The volunteer's newest record by sign-in (a scan repeats its sign-in or its sign-out). */
  async function lastOf(volunteerId: string): Promise<ServiceRecord | undefined> {
    return db.serviceRecords
      .where('[volunteerId+signInAt]')
      .between([volunteerId, Dexie.minKey], [volunteerId, Dexie.maxKey])
      .filter((r) => r.deletedAt === null && r.status !== '作废')
      .last();
  }

  /** Minutes already credited per day to the volunteer's other records around an interval. */
  async function creditedOnDays(volunteerId: string, from: number, to: number, exceptId: string) {
    const rows = await db.serviceRecords
      .where('[volunteerId+signInAt]')
      .between([volunteerId, dayStartOf(from) - DAY_MS], [volunteerId, to], true, true)
      .toArray();
    const byDay = new Map<string, number>();
    for (const r of rows) {
      if (r.id === exceptId || r.deletedAt !== null || r.status === '作废' || r.status === '服务中') continue;
      // A night session counts towards the cap of each day it covers, not only its sign-in day.
      const signOutAt = r.signOutAt ?? r.signInAt;
      for (const [day, minutes] of creditByDay(r.signInAt, signOutAt, r.creditedMinutes ?? 0))
        byDay.set(day, (byDay.get(day) ?? 0) + minutes);
    }
    return (day: string) => byDay.get(day) ?? 0;
  }

  async function close(
    record: ServiceRecord,
    signOutAt: number,
    status: ServiceRecord['status'],
    flagged: boolean,
    action: string,
    reason: string | null,
  ): Promise<{ record: ServiceRecord; credit: SessionCredit }> {
    const rules = record.rules ?? DEFAULT_HOURS_RULES;
    const credit = creditSession({
      signInAt: record.signInAt,
      signOutAt,
      rules,
      creditedOnDay: await creditedOnDays(record.volunteerId, record.signInAt, signOutAt, record.id),
    });
    const next = stampUpdate(
      record,
      { signOutAt, creditedMinutes: credit.creditedMinutes, status, flaggedForReview: flagged, rules },
      stamp(),
    );
    await db.serviceRecords.put(next);
    await appendAudit(db, ctx, {
      action,
      entity: 'serviceRecords',
      entityId: record.id,
      before: { status: record.status, signOutAt: record.signOutAt, creditedMinutes: record.creditedMinutes },
      after: { status, signOutAt, creditedMinutes: credit.creditedMinutes, flaggedForReview: flagged },
      reason,
    });
    return { record: next, credit };
  }

  /** Closes the volunteer's open records that are past their auto-close time (inside a transaction). */
  async function closeForgottenOf(rows: ServiceRecord[], now: number): Promise<number> {
    let closed = 0;
    for (const r of rows) {
      const limit = autoCloseAt(r.signInAt, r.rules ?? DEFAULT_HOURS_RULES);
      if (r.status !== '服务中' || r.deletedAt !== null || limit > now) continue;
      await close(r, limit, '待确认', true, '自动签退', '超过自动签退时间仍未签退，已按上限自动签退，待核实');
      closed += 1;
    }
    return closed;
  }

  const tables = [db.serviceRecords, db.volunteers, db.auditLog, db.settings, ...signInMatchTables(db)];

  return {
    ...serviceRecordReads(db),

    /** The center's volunteer settings, with defaults for unset keys. */
    async settings(): Promise<VolunteerSettings> {
      const [hoursRules, starLadder, minorRules, privacyNoticeVersion] = await Promise.all([
        settings.get('hoursRules'),
        settings.get('starLadder'),
        settings.get('minorRules'),
        settings.get('privacyNoticeVersion'),
      ]);
      return {
        hoursRules: hoursRules ?? DEFAULT_HOURS_RULES,
        starLadder: starLadder ?? DEFAULT_STAR_LADDER,
        minorRules: minorRules ?? DEFAULT_MINOR_RULES,
        privacyNoticeVersion: privacyNoticeVersion ?? DEFAULT_NOTICE_VERSION,
      };
    },

    /** Open records (服务中), oldest sign-in first: the "now on duty" list. */
    async onDuty(): Promise<ServiceRecord[]> {
      return live(
        await db.serviceRecords
          .where('[status+signInAt]')
          .between(['服务中', Dexie.minKey], ['服务中', Dexie.maxKey])
          .toArray(),
      );
    },

    /** Signs a volunteer in; refuses when already signed in. */
    async signIn(volunteerId: string, target: SignInTarget): Promise<ServiceRecord> {
      const current = await this.settings();
      return db.transaction('rw', tables, async () => {
        const now = ctx.now();
        const open = await openOf(volunteerId);
        if (open) {
          await closeForgottenOf([open], now);
          if ((await openOf(volunteerId)) !== undefined) throw new Error('该志愿者已签到，尚未签退');
        }
        const draft: Draft<ServiceRecord> = {
          volunteerId,
          ...target,
          signInAt: now,
          signOutAt: null,
          creditedMinutes: null,
          rules: { ...current.hoursRules },
          evaluation: '',
          recorder: ctx.actor,
          status: '服务中',
          flaggedForReview: false,
          manualReason: null,
        };
        const row = stampNew(draft, { id: ctx.newId(), now, deskId: ctx.deskId });
        await db.serviceRecords.add(row);
        await appendAudit(db, ctx, {
          action: '签到',
          entity: 'serviceRecords',
          entityId: row.id,
          after: { volunteerId, ...target },
        });
        // The same action tells the roster who came: the rostered shift then shows 到岗.
        await matchSignIn(db, ctx, row);
        return row;
      });
    },

    /**
     * Signs out at the desk. A desk sign-out is confirmed at once (staff saw the volunteer leave);
     * auto-closed and hand-added records wait for a one-click confirmation instead.
     */
    async signOut(
      recordId: string,
    ): Promise<{ record: ServiceRecord; credit: SessionCredit; star: number | null }> {
      const { starLadder } = await this.settings();
      return db.transaction('rw', tables, async () => {
        const r = await db.serviceRecords.get(recordId);
        if (!r || r.status !== '服务中') throw new Error('该记录已签退');
        const before = sumConfirmed(await confirmedOf(r.volunteerId));
        const out = await close(r, ctx.now(), '已确认', false, '签退', null);
        const star = crossedStar(before, before + out.credit.creditedMinutes, ladderHours(starLadder));
        return { ...out, star };
      });
    },

    /** One scan or number: signs the volunteer in, or out when already in. Unknown codes change nothing. */
    async toggleByNumber(code: string, target: SignInTarget): Promise<ToggleResult> {
      const volunteer = await volunteersRepo(db, ctx).byNumber(code);
      if (!volunteer) return { kind: 'unknown', code };
      const { hoursRules } = await this.settings();
      const guardSeconds = hoursRules.repeatScanSeconds ?? DEFAULT_REPEAT_SCAN_SECONDS;
      const last = await lastOf(volunteer.id);
      const lastChangeAt = last ? (last.status === '服务中' ? last.signInAt : last.signOutAt) : null;
      if (last && isRepeatScan(lastChangeAt, ctx.now(), guardSeconds))
        return { kind: 'repeat', volunteer, record: last, guardSeconds };
      await db.transaction('rw', tables, async () => {
        const open = await openOf(volunteer.id);
        if (open) await closeForgottenOf([open], ctx.now());
      });
      const open = await openOf(volunteer.id);
      if (open) return { kind: 'signedOut', volunteer, ...(await this.signOut(open.id)) };
      const record = await this.signIn(volunteer.id, target);
      return { kind: 'signedIn', volunteer, record, shift: await matchedShiftOf(db, record) };
    },

    /** Closes every forgotten sign-out past its auto-close time; returns how many. */
    async closeForgotten(): Promise<number> {
      return db.transaction('rw', tables, async () => closeForgottenOf(await this.onDuty(), ctx.now()));
    },

    /** Staff add a past record by hand, with a reason; it waits for confirmation (待确认). */
    async addPast(
      volunteerId: string,
      input: SignInTarget & { signInAt: number; signOutAt: number; evaluation: string; reason: string },
    ): Promise<ServiceRecord> {
      if (!input.reason.trim()) throw new Error('补录须填写原因');
      if (input.signOutAt <= input.signInAt) throw new Error('签退时间应晚于签到时间');
      const { hoursRules } = await this.settings();
      return db.transaction('rw', tables, async () => {
        const { reason, evaluation, signInAt, signOutAt, ...target } = input;
        const credit = creditSession({
          signInAt,
          signOutAt,
          rules: hoursRules,
          creditedOnDay: await creditedOnDays(volunteerId, signInAt, signOutAt, ''),
        });
        const row = stampNew<Draft<ServiceRecord>>(
          {
            volunteerId,
            ...target,
            signInAt,
            signOutAt,
            creditedMinutes: credit.creditedMinutes,
            rules: { ...hoursRules },
            evaluation,
            recorder: ctx.actor,
            status: '待确认',
            flaggedForReview: false,
            manualReason: reason,
          },
          { id: ctx.newId(), now: ctx.now(), deskId: ctx.deskId },
        );
        await db.serviceRecords.add(row);
        await appendAudit(db, ctx, {
          action: '补录服务记录',
          entity: 'serviceRecords',
          entityId: row.id,
          after: row,
          reason,
        });
        return row;
      });
    },

    /**
     * Sets the real sign-out time of a record the clock closed (forgotten sign-out), with a reason:
     * the hours are computed again from the time served, and the record counts as confirmed.
     */
    async correctSignOut(recordId: string, signOutAt: number, reason: string): Promise<ServiceRecord> {
      const why = reason.trim();
      if (!why) throw new Error('请填写更正原因');
      return db.transaction('rw', tables, async () => {
        const r = await db.serviceRecords.get(recordId);
        if (!r || r.deletedAt !== null) throw new Error('找不到该服务记录');
        if (r.status !== '待确认' || !r.flaggedForReview)
          throw new Error('只有自动签退待核实的记录可以更正签退时间');
        if (signOutAt <= r.signInAt) throw new Error('签退时间应晚于签到时间');
        if (signOutAt > ctx.now()) throw new Error('签退时间不能晚于现在');
        const limit = autoCloseAt(r.signInAt, r.rules ?? DEFAULT_HOURS_RULES);
        if (signOutAt > limit) throw new Error('签退时间不能晚于自动签退时间');
        return (await close(r, signOutAt, '已确认', false, '更正签退时间', why)).record;
      });
    },

    /** Confirms a 待确认 record: from now on its hours count. */
    async confirm(recordId: string, reason: string | null = null): Promise<void> {
      await this.setStatus(recordId, '已确认', '确认服务记录', reason);
    },

    /** Voids a record (作废) with a reason; it stays, visibly, and counts nowhere. */
    async void(recordId: string, reason: string): Promise<void> {
      if (!reason.trim()) throw new Error('作废须填写原因');
      await this.setStatus(recordId, '作废', '作废服务记录', reason);
    },

    async setStatus(
      recordId: string,
      status: ServiceRecord['status'],
      action: string,
      reason: string | null,
    ): Promise<void> {
      await db.transaction('rw', tables, async () => {
        const r = await db.serviceRecords.get(recordId);
        if (!r) throw new Error('找不到该服务记录');
        if (r.status === '服务中') throw new Error('请先签退');
        await db.serviceRecords.put(
          stampUpdate(
            r,
            { status, flaggedForReview: status === '已确认' ? false : r.flaggedForReview },
            stamp(),
          ),
        );
        await appendAudit(db, ctx, {
          action,
          entity: 'serviceRecords',
          entityId: recordId,
          before: { status: r.status },
          after: { status },
          reason,
        });
      });
    },
  };
}
