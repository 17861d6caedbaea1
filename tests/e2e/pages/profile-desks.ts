import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium.mjs';
import { DeskApp } from './desk-app';

/**
 * Desks opened on a profile folder on disk, as a PC keeps one between runs: for tests that close,
 * kill or damage the browser and open the same data again. Every browser started is closed by
 * `closeAll`, even when the test failed half-way.
 */
export class ProfileDesks {
  private readonly running: BrowserContext[] = [];

  constructor(private readonly baseURL: string | undefined) {}

  async launch(profile: string): Promise<{ context: BrowserContext; app: DeskApp }> {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      baseURL: this.baseURL,
      viewport: { width: 1366, height: 850 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      reducedMotion: 'reduce',
      timeout: 90_000,
    });
    this.running.push(context);
    // A step that hangs then fails with its name and call log: on a context launched like this, a
    // click or navigation left waiting until the test's timeout reports only "Test timeout exceeded".
    context.setDefaultTimeout(90_000);
    const app = new DeskApp(context.pages()[0] ?? (await context.newPage()));
    await app.open();
    return { context, app };
  }

  /** What a power cut or the task manager does: every process of the profile's browser, kill -9. */
  kill(profile: string): void {
    try {
      execFileSync('pkill', ['-9', '-f', profile]);
    } catch {
      // pkill exits 1 when nothing matched: the browser is gone either way.
    }
  }

  async closeAll(): Promise<void> {
    for (const context of this.running.splice(0)) await context.close().catch(() => undefined);
  }
}
