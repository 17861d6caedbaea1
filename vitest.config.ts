import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@shared': `${projectRoot}shared` } },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // One real CouchDB (COUCH_URL) is shared by every file that starts a center: one file at a time.
    fileParallelism: !process.env.COUCH_URL,
  },
});
