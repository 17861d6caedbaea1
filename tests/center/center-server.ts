import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyCenterPlan, type CouchSend } from '@shared/sync/center/apply';
import { centerPlan, type CenterConfig } from '@shared/sync/center/plan';

/**
 * npm's pouchdb-server on 127.0.0.1, in memory, standing in for the center's CouchDB (issue 15):
 * started by the tests themselves on a free port, with a server admin set as on a real install.
 */
export interface CenterServer {
  url: string;
  admin: string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
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

const basic = (account: string) => `Basic ${Buffer.from(account).toString('base64')}`;

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
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
 * A real CouchDB named by `COUCH_URL` (`http://admin:secret@127.0.0.1:5984`), emptied first so each test
 * starts as on a fresh stand-in: every database but the system ones, and every desk account. Only ever
 * point it at a CouchDB kept for tests.
 */
async function realCenter(couchUrl: string): Promise<CenterServer> {
  const parsed = new URL(couchUrl);
  const admin = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
  parsed.username = '';
  parsed.password = '';
  const url = parsed.href.replace(/\/$/, '');
  const headers = { Authorization: basic(admin) };
  const dbs = (await (await fetch(`${url}/_all_dbs`, { headers })).json()) as string[];
  for (const name of dbs.filter((d) => !d.startsWith('_'))) {
    await fetch(`${url}/${encodeURIComponent(name)}`, { method: 'DELETE', headers });
  }
  const range = `startkey=${encodeURIComponent('"org.couchdb.user:"')}&endkey=${encodeURIComponent('"org.couchdb.user:\uffff"')}`;
  const users = (await (await fetch(`${url}/_users/_all_docs?${range}`, { headers })).json()) as {
    rows?: { id: string; value: { rev: string } }[];
  };
  for (const row of users.rows ?? []) {
    await fetch(`${url}/_users/${encodeURIComponent(row.id)}?rev=${row.value.rev}`, {
      method: 'DELETE',
      headers,
    });
  }
  return { url, admin, stop: () => Promise.resolve() };
}

/** The center for a test: the CouchDB at `COUCH_URL` when set, else a fresh pouchdb-server stand-in. */
export async function startCenterServer(): Promise<CenterServer> {
  const couchUrl = process.env.COUCH_URL;
  if (couchUrl) return realCenter(couchUrl);
  const port = await freePort();
  const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
  // Its config (with the admin) and log are files in its working folder: a fresh one per run.
  const dir = mkdtempSync(join(tmpdir(), 'center-'));
  // stand-in-fixes.cjs mends a pouchdb-server defect that drops replicated updates (see there).
  const fixes = fileURLToPath(new URL('./stand-in-fixes.cjs', import.meta.url));
  const args = ['--require', fixes, bin, '--in-memory', '--port', String(port), '--host', '127.0.0.1'];
  const child = spawn(process.execPath, args, {
    stdio: 'ignore',
    cwd: dir,
  });
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
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** A stand-in center with `config`'s databases, desk accounts and validators set up as center:setup does. */
export async function startCenterWithSites(config: CenterConfig): Promise<CenterServer> {
  const center = await startCenterServer();
  const asAdmin: CouchSend = async (method, path, body) => {
    const response = await fetch(`${center.url}${path}`, {
      method,
      headers: { Authorization: basic(center.admin), 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: await response.json().catch(() => null) };
  };
  try {
    await applyCenterPlan(centerPlan(config, center.url, basic(center.admin)), asAdmin);
  } catch (error) {
    await center.stop();
    throw error;
  }
  return center;
}

/**
 * Copies the documents whose id starts with `prefix` from each site database into the district one, as
 * the admin, keeping their revisions: what the real CouchDB's `_replicator` does continuously.
 * pouchdb-server's own replicator crashes the stand-in within seconds, so tests do it themselves.
 */
export async function replicateUp(
  center: CenterServer,
  sites: readonly string[],
  district: string,
  prefix: string,
): Promise<void> {
  const admin = {
    Authorization: `Basic ${Buffer.from(center.admin).toString('base64')}`,
    'Content-Type': 'application/json',
  };
  const range = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\uffff`))}`;
  for (const site of sites) {
    const page = (await (
      await fetch(`${center.url}/${site}/_all_docs?include_docs=true&${range}`, { headers: admin })
    ).json()) as { rows: { doc: Record<string, unknown> }[] };
    const copied = await fetch(`${center.url}/${district}/_bulk_docs`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ docs: page.rows.map(({ doc }) => doc), new_edits: false }),
    });
    if (copied.status !== 201) throw new Error(`copying ${site} up answered ${copied.status}`);
  }
}
