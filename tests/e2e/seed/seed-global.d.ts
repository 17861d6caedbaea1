import type { Repos } from '../../../renderer/src/db';

declare global {
  interface Window {
    /** Present only after a test injected the seed bundle (see tests/e2e/seed/seed.ts). */
    deskSeed: { repos(): Promise<Repos> };
  }
}
