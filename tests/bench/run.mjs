// `npm run bench`: builds the bench page, runs it in the system Chromium against real IndexedDB, and
// prints a table of measures, references and ratios. Speed targets live here, never in tests.
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { documentsBench } from './node/documents.mjs';
import { coldStartBench } from './node/cold-start.mjs';
import { firstScreenBench } from './node/first-screen.mjs';
import { heapTourBench } from './node/heap-tour.mjs';
import { startStandIn } from '../support/pouchdb-stand-in.mjs';
import { inPageScenarios, runInPage } from './node/in-page.mjs';
import { mirrorIdbStrict } from '../../vite.mirror-idb.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// Flags become the bench page's query: --volunteers=126000 --only=foundation
// --quick proves every scenario still runs (small data, one round of pdfme) without judging times.
const quick = process.argv.includes('--quick');
const args = new URLSearchParams([
  ...process.argv
    .slice(2)
    .filter((a) => a.startsWith('--') && a.includes('='))
    .map((a) => a.slice(2).split('=', 2)),
  ...(quick ? [['quick', '1']] : []),
]);
const only = args.get('only');

// Own port and folder per checkout, so two benches or a bench and a helper's run never collide.
const port = Number(process.env.BENCH_PORT ?? '5199');
const outDir = process.env.BENCH_OUT ?? join(projectRoot, 'out/bench');
const config = {
  root,
  base: './',
  logLevel: 'warn',
  // The day board measure renders the app's real React component.
  plugins: [mirrorIdbStrict(), react()],
  // The roster search measure mounts app screens, whose platform module reads the build's shell.
  define: { __DESK_PLATFORM__: JSON.stringify('web') },
  resolve: { alias: { '@shared': join(projectRoot, 'shared') } },
  build: { outDir, emptyOutDir: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
};
await build(config);
const server = await preview(config);
// The first pull over HTTP (scenarios/sync-pull-http.ts) needs a center: a pouchdb-server stand-in on loopback.
let center = null;
try {
  const scenarios = inPageScenarios(root, only);
  if (scenarios.includes('sync-pull-http.ts')) {
    center = await startStandIn();
    args.set('center', center.url);
    args.set('centerAdmin', center.admin);
  }
  const query = args.toString();
  const result = { measures: [] };
  for (const scenario of scenarios) {
    try {
      result.measures.push(
        ...(await runInPage({
          chromium,
          executablePath: findChromium(),
          // Precise heap figures and gc(): the backup measures report peak heap against the chunk size.
          args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
          url: `http://127.0.0.1:${port}/index.html`,
          scenario,
          query,
          centerPid: scenario === 'sync-pull-http.ts' ? center?.pid : undefined,
        })),
      );
    } catch (error) {
      // One scenario failing (each has its own browser) leaves the others' rows to measure; the run fails.
      result.measures.push({
        name: `${scenario} did not finish`,
        ms: NaN,
        failed: true,
        note: String(error),
      });
    }
  }
  // Node-side measures (page.pdf() from outside the page, pdfme in Node): tests/bench/node/.
  if (!only || 'documents'.includes(only)) {
    result.measures.push(
      ...(await documentsBench({
        chromium,
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
        projectRoot,
        runs: quick ? 1 : 3,
        count: quick ? 20 : 500,
        // pdfme's font setup alone takes minutes on a small machine; --quick only proves the route runs.
        skipPdfme: quick,
      })),
    );
  }
  const wantsFirstScreen = !only || 'first-screen'.includes(only);
  const wantsColdStart = !only || 'cold-start'.includes(only);
  const wantsHeap = !only || 'heap'.includes(only);
  // These rows use the web build; the first-screen row builds it.
  if (wantsFirstScreen || wantsColdStart || wantsHeap) {
    const sizeRows = await firstScreenBench({ projectRoot, outDir: `${outDir}-web` });
    if (wantsFirstScreen) result.measures.push(...sizeRows);
  }
  if (wantsColdStart) {
    result.measures.push(
      ...(await coldStartBench({
        chromium,
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
        webDir: `${outDir}-web`,
        port: port + 2,
        rounds: quick ? 2 : 9,
      })),
    );
  }
  if (wantsHeap) {
    // District scale (issue 14) unless a flag says otherwise; --quick a few thousand rows.
    const size = (name, full, small) => Number(args.get(name) ?? (quick ? small : full));
    result.measures.push(
      ...(await heapTourBench({
        chromium,
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
        projectRoot,
        webDir: `${outDir}-web`,
        seedDir: `${outDir}-heap-seed`,
        port: port + 3,
        coldStartRounds: quick ? 1 : 9,
        scale: {
          volunteers: size('volunteers', 126_000, 2_000),
          records: size('records', 300_000, 3_000),
          bookings: size('bookings', 100_000, 1_000),
          activities: size('activities', 20_000, 200),
        },
      })),
    );
  }
  const rows = result.measures.map((m) => ({
    measure: m.name,
    // A size row (first screen) has no time.
    'ms (median)': Number.isNaN(m.ms) ? '—' : m.ms.toFixed(2),
    reference: m.reference ? `${m.reference.name}: ${m.reference.ms.toFixed(2)} ms` : '—',
    ratio: m.reference ? (m.ms / m.reference.ms).toFixed(2) : '—',
    target: m.targetRatio ? `≤ ${m.targetRatio}` : m.targetMs ? `≤ ${m.targetMs} ms` : '—',
    note: m.note ?? '',
  }));
  console.table(rows);
  // The same table for tools and for comparing runs: every measure with its reference and note.
  const jsonFile = `${outDir}-results.json`;
  writeFileSync(
    jsonFile,
    JSON.stringify({ at: new Date().toISOString(), query, quick, measures: result.measures }, null, 2),
  );
  console.log(`Written: ${jsonFile}`);
  const failed = result.measures.filter(
    (m) =>
      (m.targetRatio && m.reference && m.ms / m.reference.ms > m.targetRatio) ||
      m.ms > (m.targetMs ?? Infinity) ||
      m.sizeOk === false,
  );
  // Small data makes fixed costs dominate: a quick run's ratios say nothing, so it names none.
  if (failed.length && !quick) {
    console.error(`Over target: ${failed.map((m) => m.name).join('; ')}`);
    process.exitCode = 1;
  }
  // A scenario that did not finish fails every run, --quick included: that is what CI's run is for.
  const broken = result.measures.filter((m) => m.failed === true);
  if (broken.length) {
    console.error(`Did not finish: ${broken.map((m) => `${m.name}: ${m.note}`).join('; ')}`);
    process.exitCode = 1;
  }
  if (quick)
    console.log(`Quick run: ${result.measures.length} measures ran on small data; times not judged.`);
} finally {
  await server.close();
  await center?.stop();
}
