import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleCpu } from './cpu-split.mjs';

/**
 * The bench page's scenarios (tests/bench/scenarios/*.ts) that `only` selects, in file-name order; `only`
 * matches as bench-main.ts matches it, within './scenarios/<file>'.
 */
export function inPageScenarios(benchRoot, only) {
  return readdirSync(join(benchRoot, 'scenarios'))
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .filter((file) => !only || `./scenarios/${file}`.includes(only));
}

/**
 * Runs one scenario of the bench page in a Chromium of its own, on a fresh profile, and returns its
 * measures with their peak heap (and, for a row that asks, the CPU split) in the note.
 *
 * Why a profile each: Chromium keeps all of an origin's IndexedDB databases in one LevelDB, so in one
 * shared page every scenario wrote into a store already holding every earlier one's data (the district
 * build alone is 126,000 volunteers, 300,000 records and 100,000 bookings) and paid for compacting it. A
 * desk's first pull, an import or a backup runs in a desk's own profile, next to that desk's data only.
 *
 * @example
 * const measures = await runInPage({ chromium, executablePath, args, url, scenario: 'sync-pull.ts', query });
 */
export async function runInPage({ chromium, executablePath, args, url, scenario, query, centerPid }) {
  const profile = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const heap = [];
    let sampling = true;
    const sample = async () => {
      while (sampling) {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: NaN }));
        heap.push({ at: Date.now(), used: usedSize });
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    const sampler = sample();
    // Only the HTTP pull's row (it needs the center) splits its CPU: reading /proc every 250 ms costs ~2% of
    // a core, which no other measure should carry.
    const cpu = centerPid ? sampleCpu({ centerPid, profileDir: profile }) : null;
    const params = new URLSearchParams(query);
    params.set('scenario', scenario);
    await page.goto(`${url}?${params}`);
    await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: 1_800_000 });
    sampling = false;
    await Promise.all([sampler, cpu?.stop()]);
    const result = await page.evaluate(() => window.__benchResult);
    if (result.error) throw new Error(`${scenario}: ${result.error}`);
    /** Peak heap during a measure's window, above the last sample before it, in MB. */
    const peakHeapMb = ({ from, to }) => {
      const before = heap.filter((h) => h.at <= from).at(-1)?.used ?? NaN;
      const during = heap.filter((h) => h.at >= from && h.at <= to).map((h) => h.used);
      return (Math.max(before, ...during) - before) / 1_048_576;
    };
    for (const m of result.measures) {
      if (m.heapWindow)
        m.note = `${m.note ?? ''} peak heap +${peakHeapMb(m.heapWindow).toFixed(0)} MB`.trim();
      if (cpu && m.heapWindow && m.cpuSplit) m.note = `${m.note}; ${cpu.note(m.heapWindow)}`;
    }
    return result.measures;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
