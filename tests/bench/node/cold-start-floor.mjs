// The cold-start row's floor: the same bundle stopping before render, then making the very IndexedDB
// reads the app made on its way to a filled 今日概览 (recorded from one of its loads), all at once in one
// transaction with raw IndexedDB, and writing a few elements of HTML. A page's first IndexedDB connection
// waits ~50 ms on the browser, longer than the bundle's whole load, so a reference that opens no database
// can never be within 1.5× (README, 性能). This one does the app's data work with nothing around it:
// what the app adds over it is React, antd, Dexie and the order of its reads.

/** A key or key range as plain JSON (addInitScript's argument is JSON: no Infinity, Date or range). */
function encodeKey(k) {
  if (k === undefined || k === null) return null;
  if (typeof k === 'string') return { s: k };
  if (typeof k === 'number') return Number.isFinite(k) ? { n: k } : { inf: Math.sign(k) };
  if (k instanceof Date) return { d: k.getTime() };
  if (Array.isArray(k)) return { a: k.map(encodeKey) };
  if (k instanceof IDBKeyRange) {
    return { range: [encodeKey(k.lower), encodeKey(k.upper), k.lowerOpen, k.upperOpen] };
  }
  // getAll's options dictionary (Dexie uses it where the browser has getAllRecords).
  if (typeof k === 'object' && 'query' in k) {
    return { options: { query: encodeKey(k.query), count: k.count ?? null, direction: k.direction ?? null } };
  }
  throw new Error(`unrecorded IndexedDB query ${String(k)}`);
}

/**
 * Init script: on a load with `bench-record-reads` in its address, records every IndexedDB request the
 * page makes (store, index, method, query, rows a cursor visited) in `window.__idbRequests`.
 */
export function recordRequests(encodeSource) {
  if (!location.search.includes('bench-record-reads')) return;
  // The encoder travels as source text: an init script sees nothing of this module.
  const encode = new Function(`return ${encodeSource}`)();
  const log = [];
  window.__idbRequests = log;
  const wrap = (proto, method, isIndex) => {
    const original = proto[method];
    proto[method] = function (...args) {
      const store = isIndex ? this.objectStore : this;
      // A query this recorder cannot write down must never break the app's own request: it is left out
      // of the replay (and counted in the row's note).
      let query = null;
      let unreadable = false;
      try {
        query = method === 'put' || method === 'add' ? null : encode(args[0]);
      } catch {
        unreadable = true;
      }
      const entry = {
        at: performance.now(),
        db: store.transaction.db.name,
        store: store.name,
        index: isIndex ? this.name : null,
        method,
        query,
        unreadable,
        arg: typeof args[1] === 'number' || typeof args[1] === 'string' ? args[1] : null,
        steps: 0,
      };
      log.push(entry);
      const request = original.apply(this, args);
      if (method === 'openCursor' || method === 'openKeyCursor') {
        request.addEventListener('success', () => {
          if (request.result) entry.steps += 1;
        });
      }
      return request;
    };
  };
  const reads = ['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'];
  for (const m of reads) {
    wrap(IDBObjectStore.prototype, m, false);
    wrap(IDBIndex.prototype, m, true);
  }
  for (const m of ['put', 'add', 'delete', 'clear']) wrap(IDBObjectStore.prototype, m, false);
}

/**
 * Init script: on a load with `bench-floor` in its address, at main.tsx's `desk:before-render` mark opens
 * the database and makes `requests` (recorded by recordRequests) in one read-only transaction, cursors
 * walked as far as the app walked them, then writes the counts as HTML and sets `window.__floorAt`.
 */
export function replayRequests({ dbName, requests }) {
  if (!location.search.includes('bench-floor')) return;
  const decode = (k) => {
    if (k === null) return undefined;
    if ('s' in k) return k.s;
    if ('n' in k) return k.n;
    if ('inf' in k) return k.inf * Infinity;
    if ('d' in k) return new Date(k.d);
    if ('a' in k) return k.a.map(decode);
    if ('options' in k) {
      const { query, count, direction } = k.options;
      return { query: decode(query), count: count ?? undefined, direction: direction ?? undefined };
    }
    const [lower, upper, lowerOpen, upperOpen] = k.range.map((x) => (typeof x === 'boolean' ? x : decode(x)));
    if (lower === undefined) return IDBKeyRange.upperBound(upper, upperOpen);
    if (upper === undefined) return IDBKeyRange.lowerBound(lower, lowerOpen);
    return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
  };
  const replay = () => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction([...new Set(requests.map((r) => r.store))], 'readonly');
      const counts = [];
      for (const r of requests) {
        const store = tx.objectStore(r.store);
        const source = r.index ? store.index(r.index) : store;
        const query = decode(r.query);
        const request = r.arg === null ? source[r.method](query) : source[r.method](query, r.arg);
        let seen = 0;
        request.onsuccess = () => {
          const cursor = r.method.startsWith('open') ? request.result : null;
          if (cursor && (seen += 1) < r.steps) cursor.continue();
          else counts.push(Array.isArray(request.result) ? request.result.length : seen);
        };
      }
      tx.oncomplete = () => {
        document.getElementById('root').innerHTML =
          `<h1>今日概览</h1><div class="overview-figures">${counts.slice(0, 12).join(' · ')}</div>` +
          `<ul data-today-schedule="rows"><li>${counts.length}</li></ul>`;
        window.__floorAt = performance.now();
        db.close();
      };
    };
  };
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    const entry = mark(name, ...rest);
    if (name === 'desk:before-render') replay();
    return entry;
  };
}

/**
 * Loads `url` once with the recorder on, until 今日概览 is filled (`window.__filledAt`, set by the
 * cold-start watcher), and returns the database's name and the reads made before then. Writes made
 * before then are counted, not replayed: a reference must leave the desk as it found it; so are reads
 * whose query the recorder could not write down.
 */
export async function recordFirstScreenReads(page, url) {
  await page.addInitScript(recordRequests, encodeKey.toString());
  await page.goto(`${url}?bench-record-reads`, { waitUntil: 'commit' });
  const filledAt = await (
    await page.waitForFunction(() => window.__filledAt, null, { timeout: 120_000 })
  ).jsonValue();
  const all = await page.evaluate(() => window.__idbRequests);
  const before = all.filter((r) => r.at <= filledAt);
  const writes = ['put', 'add', 'delete', 'clear'];
  const reads = before.filter((r) => !writes.includes(r.method));
  const requests = reads
    .filter((r) => !r.unreadable)
    .map((r) => ({
      db: r.db,
      store: r.store,
      index: r.index,
      method: r.method,
      query: r.query,
      arg: r.arg,
      steps: r.steps,
    }));
  const dbNames = [...new Set(requests.map((r) => r.db))];
  if (dbNames.length !== 1) throw new Error(`the first screen read ${dbNames.length} databases`);
  return {
    dbName: dbNames[0],
    requests,
    writes: before.length - reads.length,
    unreadable: reads.length - requests.length,
  };
}
