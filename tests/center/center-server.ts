import { applyCenterPlan, type CouchSend } from '@shared/sync/center/apply';
import { centerPlan, type CenterConfig } from '@shared/sync/center/plan';
import { startStandIn } from '../support/pouchdb-stand-in.mjs';

/**
 * npm's pouchdb-server on 127.0.0.1, in memory, standing in for the center's CouchDB (issue 15):
 * started by the tests themselves on a free port, with a server admin set as on a real install.
 */
export interface CenterServer {
  url: string;
  admin: string;
  stop(): Promise<void>;
}

const basic = (account: string) => `Basic ${Buffer.from(account).toString('base64')}`;

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
  return startStandIn();
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
