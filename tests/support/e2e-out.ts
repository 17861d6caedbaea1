import { resolve } from 'node:path';
import { WEB_PORT } from '../../vite.renderer.config';

// E2E_PORT / E2E_OUT let several checkouts or sessions on one machine run their suites side by side.
/** The port the web build under test is served on. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? WEB_PORT);
/** The folder of the web build under test; helper bundles for the tests go beside it. */
export const E2E_OUT_DIR = resolve(process.env['E2E_OUT'] ?? 'out/web');
/** The port of the development build the `dev-console` project checks (React warns only there). */
export const E2E_DEV_PORT = Number(process.env['E2E_DEV_PORT'] ?? E2E_PORT + 1);
/** The folder of that development build, beside the production one. */
export const E2E_DEV_OUT_DIR = `${E2E_OUT_DIR}-dev`;
