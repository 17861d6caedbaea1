import {
  DistrictError,
  type DistrictDbName,
  type DistrictDoc,
  type DistrictInfo,
  type DistrictLink,
} from './district-link';
import { basicAuthorization, type SyncRemote } from './replication';

/** A center that has not answered by then is treated as unreachable: the view says so instead of hanging. */
const TIMEOUT_MS = 10_000;

const OFFLINE = '连不上中心，请检查网络，稍后点“刷新”';
const UNAUTHORIZED = '中心不认这台前台的账号，请在“设置 → 同步”中检查账号和密码';
const DENIED = '本机账号无权读取或写入这些区级数据，请联系中心管理员';
const FAILED = '中心没能完成这次读取或写入，请稍后再试';

/** The site database's address split into the server's and the database's name. */
function splitUrl(url: string): { server: string; siteDb: string } {
  const trimmed = url.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return { server: trimmed.slice(0, slash), siteDb: decodeURIComponent(trimmed.slice(slash + 1)) };
}

function errorFor(status: number): DistrictError {
  if (status === 401) return new DistrictError('denied', UNAUTHORIZED);
  if (status === 403) return new DistrictError('denied', DENIED);
  return new DistrictError('failed', FAILED);
}

/**
 * The district's databases over fetch with this desk's account. The account goes in the Authorization
 * header, as replication sends it, never in the address. The district and shared databases' names come
 * from the site's `district:info`, read once and kept.
 */
export function createDistrictLink(remote: SyncRemote): DistrictLink {
  const { server, siteDb } = splitUrl(remote.url);
  const authorization = basicAuthorization(remote.credential);
  let known: Promise<DistrictInfo | null> | null = null;

  async function send(method: 'GET' | 'PUT', path: string, body?: unknown): Promise<Response> {
    try {
      return await fetch(`${server}/${path}`, {
        method,
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new DistrictError('offline', OFFLINE);
    }
  }

  async function json<T>(response: Response): Promise<T> {
    try {
      return (await response.json()) as T;
    } catch {
      throw new DistrictError('offline', OFFLINE);
    }
  }

  const docPath = (db: string, id: string) => `${encodeURIComponent(db)}/${encodeURIComponent(id)}`;

  /**
   * One document, or null when absent (or deleted). Read through `_all_docs` by key rather than by its own
   * address: a missing document answers 200 with no row instead of a 404, which the browser would log as
   * a failed request on every first publish and on every center without a district.
   */
  async function readDoc<T>(db: string, id: string): Promise<DistrictDoc<T> | null> {
    const query = new URLSearchParams({ key: JSON.stringify(id), include_docs: 'true' });
    const response = await send('GET', `${encodeURIComponent(db)}/_all_docs?${query.toString()}`);
    if (!response.ok) throw errorFor(response.status);
    const page = await json<{ rows: { doc?: DistrictDoc<T> | null }[] }>(response);
    return page.rows[0]?.doc ?? null;
  }

  async function info(): Promise<DistrictInfo | null> {
    const doc = await readDoc<DistrictInfo>(siteDb, 'district:info');
    return doc && { district: doc.district, shared: doc.shared, site: doc.site, sites: doc.sites };
  }

  async function dbName(db: DistrictDbName): Promise<string> {
    if (db === 'site') return siteDb;
    known ??= info().catch((error: unknown) => {
      known = null;
      throw error;
    });
    const district = await known;
    if (!district) {
      // Asked again next time: the center may set up its district while this desk runs.
      known = null;
      throw new DistrictError('failed', '中心没有设置区级汇总，请联系中心管理员');
    }
    return db === 'district' ? district.district : district.shared;
  }

  async function currentRev(db: string, id: string): Promise<string | null> {
    return (await readDoc(db, id))?._rev ?? null;
  }

  return {
    info,
    async list<T>(db: DistrictDbName, prefix: string): Promise<DistrictDoc<T>[]> {
      const name = await dbName(db);
      const range = new URLSearchParams({
        startkey: JSON.stringify(prefix),
        endkey: JSON.stringify(`${prefix}\uffff`),
        include_docs: 'true',
      });
      const response = await send('GET', `${encodeURIComponent(name)}/_all_docs?${range.toString()}`);
      if (!response.ok) throw errorFor(response.status);
      const page = await json<{ rows: { doc?: DistrictDoc<T> | null }[] }>(response);
      return page.rows.flatMap((row) => (row.doc ? [row.doc] : []));
    },
    async create(db, doc) {
      const response = await send('PUT', docPath(await dbName(db), doc._id), doc);
      if (response.ok) return true;
      if (response.status === 409) return false;
      throw errorFor(response.status);
    },
    async put(db, doc) {
      const name = await dbName(db);
      // Another desk of the site may write the same document in between: read again once, then give up.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const rev = await currentRev(name, doc._id);
        const body = rev ? { ...doc, _rev: rev } : doc;
        const response = await send('PUT', docPath(name, doc._id), body);
        if (response.ok) return;
        if (response.status !== 409) throw errorFor(response.status);
      }
      throw new DistrictError('failed', FAILED);
    },
  };
}
