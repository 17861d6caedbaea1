import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { makeIdNumber } from '../../shared/identity/id-card';
import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { DocumentsPage, savePdf } from './pages/documents';
import { VolunteersPage } from './pages/volunteers';
import { injectSeed } from './seed/seed';

const RECORDS = 16;
const DAY_MS = 86_400_000;

/** The center's calendar date (UTC+8) some days before now, as the profile's date picker takes it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A record of 09:00–11:30 (center time) on `day`, as the 补录 dialog writes it. */
interface PastRecord {
  day: string;
  project: string;
}

/**
 * What the test is not about goes in through the app's own repositories: confirmed past records, each
 * added and confirmed exactly as the profile's 补录 and 确认 buttons do.
 */
async function seedConfirmedRecords(
  page: Page,
  volunteerNumber: string,
  records: PastRecord[],
): Promise<void> {
  await injectSeed(page);
  const rows = records.map((r) => ({
    project: r.project,
    signInAt: Date.parse(`${r.day}T09:00:00+08:00`),
    signOutAt: Date.parse(`${r.day}T11:30:00+08:00`),
  }));
  await page.evaluate(
    async ({ number, rows }) => {
      const repos = await window.deskSeed.repos();
      const volunteer = await repos.volunteers.byNumber(number);
      if (!volunteer) throw new Error(`no volunteer ${number}`);
      for (const row of rows) {
        const record = await repos.serviceRecords.addPast(volunteer.id, {
          activityId: null,
          bookingId: null,
          post: null,
          projectName: row.project,
          place: '',
          serviceObject: '',
          content: '路口劝导',
          leader: '',
          evaluation: '',
          signInAt: row.signInAt,
          signOutAt: row.signOutAt,
          reason: '纸质签到表补录',
        });
        await repos.serviceRecords.confirm(record.id);
      }
    },
    { number: volunteerNumber, rows },
  );
}

/** 补录服务记录 on the open profile, then 确认 it (the newest record is on top of the table). */
async function addConfirmedRecord(page: Page, day: string, project: string): Promise<void> {
  await page.getByRole('button', { name: '补录服务记录' }).click();
  const dialog = page.getByRole('dialog', { name: '补录服务记录' });
  await dialog.getByLabel('服务日期').fill(day);
  await dialog.getByLabel('服务日期').press('Enter');
  const from = dialog.getByLabel('签到至签退时间');
  await from.click();
  await from.fill('09:00');
  await from.press('Enter');
  const to = dialog.getByPlaceholder(/结束|End/).last();
  await to.fill('11:30');
  await to.press('Enter');
  await dialog.getByLabel('项目或活动名称').fill(project);
  await dialog.getByLabel('服务内容').fill('路口劝导');
  await dialog.getByLabel('补录原因').fill('纸质签到表补录');
  await dialog
    .getByRole('button', { name: '补 录' })
    .or(dialog.getByRole('button', { name: '补录' }))
    .click();
  await expect(dialog).toBeHidden();
  const pending = page
    .getByRole('button', { name: '确认', exact: true })
    .or(page.getByRole('button', { name: '确 认', exact: true }));
  await expect(pending).toHaveCount(1);
  await pending.click();
  await expect(pending).toHaveCount(0);
}

test('prints every confirmed record of a long 志愿服务记录证明 on numbered continuation pages', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  await page.getByLabel('负责人', { exact: true }).fill('王建国');
  await page.getByLabel('经办人', { exact: true }).fill('林晓');
  await page.getByRole('button', { name: '保存出具信息' }).click();
  await expect(page.getByText('出具信息已保存')).toBeVisible();

  await app.goTo('志愿者');
  const vols = new VolunteersPage(page);
  const idNumber = makeIdNumber({ addressCode: '350102', birthDate: '19850612', sequence: 31 });
  const number = await vols.register({ name: '陈长记', idNumber, phone: '13900001111' });
  const records = Array.from({ length: RECORDS }, (_, i) => ({
    day: daysAgo(3 * (RECORDS - i) + 1),
    project: i % 2 ? '文明交通劝导' : '河道巡护与垃圾分类宣传',
  }));
  const days = records.map((r) => r.day);
  // All but the newest seeded; the newest typed at the desk, as the paper sheet is caught up.
  await seedConfirmedRecords(page, number, records.slice(0, -1));
  const newest = records.at(-1);
  if (!newest) throw new Error('no records');
  await addConfirmedRecord(page, newest.day, newest.project);

  const docs = new DocumentsPage(app);
  await docs.open();
  await docs.chooseKind('志愿服务记录证明');
  await docs.radioLabel('按姓名查找').click();
  await page.getByRole('combobox', { name: '查找志愿者' }).fill('陈长记');
  await page.locator('.ant-select-item-option', { hasText: '陈长记' }).click();
  await expect(docs.recipients.getByText('齐全')).toBeVisible();
  await expect(docs.recipients).toContainText('40 小时');
  // The preview shows the continuation pages too, before anything is numbered.
  await page.getByRole('button', { name: '预览全部' }).click();
  const preview = page.getByRole('img', { name: /^陈长记的预览（共 [2-9] 页）$/ });
  await expect(preview).toBeVisible();
  const box = await preview.boundingBox();
  expect((box?.height ?? 0) / (box?.width ?? 1)).toBeGreaterThan(2 * (297 / 210) - 0.01);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  const printPage = await docs.issueAndCatchPrintWindow();
  const pdf = await savePdf(printPage, 'proof-pages', 'opened');
  const text = pdf.text();
  // The paragraph wraps where the page ends a line: read it as one line of text.
  const flat = text.replace(/\s+/g, '');
  const certificate = /ZM-\d{4}-00001/.exec(text)?.[0] ?? '';
  expect(certificate).not.toBe('');
  const pages = pdf.info().pages;
  expect(pages).toBeGreaterThan(1);

  // Every record it counts is listed, and nothing is summarised away.
  for (const day of days) expect(text).toContain(day);
  expect(text).not.toMatch(/另有 \d+ 条/);
  expect(text).toMatch(new RegExp(`合计（\\s*${RECORDS}\\s*次）`));
  expect(flat).toContain(`志愿服务活动${RECORDS}次，经本单位记录确认，累计志愿服务时长40小时`);

  // Each page carries its number and the certificate number; continuation pages their own header.
  const sheets = text.split('\f').filter((s) => s.trim());
  expect(sheets).toHaveLength(pages);
  expect(sheets.length).toBeGreaterThan(1);
  sheets.forEach((sheet, i) => {
    expect(sheet).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${pages}\\s*页`));
    expect(sheet).toContain(certificate);
    if (i > 0) {
      expect(sheet).toContain('志愿服务记录证明（续页）');
      expect(sheet).toContain('服务日期');
    }
  });
  // The issuer block closes the last page only.
  expect(sheets.at(-1)).toContain('王建国');
  expect(sheets[0]).not.toContain('王建国');
  expect(sheets[0]?.replace(/\s+/g, '')).toContain('兹证明陈长记');

  mkdirSync('test-results/documents', { recursive: true });
  copyFileSync(pdf.path, 'test-results/documents/proof-pages.pdf');
  expect(app.errors).toEqual([]);
});
