import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { mirrorIdbStrict } from './vite.mirror-idb.mjs';

// new URL() rather than import.meta.dirname: this module is imported by the other configs,
// and import.meta.dirname pointed at the importer's folder there (platform notes).
const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The bundled fonts exactly as shipped, nothing else. Chromium (Electron and web mode alike) always takes
 * the woff2 source, so the woff fallbacks @fontsource lists would only double the size of the app. And
 * LXGW WenKai's 313 slices each list `local("LXGW WenKai")` first: every slice then asks the system's font
 * service by name, again at every print (≈160 ms for 500 certificates), and a desk with another version
 * of the font installed would print other glyphs than its neighbour. Both are dropped from their CSS.
 */
function bundledFontsOnly(): Plugin {
  return {
    name: 'practice-desk:bundled-fonts-only',
    enforce: 'pre',
    transform(code, id) {
      if (/@fontsource[\\/].+\.css$/.test(id))
        return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
      if (/@chinese-fonts[\\/].+\.css$/.test(id))
        return { code: code.replace(/local\(["'][^"')]*["']\),\s*/g, ''), map: null };
      return null;
    },
  };
}

const { version } = JSON.parse(readFileSync(`${projectRoot}package.json`, 'utf8')) as { version: string };

/** Renderer build settings shared by the Electron build and web mode, so both load the same app. */
export const rendererConfig = (outDir: string, platform: 'electron' | 'web'): UserConfig => ({
  root: `${projectRoot}renderer`,
  base: './',
  publicDir: false,
  plugins: [bundledFontsOnly(), mirrorIdbStrict(), react()],
  // The dev server pre-bundles dependencies with plugins of its own: the mirror's adapter is edited there too.
  optimizeDeps: { rolldownOptions: { plugins: [mirrorIdbStrict()] } },
  define: {
    __DESK_PLATFORM__: JSON.stringify(platform),
    'import.meta.env.PACKAGE_VERSION': JSON.stringify(version),
  },
  resolve: {
    alias: [
      { find: '@shared', replacement: `${projectRoot}shared` },
      // pinyin-pro's dictionary is its own chunk, loaded after the first screen (see lazy-pinyin.ts).
      { find: /^pinyin-pro$/, replacement: `${projectRoot}renderer/src/db/lazy-pinyin.ts` },
    ],
  },
  build: {
    outDir: `${projectRoot}${outDir}`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: `${projectRoot}renderer/index.html`,
    },
  },
});

/** The dev and web-mode port is pinned: IndexedDB is keyed by origin, so a moving port would "lose" data. */
export const WEB_PORT = 5183;
