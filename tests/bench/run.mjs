// `npm run bench`: builds the bench page, runs it in the system Chromium against real IndexedDB, and
// prints a table of measures, references and ratios. Speed targets live here, never in tests.
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { documentsBench } from './node/documents.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// Flags become the bench page's query: --volunteers=126000 --only=foundation
const query = new URLSearchParams(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--') && a.includes('='))
    .map((a) => a.slice(2).split('=', 2)),
).toString();

const outDir = join(projectRoot, 'out/bench');
const config = {
  root,
  base: './',
  logLevel: 'warn',
  // The day board measure renders the app's real React component.
  plugins: [react()],
  resolve: { alias: { '@shared': join(projectRoot, 'shared') } },
  build: { outDir, emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 5199, strictPort: true },
};
await build(config);
const server = await preview(config);
const profile = mkdtempSync(join(tmpdir(), 'desk-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:5199/index.html?${query}`);
  await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: 600_000 });
  const result = await page.evaluate(() => window.__benchResult);
  if (result.error) throw new Error(result.error);
  // Node-side measures (page.pdf() from outside the page, pdfme in Node): tests/bench/node/.
  const only = new URLSearchParams(query).get('only');
  if (!only || 'documents'.includes(only)) {
    result.measures.push(
      ...(await documentsBench({
        chromium,
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
        projectRoot,
      })),
    );
  }
  const rows = result.measures.map((m) => ({
    measure: m.name,
    'ms (median)': m.ms.toFixed(2),
    reference: m.reference ? `${m.reference.name}: ${m.reference.ms.toFixed(2)} ms` : '—',
    ratio: m.reference ? (m.ms / m.reference.ms).toFixed(2) : '—',
    target: m.targetRatio ? `≤ ${m.targetRatio}` : '—',
  }));
  console.table(rows);
  const failed = result.measures.filter(
    (m) => (m.targetRatio && m.reference && m.ms / m.reference.ms > m.targetRatio) || m.sizeOk === false,
  );
  if (failed.length) {
    console.error(`Over target: ${failed.map((m) => m.name).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
