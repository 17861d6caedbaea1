import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig, WEB_PORT } from './vite.renderer.config.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const alias = { '@shared': `${projectRoot}shared` };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: `${projectRoot}electron/main/index.ts` } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file; the package is "type": "module", hence .cjs.
      rollupOptions: {
        input: { index: `${projectRoot}electron/preload/index.ts` },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    ...rendererConfig('out/renderer', 'electron'),
    server: { host: '127.0.0.1', port: WEB_PORT + 1, strictPort: true },
  },
});
