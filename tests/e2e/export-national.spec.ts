import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { makeIdNumber } from '../../shared/identity/id-card';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { NationalExport } from './pages/national-export';
import { injectSeed } from './seed/seed';

async function shoot(page: Page, name: string, show?: Locator): Promise<void> {
  mkdirSync('test-results/export-national', { recursive: true });
  for (const [w, h] of [
    [1366, 850],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await show?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/export-national/${name}-${w}.png` });
  }
}

test('exports the roster, then offers only the volunteer edited since, says when nothing is new, and repeats the first run', async ({
  page,
}) => {
  const desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, false);
  await injectSeed(page);
  const ids = await page.evaluate(
    async (idNumbers) => {
      const out: string[] = [];
      for (const [i, name] of ['林晓岚', '陈志远'].entries()) {
        const v = await window.deskSeed.volunteer({
          name,
          idNumber: idNumbers[i] ?? '',
          birthDate: '1990-01-01',
          phone: `1381234567${i}`,
          address: '',
        });
        out.push(v.id);
      }
      return out;
    },
    [1, 2].map((sequence) => makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence })),
  );
  await desk.goTo('志愿者');
  const national = new NationalExport(page);
  await national.open();
  await expect(
    national.dialog.getByText('还没有导出过。选好方案后按“按此方案导出”，导出的记录会列在这里。'),
  ).toBeVisible();
  await national.dialog.getByRole('button', { name: '新建志愿者信息方案' }).click();
  await national.dialog.getByLabel('方案名称').fill('区平台模板');
  // No earlier run: there is nothing to compare with, so no scope choice yet.
  await expect(national.changedOnly).toHaveCount(0);
  await shoot(page, 'national-first-export');
  const first = await national.download(national.exportButton);
  await expect(national.status).toHaveText('已导出 2 条');
  expect(first.slice(1).map((row) => row[1])).toEqual(['林晓岚', '陈志远']);
  await expect(national.runs).toHaveCount(1);
  await expect(national.runs.first()).toContainText('区平台模板');
  await expect(national.runs.first()).toContainText('2 条');
  await national.dialog.getByRole('button', { name: '完成' }).click();

  await page.evaluate(async (id) => {
    const repos = await window.deskSeed.repos();
    await repos.volunteers.update(id, { workUnit: '区图书馆' });
  }, ids[1] ?? '');

  await national.open();
  await national.choosePreset('区平台模板');
  await expect(national.changedOnly).toBeChecked();
  await expect(national.changedOnly).toHaveAccessibleName(/上次导出：.*，共 2 条/);
  await expect(national.dialog.getByText('本次将导出 1 条')).toBeVisible();
  await expectNoSeriousAxe(page, '全国系统导出对话框（导出范围与导出记录）');
  await shoot(page, 'national-changed-only');
  const second = await national.download(national.exportButton);
  await expect(national.status).toHaveText('已导出 1 条');
  expect(second.slice(1).map((row) => row[1])).toEqual(['陈志远']);

  // Straight after, nothing is new: the dialog says so and waits for 全部导出.
  await expect(national.dialog.getByText('上次导出后没有新增或变更的记录')).toBeVisible();
  await expect(national.exportButton).toBeDisabled();
  await national.dialog.getByRole('radio', { name: '全部导出' }).check();
  await expect(national.exportButton).toBeEnabled();

  await expect(national.runs).toHaveCount(2);
  await expect(national.runs.first()).toContainText('1 条');
  await shoot(page, 'national-runs', national.runs.last());
  const repeated = await national.download(national.runs.last().getByRole('button', { name: /^重新导出/ }));
  await expect(national.status).toContainText('共 2 条');
  expect(repeated.slice(1).map((row) => row[1])).toEqual(['林晓岚', '陈志远']);
  // A repeat is not a new run: the next 'changed' export still counts from the last real one.
  await expect(national.runs).toHaveCount(2);
  expect(desk.errors).toEqual([]);
});

test('deletes a saved preset only after asking, and 撤销 brings it back', async ({ page }) => {
  const desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, false);
  await desk.goTo('志愿者');
  const national = new NationalExport(page);
  await national.open();
  await national.dialog.getByRole('button', { name: '新建已确认的服务记录方案' }).click();
  await national.dialog.getByLabel('方案名称').fill('服务时长上报');
  await national.dialog.getByRole('button', { name: '保存方案' }).click();
  await expect(national.status).toHaveText('已保存方案“服务时长上报”');

  await national.dialog.getByRole('button', { name: '删除方案' }).click();
  const confirm = page.getByRole('dialog', { name: '删除方案“服务时长上报”？' });
  await expect(confirm).toBeVisible();
  await expectNoSeriousAxe(page, '删除导出方案确认框');
  await shoot(page, 'national-delete-confirm');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(national.status).toHaveText('已删除方案“服务时长上报”');
  await expect(national.dialog.getByLabel('方案名称')).toHaveCount(0);

  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('已恢复方案“服务时长上报”')).toBeVisible();
  await national.choosePreset('服务时长上报');
  await expect(national.dialog.getByLabel('方案名称')).toHaveValue('服务时长上报');
  expect(desk.errors).toEqual([]);
});
