import { buildSeedBundle } from './seed/seed';

/** Once per suite, before any test: the bundle that lets tests seed through the app's repositories. */
// Playwright loads a global setup by its default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalSetup(): Promise<void> {
  await buildSeedBundle();
}
