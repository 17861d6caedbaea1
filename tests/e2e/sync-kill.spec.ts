import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeIdNumber } from '../../shared/identity/id-card';
import { startCenterWithSites, type CenterServer } from '../center/center-server';
import { launchKillableChromium, type KillableChromium } from '../support/killable-chromium';
import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { SyncSection } from './pages/sync-section';
import { VolunteersPage } from './pages/volunteers';

const ACCOUNT = { username: 'e2e-kill', password: 'e2e-pw-9' };
const SITE = 'site-kill';
const WALK_IN = {
  name: '郑重来',
  idNumber: makeIdNumber({ addressCode: '350102', birthDate: '19900512', sequence: 77 }),
  phone: '13900009999',
};
let center: CenterServer;

test.beforeAll(async () => {
  center = await startCenterWithSites({
    sites: [
      {
        db: SITE,
        name: '鼓楼',
        level: '中心',
        desks: [{ user: ACCOUNT.username, password: ACCOUNT.password }],
      },
    ],
    district: null,
  });
});
test.afterAll(() => center?.stop());

interface CenterDoc {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  row: { name: string; phone: string; volunteerNo: string };
}

/** The center's volunteer documents, as its admin sees them, with any conflicting revisions. */
async function centerVolunteers(): Promise<CenterDoc[]> {
  const range = `startkey=${encodeURIComponent('"volunteers:"')}&endkey=${encodeURIComponent('"volunteers:\uffff"')}`;
  const answer = await fetch(`${center.url}/${SITE}/_all_docs?include_docs=true&conflicts=true&${range}`, {
    headers: { Authorization: `Basic ${Buffer.from(center.admin).toString('base64')}` },
  });
  const body = (await answer.json()) as { rows: { doc: CenterDoc }[] };
  return body.rows.map((r) => r.doc);
}

/** The page the app runs in, on `base`: a fresh tab of the profile's own context. */
async function openDesk(chrome: KillableChromium, base: string): Promise<DeskApp> {
  const page: Page = await chrome.context.newPage();
  const app = new DeskApp(page);
  await page.goto(base);
  return app;
}

test('a change queued while paused survives a SIGKILL of the browser and reaches the center exactly once', async ({
  baseURL,
}) => {
  if (!baseURL) throw new Error('the project has no baseURL');
  const profile = mkdtempSync(join(tmpdir(), 'desk-kill-'));
  let chrome: KillableChromium | null = null;
  try {
    chrome = await launchKillableChromium(profile);
    const first = await openDesk(chrome, baseURL);
    await first.completeSetup(SAMPLE_CENTER, false);
    await first.goTo('设置');
    const sync = new SyncSection(first.page);
    await sync.connect({ url: `${center.url}/${SITE}`, deskName: '前台', deskCode: 'k', ...ACCOUNT });
    await expect(sync.region).toContainText('待发送0 条', { timeout: 30_000 });
    await sync.button('暂停同步').click();
    await expect(sync.state).toHaveText('已暂停');

    await first.goTo('志愿者');
    const volunteers = new VolunteersPage(first.page);
    await volunteers.openRegistration();
    await volunteers.fillWalkIn(WALK_IN);
    await volunteers.submit();
    // A synced desk numbers with its 本机代号 (ZYZK…), which VolunteersPage.register does not expect.
    const profileHeading = first.page.getByRole('heading', { name: /^郑重来（ZYZK\d{6}）$/ });
    await expect(profileHeading).toBeVisible();
    const volunteerNo = /ZYZK\d{6}/.exec((await profileHeading.textContent()) ?? '')?.[0];
    await first.goTo('设置');
    // Queued in Dexie with the write, and held there: the pump does not run while paused.
    await expect(sync.region).toContainText(/待发送[1-9]\d* 条/);
    expect(await centerVolunteers()).toEqual([]);

    // No unload, no flush, no goodbye to the center: the process is gone.
    await chrome.kill();
    chrome = null;

    chrome = await launchKillableChromium(profile);
    const again = await openDesk(chrome, baseURL);
    await again.expectScreen('今日概览');
    await again.goTo('设置');
    const after = new SyncSection(again.page);
    await expect(after.state).toHaveText('已暂停', { timeout: 30_000 });
    await expect(after.region).toContainText(/待发送[1-9]\d* 条/);
    await after.button('继续同步').click();
    await expect(after.state).toHaveText('已连接', { timeout: 30_000 });
    await expect(after.region).toContainText('待发送0 条', { timeout: 30_000 });

    // One document, on its first revision: sent once, not sent again after the restart.
    await expect
      .poll(async () => (await centerVolunteers()).filter((d) => d.row.name === WALK_IN.name).length, {
        timeout: 30_000,
      })
      .toBe(1);
    const docs = await centerVolunteers();
    expect(docs).toHaveLength(1);
    const [doc] = docs;
    expect(doc?._rev).toMatch(/^1-/);
    expect(doc?._conflicts).toBeUndefined();
    expect(doc?.row).toMatchObject({ name: WALK_IN.name, phone: WALK_IN.phone, volunteerNo });
  } finally {
    await chrome?.browser.close().catch(() => undefined);
    await chrome?.kill();
    // A helper killed a moment ago may still hold a file open: retry rather than fail on ENOTEMPTY.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
