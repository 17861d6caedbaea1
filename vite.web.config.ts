import { defineConfig } from 'vite';
import { rendererConfig, WEB_PORT } from './vite.renderer.config.ts';

/** Web mode: the renderer alone in a browser, with the browser implementation of the platform. */
export default defineConfig({
  ...rendererConfig('out/web', 'web'),
  server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
});
