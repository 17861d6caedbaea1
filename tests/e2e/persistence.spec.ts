import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test } from './fixtures';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';

test('keeps the center and its volunteers after the browser is closed and started again on the same profile', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'desk-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 1366, height: 850 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      reducedMotion: 'reduce',
    });
  try {
    const first = await launch();
    const app = new DeskApp(first.pages()[0] ?? (await first.newPage()));
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, true);
    await app.goTo('志愿者');
    await expect(app.page.getByText('共 200 名志愿者')).toBeVisible();
    await first.close();

    const second = await launch();
    const again = new DeskApp(second.pages()[0] ?? (await second.newPage()));
    await again.open();
    await again.expectScreen('今日概览');
    await expect(again.sidebar).toContainText(SAMPLE_CENTER.name);
    await again.goTo('志愿者');
    await expect(again.page.getByText('共 200 名志愿者')).toBeVisible();
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
