import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, systemContext, type DeskDatabase } from '../../renderer/src/db';
import { staffRepo } from '../../renderer/src/db/repos/staff';
import { testContext, uniqueDbName } from './helpers';

let db: DeskDatabase;
let ctx: ReturnType<typeof testContext>;
let staff: ReturnType<typeof staffRepo>;

beforeEach(async () => {
  db = createDatabase(uniqueDbName('staff'));
  await openDatabase(db);
  ctx = testContext();
  // Few iterations: the hashing is the same, only cheaper.
  staff = staffRepo(db, ctx, 1000);
});
afterEach(() => db.close());

describe('staff accounts', () => {
  it('stores a salted PBKDF2 hash of the PIN, never the PIN, with its iteration count', async () => {
    const a = await staff.addFirstAdmin({ name: '王管理', pin: '246810' });
    const b = await staff.add({ name: '张三', role: '前台', pin: '246810' });
    const [rowA, rowB] = await Promise.all([db.staff.get(a.id), db.staff.get(b.id)]);
    expect(JSON.stringify(rowA)).not.toContain('246810');
    expect(rowA?.pinIterations).toBe(1000);
    expect(atob(rowA?.pinSalt ?? '')).toHaveLength(16);
    // Same PIN, different salt: different hashes.
    expect(rowA?.pinSalt).not.toBe(rowB?.pinSalt);
    expect(rowA?.pinHash).not.toBe(rowB?.pinHash);
    const log = await db.auditLog.toArray();
    expect(JSON.stringify(log)).not.toContain(rowA?.pinHash);
  });

  it('asks for a first 管理员 only while there is none, and refuses a second first one', async () => {
    expect(await staff.needsFirstAdmin()).toBe(true);
    await staff.addFirstAdmin({ name: '王管理', pin: '246810' });
    expect(await staff.needsFirstAdmin()).toBe(false);
    await expect(staff.addFirstAdmin({ name: '李四', pin: '1234' })).rejects.toThrow('已经有管理员了');
  });

  it('signs in with the right PIN and logs it under that staff member', async () => {
    const a = await staff.addFirstAdmin({ name: '王管理', pin: '246810' });
    const result = await staff.signIn(a.id, '246810');
    expect(result).toMatchObject({ ok: true, staff: { name: '王管理', role: '管理员' } });
    const last = await db.auditLog.orderBy('seq').last();
    expect(last).toMatchObject({ actor: '王管理', action: '登录', entity: 'staff' });
  });

  it('waits longer after each wrong PIN from the fifth on, without even checking the PIN meanwhile', async () => {
    const a = await staff.addFirstAdmin({ name: '王管理', pin: '246810' });
    const waits: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await staff.signIn(a.id, '000000');
      waits.push(r.ok || r.reason === 'inactive' ? -1 : r.waitMs);
    }
    expect(waits).toEqual([0, 0, 0, 0, 30_000]);
    // The right PIN during the wait is not accepted.
    expect(await staff.signIn(a.id, '246810')).toMatchObject({ ok: false, reason: 'wait' });
    ctx.advance(30_000);
    expect(await staff.signIn(a.id, '111111')).toMatchObject({ ok: false, reason: 'wrong', waitMs: 60_000 });
    ctx.advance(60_000);
    expect(await staff.signIn(a.id, '246810')).toMatchObject({ ok: true });
    expect((await db.staff.get(a.id))?.failedPins).toBe(0);
    const all = await db.auditLog.toArray();
    expect(all.filter((e) => e.action === 'PIN 输入错误' && e.actor === '王管理')).toHaveLength(6);
  });

  it('keeps the count and the wait in the database, so a new session does not reset them', async () => {
    const a = await staff.addFirstAdmin({ name: '王管理', pin: '246810' });
    for (let i = 0; i < 5; i += 1) await staff.signIn(a.id, '000000');
    const again = staffRepo(db, ctx, 1000);
    expect(await again.signIn(a.id, '246810')).toMatchObject({ ok: false, reason: 'wait', failures: 5 });
  });

  it('never disables the last active 管理员, and refuses sign-in to a disabled account', async () => {
    const a = await staff.addFirstAdmin({ name: '王管理', pin: '246810' });
    const b = await staff.add({ name: '张三', role: '前台', pin: '1234' });
    await expect(staff.setActive(a.id, false)).rejects.toThrow('最后一位管理员');
    await staff.setActive(b.id, false);
    expect(await staff.signIn(b.id, '1234')).toEqual({ ok: false, reason: 'inactive' });
    const c = await staff.add({ name: '李管理', role: '管理员', pin: '5678' });
    await staff.setActive(a.id, false);
    expect((await staff.list()).map((s) => [s.name, s.active])).toEqual([
      ['李管理', true],
      ['王管理', false],
      ['张三', false],
    ]);
    await expect(staff.setActive(c.id, false)).rejects.toThrow('最后一位管理员');
  });

  it('resets a PIN: the old one stops working and any wait is cleared', async () => {
    const a = await staff.addFirstAdmin({ name: '王管理', pin: '246810' });
    for (let i = 0; i < 6; i += 1) await staff.signIn(a.id, '000000');
    await staff.resetPin(a.id, '8888');
    expect(await staff.signIn(a.id, '246810')).toMatchObject({ ok: false, reason: 'wrong', failures: 1 });
    expect(await staff.signIn(a.id, '8888')).toMatchObject({ ok: true });
  });

  it('refuses two active staff with the same name (the log could not tell them apart)', async () => {
    await staff.addFirstAdmin({ name: '王管理', pin: '246810' });
    await expect(staff.add({ name: '王管理', role: '前台', pin: '1234' })).rejects.toThrow(
      '已有名为“王管理”',
    );
  });
});

describe('the app write context', () => {
  it('reads the actor at each write, so a switch of user shows in the next audit entry', async () => {
    let who = '王管理';
    const app = systemContext('desk-1', () => who);
    expect(app.actor).toBe('王管理');
    who = '张三';
    expect(app.actor).toBe('张三');
    const repo = staffRepo(db, app, 1000);
    await repo.addFirstAdmin({ name: '李管理', pin: '1357' });
    const b = await repo.add({ name: '赵六', role: '前台', pin: '2468' });
    const entry = await db.auditLog.where('[entity+entityId]').equals(['staff', b.id]).first();
    expect(entry?.actor).toBe('张三');
  });
});
