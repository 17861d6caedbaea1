#!/usr/bin/env node
// Runs before `npm start`, `npm run dev` and `npm run dist` (see package.json): fetches the Electron runtime
// with Electron's own installer when it is missing, or stops with advice instead of electron-vite's
// "Electron uninstall".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectron } from './electron-runtime.mjs';

// Resolved from this file, not the working directory, so the launcher works from any folder.
const require = createRequire(import.meta.url);
const packageJsonPath = require.resolve('electron/package.json');
const electronDir = path.dirname(packageJsonPath);

/** @param {string} file */
function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

process.exitCode = ensureElectron({
  env: process.env,
  files: { exists: existsSync, read },
  version: JSON.parse(readFileSync(packageJsonPath, 'utf8')).version,
  platform: process.platform,
  electronDir,
  installScript: path.join(electronDir, 'install.js'),
  spawn: spawnSync,
  writeError: (text) => console.error(text),
});
