// Node side of the first-screen size row: what a browser must fetch and run before 今日概览 can render is
// the web build's entry script and the chunks index.html preloads with it (今日概览 is in the entry; every
// other screen is its own lazy chunk). Their gzip size, from the built files, against the 600 kB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';

const TARGET_KB = 600;

/** The entry script and the modulepreloaded scripts named in a built index.html, as asset paths. */
export function firstScreenScripts(html) {
  const entry = [...html.matchAll(/<script type="module"[^>]*\bsrc="\.\/([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\bhref="\.\/([^"]+)"/g)].map((m) => m[1]);
  return [...new Set([...entry, ...preloads])];
}

/** Builds the web app into `outDir` and returns the bench row for its first screen's gzip size. */
export async function firstScreenBench({ projectRoot, outDir }) {
  const file = join(projectRoot, 'vite.web.config.ts');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, file);
  if (!loaded) throw new Error(`cannot load ${file}`);
  await build({
    ...loaded.config,
    configFile: false,
    logLevel: 'warn',
    build: { ...loaded.config.build, outDir, emptyOutDir: true },
  });
  const scripts = firstScreenScripts(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const sizes = scripts.map((path) => ({ path, gzip: gzipSync(readFileSync(join(outDir, path))).length }));
  const kb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1000;
  const largest = [...sizes]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 3)
    .map((s) => `${s.path.replace(/^assets\//, '')} ${(s.gzip / 1000).toFixed(0)} kB`)
    .join(', ');
  return [
    {
      name: `first screen JS, gzip: ${kb.toFixed(1)} kB in ${scripts.length} files (entry + preloads), target ≤ ${TARGET_KB} kB`,
      ms: Number.NaN,
      reference: null,
      targetRatio: null,
      note: `largest: ${largest}`,
      sizeOk: kb <= TARGET_KB,
    },
  ];
}
