import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { E2E_OUT_DIR } from '../../support/e2e-out';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Beside the web build under test, so suites with their own E2E_OUT never share one. */
const SEED_DIR = `${E2E_OUT_DIR}-seed`;
const SEED_FILE = 'seed.js';

/**
 * Bundles seed-entry.ts (the app's repositories and Dexie) into one classic script. Run once per suite
 * from the global setup; it takes a few seconds and never touches the app's build.
 */
export async function buildSeedBundle(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': `${projectRoot}shared` } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: SEED_DIR,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: `${projectRoot}tests/e2e/seed/seed-entry.ts`,
        formats: ['iife'],
        name: 'deskSeedBundle',
        fileName: () => SEED_FILE,
      },
    },
  });
}

/**
 * Loads the seed bundle into a page of the app (already past its first load) and returns once
 * `window.deskSeed` is there. Seeded rows reach the screens through Dexie's change notifications, or on
 * the next navigation.
 */
export async function injectSeed(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses a script tag.
  await page.evaluate(readFileSync(`${SEED_DIR}/${SEED_FILE}`, 'utf8'));
  await page.waitForFunction(() => typeof window.deskSeed?.repos === 'function');
}
