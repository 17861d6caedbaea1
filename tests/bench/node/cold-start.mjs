// Node side of the cold-start rows: a page load of the web build until 今日概览 is filled (heading, today's
// bookings read, this month's figures in), against the same bundle told to stop before React renders
// (main.tsx's `bench-stop-before-render`) and against that bundle then making the app's own first-screen
// reads with raw IndexedDB (cold-start-floor.mjs), loaded in turn in one tab of a desk set up with the
// demo. All are timed from the navigation's start.
import { preview } from 'vite';
import { recordFirstScreenReads, replayRequests } from './cold-start-floor.mjs';

const TARGET_RATIO = 1.5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** First-run setup through the form, as staff do it, with the demo data; waits for the 200 volunteers. */
async function setUpWithDemo(page) {
  const field = (label) => page.getByLabel(label, { exact: true });
  await field('中心名称').fill('鼓楼区新时代文明实践中心');
  await page.getByRole('radio', { name: '中心', exact: true }).check();
  await field('地址').fill('福州市鼓楼区东街88号');
  await field('联系电话').fill('0591-87654321');
  await field('管理员姓名').fill('王管理');
  await field('设置 PIN').fill('246810');
  await field('再次输入 PIN').fill('246810');
  await page.getByRole('checkbox', { name: /载入示例数据/ }).check();
  await page.getByRole('button', { name: '开始使用' }).click();
  await page
    .getByRole('group', { name: '注册志愿者' })
    .filter({ hasText: '200' })
    .waitFor({ timeout: 180_000 });
}

/** Records, in the page, the moment 今日概览 is first filled: run before the app's own scripts. */
function watchForFilledOverview() {
  const filled = () => {
    const heading = [...document.querySelectorAll('h1')].some((h) => h.textContent === '今日概览');
    const figures = document.querySelector('.overview-figures');
    const schedule = document.querySelector('[data-today-schedule="rows"], [data-today-schedule="empty"]');
    return heading && figures !== null && !figures.textContent.includes('…') && schedule !== null;
  };
  const observer = new MutationObserver(() => {
    if (window.__filledAt === undefined && filled()) {
      window.__filledAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * Serves the built web app (`webDir`), sets a desk up with the demo in a new browser's tab and runs
 * `use(page, url, context)` on it (the heap row uses it too); closes both after.
 */
export async function withDemoDesk({ chromium, executablePath, args, webDir, port }, use) {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: webDir },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      // Served as the desk's app:// protocol serves its files: from the build, never asked again. Without
      // this every load re-asks the preview server for ~30 files, and its replies' delay swamped the row.
      headers: { 'Cache-Control': 'max-age=31536000, immutable' },
    },
  });
  const browser = await chromium.launch({ executablePath, args });
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 850 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    const url = `http://127.0.0.1:${port}/index.html`;
    await page.goto(url);
    await setUpWithDemo(page);
    return await use(page, url, context);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Waits in the page for `expression`'s value and returns it. */
const pageValue = async (page, expression, timeout) =>
  (await page.waitForFunction(expression, null, { timeout })).jsonValue();

/**
 * Loads the page `rounds` times in turn (A B C A B C): the app to a filled 今日概览; the same bundle stopped
 * before render; and the floor, that bundle stopped before render and then making the reads the app made
 * on its way (recorded once, first) with raw IndexedDB. Returns the row judged against the floor and the
 * row against the bundle alone, both named for `what`. The tab must be signed in (the session lives in
 * sessionStorage).
 */
export async function coldStartRounds(page, url, rounds, what) {
  await page.addInitScript(watchForFilledOverview);
  const recorded = await recordFirstScreenReads(page, url);
  await page.addInitScript(replayRequests, recorded);
  const filled = [];
  const stopped = [];
  const floor = [];
  for (let i = 0; i < rounds; i += 1) {
    await page.goto(url, { waitUntil: 'commit' });
    filled.push(await pageValue(page, () => window.__filledAt, 120_000));
    await page.goto(`${url}?bench-stop-before-render`, { waitUntil: 'commit' });
    stopped.push(
      await pageValue(page, () => performance.getEntriesByName('desk:before-render')[0]?.startTime, 60_000),
    );
    await page.goto(`${url}?bench-stop-before-render&bench-floor`, { waitUntil: 'commit' });
    floor.push(await pageValue(page, () => window.__floorAt, 60_000));
  }
  const list = (xs) => xs.map((x) => x.toFixed(0)).join('/');
  const name = `cold start to a filled 今日概览 (${what}, new page load each round, ${rounds} rounds)`;
  const reads = `${recorded.requests.length} requests over ${new Set(recorded.requests.map((r) => r.store)).size} stores`;
  return [
    {
      name: `${name} vs the same reads with nothing around them`,
      ms: median(filled),
      reference: {
        name: `same bundle stopping before render, then the app's first-screen reads (${reads}) at once in raw IndexedDB`,
        ms: median(floor),
      },
      targetRatio: TARGET_RATIO,
      note: `filled ${list(filled)} ms; floor ${list(floor)} ms; writes before filled: ${recorded.writes}; reads not replayed: ${recorded.unreadable}`,
    },
    {
      // Not judged: no page that reads IndexedDB comes within 1.5× of a load that opens no database.
      name: `${name} vs the bundle alone (opens no database; shown, not judged)`,
      ms: median(filled),
      reference: { name: 'same bundle stopping before render', ms: median(stopped) },
      targetRatio: null,
      note: `stopped ${list(stopped)} ms`,
    },
  ];
}

/** Serves the built web app (`webDir`) and returns the cold-start bench rows (demo desk). */
export async function coldStartBench({ rounds, ...desk }) {
  return withDemoDesk(desk, (page, url) => coldStartRounds(page, url, rounds, 'demo desk'));
}
