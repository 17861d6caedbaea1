import { readFileSync } from 'node:fs';
import { minVersion, satisfies } from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), 'utf8'));

const pkg = readJson('package.json') as { engines: { node: string } };
const lock = readJson('package-lock.json') as {
  packages: Record<string, { version?: string; engines?: { node?: string } }>;
};

// Electron's runtime and packaging helpers declare Node >= 22.12, but the project runs on Node 20.19+:
// install.js (electron + @electron/get + the ESM extract-zip, loaded through require(esm), which Node has
// without a flag since 20.19) downloaded, checked and unpacked a runtime on Node 20.20. @electron/rebuild
// and node-abi only serve electron-builder, which the README advises running on Node 22.12+. npm ci prints
// EBADENGINE warnings for exactly these; the README's Quick start names them, so keep both lists in step.
const NEWER_NODE_ALLOWED = new Set([
  'electron',
  '@electron/get',
  '@electron/rebuild',
  'node-abi',
  '@electron-internal/extract-zip',
]);

const minimumNode = minVersion(pkg.engines.node)?.version ?? 'unparsable engines.node';

/** Every locked package whose engines.node leaves out the project's minimum Node, as name@version (range). */
function packagesExcludingMinimum() {
  return Object.entries(lock.packages)
    .filter(
      ([key, entry]) => key !== '' && entry.engines?.node && !satisfies(minimumNode, entry.engines.node),
    )
    .map(([key, entry]) => {
      const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      return { name, label: `${name}@${entry.version} (node ${entry.engines?.node})` };
    });
}

describe('the Node version the project promises', () => {
  it('is Node 20.19, the oldest Node that vite 8, vitest 4 and electron-vite 6 support', () => {
    expect(minimumNode).toBe('20.19.0');
  });

  it('is supported by every locked package except the listed Electron helpers', () => {
    const unexpected = packagesExcludingMinimum().filter((p) => !NEWER_NODE_ALLOWED.has(p.name));
    expect(unexpected.map((p) => p.label)).toEqual([]);
  });

  it('lists only Electron helpers that really need a newer Node, so the README stays true', () => {
    const needing = new Set(packagesExcludingMinimum().map((p) => p.name));
    expect([...NEWER_NODE_ALLOWED].filter((name) => !needing.has(name))).toEqual([]);
  });
});
