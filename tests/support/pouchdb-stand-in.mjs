// npm's pouchdb-server on 127.0.0.1, in memory, standing in for the center's CouchDB (issue 15). Plain JS
// so that both the tests (TypeScript) and the bench runner (plain Node) start it the same way.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

async function waitUntilUp(url, child) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('pouchdb-server did not start within 60 s');
}

/**
 * Starts a fresh pouchdb-server on a free port, with a server admin set as on a real install, and
 * returns its address, the admin account (`name:password`) and its stop (SIGKILL; the memory goes).
 */
export async function startStandIn() {
  const port = await freePort();
  const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
  // Its config (with the admin) and log are files in its working folder: a fresh one per run.
  const dir = mkdtempSync(join(tmpdir(), 'center-'));
  // stand-in-fixes.cjs mends pouchdb-server defects (see there).
  const fixes = fileURLToPath(new URL('../center/stand-in-fixes.cjs', import.meta.url));
  const args = ['--require', fixes, bin, '--in-memory', '--port', String(port), '--host', '127.0.0.1'];
  const child = spawn(process.execPath, args, { stdio: 'ignore', cwd: dir });
  child.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child);
    // Out of "admin party": from here on, only the admin and the desks' own accounts get in.
    const made = await fetch(`${url}/_config/admins/admin`, { method: 'PUT', body: '"center-secret"' });
    if (!made.ok) throw new Error(`could not set the admin: HTTP ${made.status}`);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    admin: 'admin:center-secret',
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
