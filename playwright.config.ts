import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.mjs';
import {
  E2E_DEV_OUT_DIR as devOutDir,
  E2E_DEV_PORT as devPort,
  E2E_OUT_DIR as outDir,
  E2E_PORT as port,
} from './tests/support/e2e-out';

const baseURL = `http://127.0.0.1:${port}`;
const devBaseURL = `http://127.0.0.1:${devPort}`;
const devConsoleSpec = '**/dev-console.spec.ts';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  // One real CouchDB (COUCH_URL) is shared by every spec that starts a center: one worker then.
  workers: process.env.COUCH_URL ? 1 : 2,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  // A guard against a hung test, not a speed target. A loaded 2-core CI machine runs some tests five times
  // slower than an idle one: a 44 s district-task walk passed 120 s there, and the guard then failed it.
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    viewport: { width: 1366, height: 850 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // As a desk whose Windows has animations turned off: antd's dialogs then open within a frame instead
    // of zooming for 0.3 s (DeskConfig), so a click can hardly land on one still opening. On a loaded
    // machine such clicks were lost twice (添加工作人员, then 删除 in an activity's confirm).
    // motion.spec.ts covers the default.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The app as users get it.
    { name: 'build', testIgnore: devConsoleSpec },
    // React and antd warn only in a development build: one spec walks it and fails on any warning.
    { name: 'dev-console', testMatch: devConsoleSpec, use: { baseURL: devBaseURL } },
  ],
  webServer: [
    {
      // The built app, as users get it; `npm run test:e2e` builds it first.
      command: `npx vite preview --config vite.web.config.ts --port ${port} --outDir ${outDir}`,
      url: baseURL,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      // Built here, not by `npm run test:e2e`: a few seconds, and a run of a few specs never finds it
      // missing or stale.
      command:
        `npx vite build --config vite.web.config.ts --mode development --outDir ${devOutDir} --logLevel warn` +
        ` && npx vite preview --config vite.web.config.ts --port ${devPort} --outDir ${devOutDir}`,
      url: devBaseURL,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
  ],
});
