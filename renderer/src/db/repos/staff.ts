import type { Draft, Staff, StaffRole } from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import { isLastActiveAdmin, pinDelayMs } from '@shared/staff/policy';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { hashPin, pinMatches, PIN_ITERATIONS } from './staff-pin';

/** A staff member as screens see them: no PIN hash or salt. */
export type StaffMember = Pick<Staff, 'id' | 'name' | 'role' | 'active' | 'failedPins' | 'lockedUntil'>;

/** The outcome of a PIN typed at the lock screen. */
export type SignInResult =
  | { ok: true; staff: StaffMember }
  | { ok: false; reason: 'wrong'; failures: number; waitMs: number }
  | { ok: false; reason: 'wait'; failures: number; waitMs: number }
  | { ok: false; reason: 'inactive' };

/** What a session event is called in 操作记录. */
export type SessionEvent = '登录' | '切换用户' | '锁定' | '自动锁定';

const member = (s: Staff): StaffMember => ({
  id: s.id,
  name: s.name,
  role: s.role,
  active: s.active,
  failedPins: s.failedPins,
  lockedUntil: s.lockedUntil,
});

/**
 * Staff accounts and PIN sign-in. Hashing (WebCrypto) runs before or after a transaction, never
 * inside: awaiting it there would commit the transaction early. Audit rows name the staff member
 * concerned as actor for sign-in events, and the signed-in one for account changes.
 */
export function staffRepo(db: DeskDatabase, ctx: WriteContext, iterations = PIN_ITERATIONS) {
  const as = (name: string): WriteContext => ({ ...ctx, actor: name });

  async function add(draft: { name: string; role: StaffRole; pin: string }, first: boolean) {
    const hash = await hashPin(draft.pin, iterations);
    return db.transaction('rw', db.staff, db.auditLog, async () => {
      const all = await db.staff.toArray();
      const live = all.filter((s) => s.deletedAt === null);
      if (first && live.some((s) => s.role === '管理员' && s.active))
        throw new Error('已经有管理员了，请用管理员的 PIN 解锁后在“设置 → 人员与权限”中添加');
      if (live.some((s) => s.name === draft.name))
        throw new Error(`已有名为“${draft.name}”的工作人员，请用其他称呼（如加上姓氏或编号）`);
      const row = stampNew<Draft<Staff>>(
        {
          name: draft.name,
          role: draft.role,
          phone: '',
          active: true,
          failedPins: 0,
          lockedUntil: null,
          ...hash,
        },
        { id: ctx.newId(), now: ctx.now(), deskId: ctx.deskId },
      );
      await db.staff.add(row);
      await appendAudit(db, first ? as(row.name) : ctx, {
        action: first ? '设置首位管理员' : '新增工作人员',
        entity: 'staff',
        entityId: row.id,
        after: member(row),
      });
      return member(row);
    });
  }

  async function change(
    id: string,
    patch: Partial<Draft<Staff>>,
    action: string,
    check?: (all: Staff[]) => void,
  ) {
    return db.transaction('rw', db.staff, db.auditLog, async () => {
      const all = (await db.staff.toArray()).filter((s) => s.deletedAt === null);
      const row = all.find((s) => s.id === id);
      if (!row) throw new Error('找不到这名工作人员，可能已被删除');
      check?.(all);
      const next = stampUpdate(row, patch, { now: ctx.now(), deskId: ctx.deskId });
      await db.staff.put(next);
      await appendAudit(db, ctx, {
        action,
        entity: 'staff',
        entityId: id,
        before: member(row),
        after: member(next),
      });
      return member(next);
    });
  }

  return {
    /** Every staff member, active first then by name (a desk has a handful). */
    async list(): Promise<StaffMember[]> {
      const rows = (await db.staff.toArray()).filter((s) => s.deletedAt === null);
      rows.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh-CN'));
      return rows.map(member);
    },

    /** True when no active 管理员 exists (a new desk, or one upgraded from before staff accounts). */
    async needsFirstAdmin(): Promise<boolean> {
      const rows = await db.staff.toArray();
      return !rows.some((s) => s.deletedAt === null && s.active && s.role === '管理员');
    },

    /** Creates the desk's first 管理员; refused once one exists (that is 人员与权限's job). */
    addFirstAdmin(draft: { name: string; pin: string }): Promise<StaffMember> {
      return add({ ...draft, role: '管理员' }, true);
    },

    /** Adds a staff member (a 管理员 in 人员与权限). */
    add(draft: { name: string; role: StaffRole; pin: string }): Promise<StaffMember> {
      return add(draft, false);
    },

    /**
     * Checks a PIN. While a wait from earlier wrong PINs runs, the PIN is not even checked. A wrong PIN
     * is counted and logged under the account tried; the count and the wait are stored, so closing or
     * reloading the app does not reset them.
     */
    async signIn(id: string, pin: string): Promise<SignInResult> {
      const row = await db.staff.get(id);
      if (!row || row.deletedAt !== null || !row.active) return { ok: false, reason: 'inactive' };
      const now = ctx.now();
      if (row.lockedUntil !== null && now < row.lockedUntil)
        return { ok: false, reason: 'wait', failures: row.failedPins, waitMs: row.lockedUntil - now };
      const matches = await pinMatches(pin, row);
      return db.transaction('rw', db.staff, db.auditLog, async (): Promise<SignInResult> => {
        const fresh = (await db.staff.get(id)) ?? row;
        const failures = matches ? 0 : fresh.failedPins + 1;
        const waitMs = pinDelayMs(failures);
        const next = stampUpdate(
          fresh,
          { failedPins: failures, lockedUntil: waitMs > 0 ? now + waitMs : null },
          { now, deskId: ctx.deskId },
        );
        await db.staff.put(next);
        await appendAudit(db, as(row.name), {
          action: matches ? '登录' : 'PIN 输入错误',
          entity: 'staff',
          entityId: id,
          reason: matches ? null : `连续第 ${failures} 次`,
        });
        return matches ? { ok: true, staff: member(next) } : { ok: false, reason: 'wrong', failures, waitMs };
      });
    },

    /** Logs a lock or a switch of user under the staff member who was signed in. */
    recordSession(staff: Pick<StaffMember, 'id' | 'name'>, event: SessionEvent, reason?: string) {
      return appendAudit(db, as(staff.name), {
        action: event,
        entity: 'staff',
        entityId: staff.id,
        reason: reason ?? null,
      });
    },

    /** Disables or re-enables an account; the last active 管理员 cannot be disabled. */
    setActive(id: string, active: boolean): Promise<StaffMember> {
      return change(id, { active }, active ? '启用工作人员' : '停用工作人员', (all) => {
        if (!active && isLastActiveAdmin(all, id))
          throw new Error('这是最后一位管理员，不能停用。请先添加另一位管理员');
      });
    },

    /** Sets a new PIN and clears any wait from wrong PINs. */
    async resetPin(id: string, pin: string): Promise<StaffMember> {
      const hash = await hashPin(pin, iterations);
      return change(id, { ...hash, failedPins: 0, lockedUntil: null }, '重置 PIN');
    },
  };
}
