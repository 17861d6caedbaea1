import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

/**
 * A system Chromium this test started itself, on a profile on disk, driven over CDP. Playwright's own
 * launch owns the process and closes it politely; a crash test needs the pid, to send SIGKILL.
 */
export interface KillableChromium {
  browser: Browser;
  /** The profile's own context: its IndexedDB lives in the user-data-dir. */
  context: BrowserContext;
  /**
   * SIGKILL to the browser and every process it started, no shutdown of any kind; resolves once the
   * browser has exited. The whole group: an orphaned helper must not touch the profile afterwards.
   */
  kill(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/** Chromium prints its DevTools address on stderr once it listens (port 0: one it picked). */
function devToolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools address within 30 s:\n${seen}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before it listened:\n${seen}`));
    });
  });
}

/** Starts Chromium headless on `profile` (zh-CN, Shanghai time, the e2e window size) and connects. */
export async function launchKillableChromium(profile: string): Promise<KillableChromium> {
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--lang=zh-CN',
      '--window-size=1366,850',
      'about:blank',
    ],
    // Its own process group (detached), so that kill reaches the helpers too.
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'Asia/Shanghai' }, detached: true },
  );
  const kill = async () => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
    await exited(child);
  };
  try {
    const browser = await chromium.connectOverCDP(await devToolsUrl(child));
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    return { browser, context, kill };
  } catch (error) {
    await kill();
    throw error;
  }
}
