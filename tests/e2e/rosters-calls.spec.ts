import { makeIdNumber } from '../../shared/identity/id-card';
import { addDays, dateKey } from '../../shared/time/center-time';
import { expect, test } from './fixtures';
import { AuditLogSection } from './pages/audit-log';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, DEFAULT_ADMIN, SAMPLE_CENTER } from './pages/desk-app';
import { expectEmbeddedChineseFonts, mmToPt } from './pages/documents';
import { cellUnder } from './pages/list-export';
import { LockScreen } from './pages/lock-screen';
import { RosterCalls } from './pages/roster-calls';
import { RostersPage } from './pages/rosters';
import { injectSeed } from './seed/seed';

const CLERK = { name: '张三', pin: '1357' };
const idOf = (sequence: number) => makeIdNumber({ addressCode: '350102', birthDate: '19850620', sequence });
const LIN = { name: '林小梅', phone: '13800000031', idNumber: idOf(31) };
const CHEN = { name: '陈建国', phone: '13900000042', idNumber: idOf(42) };
const PEOPLE = [LIN, CHEN];

test('the call list shows a 管理员 full phones, logged once per showing and per print, and a 前台 only masked ones', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await injectSeed(page);
  const tomorrow = addDays(dateKey(Date.now()), 1);
  await app.goTo('志愿者');
  const rosters = new RostersPage(page);
  await rosters.open();
  // The post through its form (its schema compiles code, which the page's CSP forbids in an evaluate).
  await rosters.createPost('实验小学南门', '每天', [
    { label: '早岗', start: '07:20', end: '08:00', needed: '2' },
  ]);
  const postName = await page.evaluate(
    async ({ people, date, clerk }) => {
      const repos = await window.deskSeed.repos();
      const [post] = await repos.dutyPosts.list();
      const shiftId = post?.shifts[0]?.id ?? '';
      const ids = [];
      for (const p of people) ids.push((await window.deskSeed.volunteer(p)).id);
      await repos.rosters.assign(
        ids.map((volunteerId) => ({
          postId: post?.id ?? '',
          shiftId,
          date,
          volunteerId,
          status: '排班' as const,
          substituteFor: null,
        })),
      );
      await repos.staff.add({ name: clerk.name, role: '前台', pin: clerk.pin });
      return post?.name ?? '';
    },
    { people: PEOPLE, date: tomorrow, clerk: CLERK },
  );

  const calls = new RosterCalls(page);
  await calls.open();
  await expect(calls.row(LIN.name)).toContainText('138****0031');
  await expect(calls.row(CHEN.name)).toContainText('早岗 07:20–08:00');
  await expect(calls.dialog).toContainText('共 2 名志愿者');
  await expectNoSeriousAxe(page, '上岗通话名单对话框');

  // The .xlsx: the date and shift times are real Excel cells, phones masked by default.
  const sheet = await calls.exportSheet();
  const date = cellUnder(sheet, '日期');
  expect(date?.t).toBe('d');
  expect((date?.v as Date).toISOString().slice(0, 10)).toBe(tomorrow);
  expect(cellUnder(sheet, '开始')).toMatchObject({ t: 'd', w: '07:20' });
  expect(cellUnder(sheet, '手机号')).toMatchObject({ t: 's', v: '139****0042' });
  expect(cellUnder(sheet, '岗位')?.v).toBe(postName);

  await calls.showPhones.click();
  await expect(calls.row(LIN.name)).toContainText(LIN.phone);
  await expect(calls.row(CHEN.name)).toContainText(CHEN.phone);
  const full = await calls.print('call-list-full');
  const fullText = full.text();
  expect(fullText.replace(/\s+/g, '')).toContain('上岗通话名单');
  expect(fullText).toContain(LIN.phone);
  expect(fullText).toMatch(new RegExp(`早岗 07:20–08:00\\s+${postName}\\s+实验小学南门`));
  expect(fullText).toContain('已通知');
  const info = full.info();
  expect(info.pages).toBe(1);
  expect(info.widthPt).toBeCloseTo(mmToPt(210), 0);
  expect(info.heightPt).toBeCloseTo(mmToPt(297), 0);
  expectEmbeddedChineseFonts(full);
  calls.keepPdf(full, 'call-list-full');
  await calls.close();

  await app.goTo('设置');
  const audit = new AuditLogSection(page);
  await expect(audit.rows.first()).toContainText('打印通话名单完整手机号');
  await expect(audit.rows.first()).toContainText(DEFAULT_ADMIN.name);
  await expect(audit.rows.first()).toContainText(`${tomorrow} 的通话名单，2 名志愿者`);
  await expect(audit.rows.nth(1)).toContainText('查看通话名单完整手机号');

  // A 前台 sees masked phones only, with the reason, and prints them masked.
  await page.getByRole('button', { name: '切换用户' }).click();
  await new LockScreen(page).signIn(CLERK.name, CLERK.pin);
  await app.goTo('志愿者');
  await new RostersPage(page).open();
  await calls.open();
  await expect(calls.row(CHEN.name)).toContainText('139****0042');
  await expect(calls.showPhones).toBeDisabled();
  await expect(calls.dialog).toContainText('仅管理员可以查看和打印通话名单中的完整手机号');
  const masked = await calls.print('call-list-masked');
  const maskedText = masked.text();
  expect(maskedText).toContain('138****0031');
  expect(maskedText).not.toContain(LIN.phone);
  expect(maskedText).not.toContain(CHEN.phone);
  calls.keepPdf(masked, 'call-list-masked');
  expect(app.errors).toEqual([]);
});
