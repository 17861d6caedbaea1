// Node side of the heap row (issue 14): a desk set up through the first-run form with the demo, grown to
// district scale through the app's own database code, then toured screen by screen, sub-page by
// sub-page, 统计报表 本年 included, as staff click through it. After each stop the page's JS heap is read
// through the DevTools protocol after forced garbage collection, so the figure is what the desk keeps,
// not garbage it has not collected yet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { coldStartRounds, withDemoDesk } from './cold-start.mjs';

const TARGET_MB = 150;
const MB = 1_048_576;
/** How long a screen must stay unchanged to count as settled. */
const QUIET_MS = 1_500;

/** Bundles the seed into one classic script for page.evaluate (the app's CSP refuses a script tag). */
async function buildSeed(projectRoot, outDir) {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(projectRoot, 'shared') } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(projectRoot, 'tests/bench/heap-seed.ts'),
        formats: ['iife'],
        name: 'heapSeedBundle',
        fileName: () => 'seed.js',
      },
    },
  });
  return readFileSync(join(outDir, 'seed.js'), 'utf8');
}

/**
 * True once the screen shows no loading placeholder (skeletons, spinners, a lazy screen's status) and
 * nothing in it has changed for `quietMs`: reads that finish late still change the screen, and a stop's
 * heap is read once they have. Self-contained, as it runs in the page.
 */
function settled(quietMs) {
  const main = document.querySelector('main');
  if (main === null) return false;
  if (window.__heapTourMain !== main) {
    window.__heapTourMain = main;
    window.__heapTourChanged = performance.now();
    const mark = () => (window.__heapTourChanged = performance.now());
    new MutationObserver(mark).observe(main, { subtree: true, childList: true, characterData: true });
  }
  return (
    main.querySelector('.ant-skeleton, .ant-spin-spinning, .screen-loading') === null &&
    main.textContent.trim() !== '' &&
    performance.now() - window.__heapTourChanged > quietMs
  );
}

/** The page's JS heap in MB after two forced collections (the second takes what the first freed up). */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

/**
 * Opens a sidebar screen as staff do, by its link in the 主导航, and waits for its title: the router
 * keeps the old screen up while the new one's code loads, so the old screen must not count as settled.
 */
async function openScreen(page, title) {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: title, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
}

/** Waits for the router to reach a path (the desk uses hash routes). */
const reached = (page, path) => page.waitForURL((url) => path.test(url.hash));

/** Each visible tab of the screen in turn (router sub-pages and card tabs alike), as named stops. */
async function tabStops(page, screen) {
  const names = await page.getByRole('main').getByRole('tab').allInnerTexts();
  return names.map((name) => ({
    name: `${screen} › ${name.trim()}`,
    go: async () => {
      const tab = (options) =>
        page.getByRole('main').getByRole('tab', { name: name.trim(), exact: true, ...options });
      await tab({}).click();
      await tab({ selected: true }).waitFor();
    },
  }));
}

/**
 * The tour: every sidebar screen, then its tabs and sub-pages. Stops that depend on what a screen
 * shows (its tabs) are listed when the tour gets there.
 */
function tour(page, { volunteerNo }) {
  const main = page.getByRole('main');
  const screen = (title, extra = () => []) => ({
    name: title,
    go: () => openScreen(page, title),
    then: async () => [...(await tabStops(page, title)), ...(await extra())],
  });
  return [
    screen('场地预约'),
    screen('志愿者', () => [
      {
        name: '志愿者 › 志愿者名册, a search',
        go: async () => {
          await main.getByRole('tab', { name: '志愿者名册', exact: true }).click();
          await page.getByLabel('搜索志愿者').fill(volunteerNo);
          await main.getByText('找到 1 位志愿者').waitFor();
        },
      },
      {
        name: '志愿者 › a volunteer’s profile',
        go: async () => {
          await page.getByLabel('搜索志愿者').press('Enter');
          await reached(page, /^#\/volunteers\/[0-9a-f-]{36}$/);
        },
      },
      {
        name: '志愿者 › 登记志愿者',
        go: async () => {
          await openScreen(page, '志愿者');
          await main.getByRole('button', { name: '登记志愿者' }).click();
          await reached(page, /^#\/volunteers\/new$/);
        },
      },
      {
        name: '志愿者 › 签到签退',
        go: async () => {
          await openScreen(page, '志愿者');
          await main.getByRole('button', { name: '签到签退' }).click();
          await reached(page, /^#\/volunteers\/sign-in$/);
        },
      },
      {
        name: '志愿者 › 岗位排班, a post’s week and figures',
        go: async () => {
          await openScreen(page, '志愿者');
          await main.getByRole('tab', { name: '岗位排班', exact: true }).click();
          await main.getByRole('button', { name: '新建岗位' }).first().click();
          const dialog = page.getByRole('dialog', { name: '新建岗位' });
          await dialog.getByLabel('上岗地点').fill('鼓楼第一小学东门');
          await dialog.getByRole('radio').first().check();
          const shift = dialog.getByRole('group', { name: '第1班' });
          await shift.getByLabel('班次名称').fill('早岗');
          await shift.getByLabel('上岗时间').fill('07:20');
          await shift.getByLabel('下班时间').fill('08:00');
          await shift.getByLabel('所需人数').fill('2');
          await dialog.getByRole('button', { name: '保存岗位' }).click();
          await dialog.waitFor({ state: 'hidden' });
          await main
            .getByRole('button', { name: /^查看.*排班$/ })
            .first()
            .click();
          await main.getByRole('grid').waitFor();
        },
      },
    ]),
    screen('活动记录', () => [
      {
        name: '活动记录 › an activity',
        go: async () => {
          await main.getByRole('table').getByRole('link').first().click();
          await reached(page, /^#\/activities\/[0-9a-f-]{36}$/);
        },
      },
    ]),
    screen('服务单'),
    screen('证书与感谢信'),
    screen('评选表彰'),
    screen('统计报表', () => [
      {
        name: '统计报表 本年',
        go: async () => {
          // Button-style radios hide their input: staff click its label.
          await main
            .getByRole('radio', { name: '年', exact: true })
            .locator('xpath=ancestor::label[1]')
            .click();
          await main
            .getByRole('radio', { name: '年', exact: true, checked: true })
            .waitFor({ state: 'attached' });
        },
      },
    ]),
    screen('设置'),
    screen('今日概览'),
  ];
}

/**
 * Serves the built web app (`webDir`), sets a desk up, grows it to `scale` and tours it; returns the
 * heap row. `seedDir` receives the seed bundle.
 */
export async function heapTourBench({
  chromium,
  executablePath,
  args,
  projectRoot,
  webDir,
  seedDir,
  port,
  scale,
  coldStartRounds: rounds = 5,
}) {
  const seed = await buildSeed(projectRoot, seedDir);
  return withDemoDesk({ chromium, executablePath, args, webDir, port }, async (page, url, context) => {
    await page.evaluate(seed);
    const volunteerNo = await page.evaluate((s) => window.heapSeed(s), scale);
    // A new page load: the seeding's garbage goes with the old document, and screens read the new rows
    // fresh. The staff session lives in the tab's sessionStorage, so the desk opens unlocked.
    await page.goto(url);
    // The demo's 200 volunteers and the district's.
    const total = scale.volunteers + 200;
    // 今日概览's count, with or without antd's thousands separator.
    const count = new RegExp(String(total).replace(/\B(?=(\d{3})+$)/g, ',?'));
    await page
      .getByRole('group', { name: '注册志愿者' })
      .filter({ hasText: count })
      .waitFor({ timeout: 300_000 });
    await page.waitForFunction(settled, QUIET_MS, { timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    const firstScreen = await heapAfterGc(cdp);
    const stops = [];
    let before = firstScreen;
    const visit = async (stop) => {
      await stop.go();
      await page.waitForFunction(settled, QUIET_MS, { timeout: 300_000 });
      const mb = await heapAfterGc(cdp);
      stops.push({ name: stop.name, mb, added: mb - before });
      before = mb;
    };
    for (const stop of tour(page, { volunteerNo })) {
      await visit(stop);
      for (const sub of (await stop.then?.()) ?? []) await visit(sub);
    }
    const mb = await heapAfterGc(cdp);
    console.log(`heap after GC at each stop (first screen ${firstScreen.toFixed(1)} MB):`);
    for (const s of stops)
      console.log(`  ${s.mb.toFixed(1)} MB (${s.added >= 0 ? '+' : ''}${s.added.toFixed(1)})  ${s.name}`);
    const top = [...stops]
      .sort((a, b) => b.added - a.added)
      .slice(0, 3)
      .map((s) => `${s.name} +${s.added.toFixed(1)} MB`)
      .join(', ');
    // The same desk, now at district scale, opened cold: what a morning start costs with a year of data.
    const at = `${scale.volunteers} volunteers, ${scale.records} records, ${scale.bookings} bookings`;
    const cold = await coldStartRounds(page, url, rounds, at);
    return [
      ...cold,
      {
        name: `JS heap after visiting every screen and sub-page, the year report included, after forced GC (${scale.volunteers} volunteers, ${scale.records} records, ${scale.bookings} bookings, ${scale.activities} activities): ${mb.toFixed(1)} MB vs ${firstScreen.toFixed(1)} MB when 今日概览 was first filled, target ≤ ${TARGET_MB} MB`,
        ms: Number.NaN,
        reference: null,
        targetRatio: null,
        note: `${stops.length} stops; most added: ${top}`,
        sizeOk: mb <= TARGET_MB,
      },
    ];
  });
}
