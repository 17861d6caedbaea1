import { defineConfig } from 'vite';
import { rendererConfig, WEB_PORT } from './vite.renderer.config.ts';

/**
 * Web mode: the renderer alone in a browser, with the browser implementation of the platform.
 * `vite build --mode development` makes the development build the e2e console check runs against.
 */
export default defineConfig(({ command, mode }) => {
  const devBuild = command === 'build' && mode === 'development';
  // `--mode development` alone keeps NODE_ENV=production, which bundles React's and antd's production
  // code: that code never warns, and warnings are what the development build is for.
  if (devBuild) process.env['NODE_ENV'] = 'development';
  const base = rendererConfig(devBuild ? 'out/web-dev' : 'out/web', 'web');
  return {
    ...base,
    build: { ...base.build, minify: !devBuild },
    server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
    preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  };
});
