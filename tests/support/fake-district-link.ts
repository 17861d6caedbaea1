import {
  DistrictError,
  type DistrictDbName,
  type DistrictDoc,
  type DistrictInfo,
  type DistrictLink,
  type DistrictSite,
} from '../../renderer/src/db/sync/district-link';

/**
 * An in-memory district for tests of code written against DistrictLink: one map per database, the
 * roles of the center setup (a 中心 desk writes `shared` and reads `district`; a 所/站 desk reads
 * `shared` and writes only its own database), and `replicate()` standing in for the server's
 * replicator, which carries every site database up into the district database.
 */
export interface FakeDistrict {
  info: Omit<DistrictInfo, 'site'>;
  /** The link a desk of `siteDb` gets. */
  linkFor(siteDb: string): DistrictLink;
  /** Copies each site's documents into the district database, as CouchDB's `_replicator` would. */
  replicate(): void;
  /** While true, every call fails as a desk that cannot reach the center. */
  offline: boolean;
  /** A database's documents, as stored. */
  docs(db: string): DistrictDoc<Record<string, unknown>>[];
}

/** Failures as rejections, as the real link's fetches give them. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export function createFakeDistrict(sites: DistrictSite[], district = 'district-gulou'): FakeDistrict {
  const shared = `${district}-shared`;
  const dbs = new Map<string, Map<string, DistrictDoc<Record<string, unknown>>>>();
  const dbOf = (name: string) => {
    let db = dbs.get(name);
    if (!db) dbs.set(name, (db = new Map()));
    return db;
  };
  const fake: FakeDistrict = {
    info: { district, shared, sites },
    offline: false,
    docs: (db) => [...dbOf(db).values()],
    replicate() {
      for (const site of sites) for (const [id, doc] of dbOf(site.db)) dbOf(district).set(id, { ...doc });
    },
    linkFor(siteDb) {
      const site = sites.find((s) => s.db === siteDb);
      if (!site) throw new Error(`no site ${siteDb}`);
      const isCenter = site.level === '中心';
      const nameOf = (db: DistrictDbName) => (db === 'site' ? siteDb : db === 'shared' ? shared : district);
      const reach = () => {
        if (fake.offline) throw new DistrictError('offline', '连不上中心，稍后重试');
      };
      return {
        info: () =>
          settle(() => {
            reach();
            return { district, shared, site, sites };
          }),
        list: <T>(db: DistrictDbName, prefix: string) =>
          settle(() => {
            reach();
            if (db === 'district' && !isCenter) throw new DistrictError('denied', '本机无权读取区级汇总');
            return [...dbOf(nameOf(db)).values()]
              .filter((d) => d._id.startsWith(prefix))
              .sort((a, b) => (a._id < b._id ? -1 : 1))
              .map((d) => structuredClone(d) as DistrictDoc<T>);
          }),
        put: (db, doc) => settle(() => write(db, doc)),
        create: (db, doc) =>
          settle(() => {
            reach();
            const live = dbOf(nameOf(db)).get(doc._id);
            if (live && !live._deleted) return false;
            write(db, doc);
            return true;
          }),
      };
      function write(db: DistrictDbName, doc: { _id: string } & Record<string, unknown>): void {
        reach();
        if (db === 'shared' && !isCenter) throw new DistrictError('denied', '区级共享数据只能由中心发布');
        const store = dbOf(nameOf(db));
        const rev = Number(store.get(doc._id)?._rev.split('-')[0] ?? 0) + 1;
        store.set(doc._id, { ...structuredClone(doc), _rev: `${rev}-fake` });
      }
    },
  };
  return fake;
}
