import { deskRole, validateDocUpdateSource } from './validate-doc-update';

/** One desk's CouchDB account. */
export interface DeskAccount {
  user: string;
  password: string;
}

/** A center, 所 or 站 with its own database, and the desks that share it (topology 1). */
export interface SiteConfig {
  /** CouchDB database name, e.g. `center-gulou`, `suo-dongjie`. */
  db: string;
  name: string;
  level: '中心' | '所' | '站';
  desks: DeskAccount[];
}

/** What the center runs: its sites and, for a district, the database they all replicate up into. */
export interface CenterConfig {
  sites: SiteConfig[];
  /** Topology 2: every site's database replicates one way into it; null for one center alone. */
  district: { db: string; shared: string } | null;
}

/** One request of the setup, applied in order; `upsert` PUTs keep the document's current revision. */
export interface CenterStep {
  method: 'PUT';
  path: string;
  body?: unknown;
  /** A document that may exist already: the runner reads its revision first, so setup can run again. */
  upsert?: boolean;
  /**
   * A replication document: CouchDB lets only the replicator edit a running one, so an existing one is
   * deleted and written again (the replication restarts from its checkpoint).
   */
  replace?: boolean;
  /** Said to the administrator as the step runs. */
  says: string;
}

/** A desk's roles: its site's, and at the 中心 of a district also the district's. */
const deskRoles = (site: SiteConfig, district: CenterConfig['district']): string[] =>
  site.level === '中心' && district ? [deskRole(site.db), districtRole(district.db)] : [deskRole(site.db)];

const DB_NAME = /^[a-z][a-z0-9_$()+/-]{0,127}$/;
const DESIGN = '_design/practice-desk';

/**
 * The role the 中心's desks hold besides their site's: read the district database, publish to shared.
 *
 * @example
 * districtRole('district-gulou') // => 'district:district-gulou'
 */
export const districtRole = (districtDb: string): string => `district:${districtDb}`;

/** The district database is written only by the server's replicator, which runs as admin. */
function adminOnly(_newDoc: unknown, _oldDoc: unknown, userCtx: { roles: string[] }): void {
  if ((userCtx.roles || []).indexOf('_admin') === -1) throw { forbidden: '区级汇总只能由服务器复制写入' };
}

/**
 * Only admins and the 中心's desks write the district's shared data (templates, published tasks); 所/站
 * desks read it. CouchDB runs the source alone, so the role is written into the text.
 */
const centerPublishesSource = (role: string): string =>
  'function (newDoc, oldDoc, userCtx) {\n' +
  '  var roles = userCtx.roles || [];\n' +
  `  if (roles.indexOf('_admin') === -1 && roles.indexOf(${JSON.stringify(role)}) === -1)\n` +
  "    throw { forbidden: '区级共享数据只能由中心发布' };\n" +
  '}';

/**
 * The problems with a config, in Chinese, empty when it can be applied.
 *
 * @example
 * checkCenterConfig({ sites: [], district: null }) // => ['至少要有一个中心、所或站']
 */
export function checkCenterConfig(config: CenterConfig): string[] {
  const problems: string[] = [];
  if (config.sites.length === 0) problems.push('至少要有一个中心、所或站');
  const dbs = [
    ...config.sites.map((s) => s.db),
    ...(config.district ? [config.district.db, config.district.shared] : []),
  ];
  for (const db of dbs)
    if (!DB_NAME.test(db)) problems.push(`数据库名“${db}”只能用小写字母、数字和 _$()+-/，并以字母开头`);
  if (new Set(dbs).size !== dbs.length) problems.push('数据库名有重复');
  const users = config.sites.flatMap((s) => s.desks.map((d) => d.user));
  if (new Set(users).size !== users.length) problems.push('前台账号有重复：每台前台一个账号');
  for (const site of config.sites)
    for (const desk of site.desks)
      if (desk.password.length < 8) problems.push(`前台账号“${desk.user}”的密码至少 8 位`);
  return problems;
}

/**
 * The requests that set a center up: the databases of both topologies, one user per desk holding only
 * its own database's role, `_security` so no desk reads or writes another site's database, the
 * validator in every desk database, and (district) continuous one-way replication of each site up.
 * `centerUrl` is how CouchDB reaches itself for `_replicator`, with the admin's authorisation header.
 *
 * @example
 * centerPlan({ sites: [{ db: 'center-gulou', name: '鼓楼', level: '中心', desks: [] }], district: null }, 'http://127.0.0.1:5984', 'Basic …')
 *   .map((s) => s.path) // => ['/center-gulou', '/center-gulou/_security', '/center-gulou/_design/practice-desk']
 */
export function centerPlan(config: CenterConfig, centerUrl: string, authorization: string): CenterStep[] {
  const steps: CenterStep[] = [];
  const base = centerUrl.replace(/\/+$/, '');
  const source = validateDocUpdateSource();
  for (const site of config.sites) {
    steps.push({
      method: 'PUT',
      path: `/${site.db}`,
      says: `建立${site.level}数据库 ${site.db}（${site.name}）`,
    });
    steps.push({
      method: 'PUT',
      path: `/${site.db}/_security`,
      body: { admins: { names: [], roles: ['_admin'] }, members: { names: [], roles: [deskRole(site.db)] } },
      says: `只允许${site.name}的前台读写 ${site.db}`,
    });
    steps.push({
      method: 'PUT',
      path: `/${site.db}/${DESIGN}`,
      body: { validate_doc_update: source },
      upsert: true,
      says: `在 ${site.db} 中禁止修改已确认的服务时长和已出具的证书`,
    });
    for (const desk of site.desks)
      steps.push({
        method: 'PUT',
        path: `/_users/org.couchdb.user:${desk.user}`,
        body: {
          _id: `org.couchdb.user:${desk.user}`,
          name: desk.user,
          password: desk.password,
          type: 'user',
          roles: deskRoles(site, config.district),
        },
        upsert: true,
        says: `前台账号 ${desk.user}（${site.name}）`,
      });
  }
  const district = config.district;
  if (!district) return steps;
  const siteRoles = config.sites.map((s) => deskRole(s.db));
  steps.push({ method: 'PUT', path: `/${district.db}`, says: `建立区级汇总数据库 ${district.db}` });
  steps.push({
    method: 'PUT',
    path: `/${district.db}/_security`,
    body: {
      admins: { names: [], roles: ['_admin'] },
      members: { names: [], roles: [districtRole(district.db)] },
    },
    says: '区级汇总只由中心的前台读取',
  });
  steps.push({
    method: 'PUT',
    path: `/${district.db}/${DESIGN}`,
    body: { validate_doc_update: adminOnly.toString() },
    upsert: true,
    says: '区级汇总只由服务器复制写入',
  });
  steps.push({
    method: 'PUT',
    path: `/${district.shared}`,
    says: `建立区级共享数据库 ${district.shared}（模板、下发任务）`,
  });
  steps.push({
    method: 'PUT',
    path: `/${district.shared}/_security`,
    body: { admins: { names: [], roles: ['_admin'] }, members: { names: [], roles: siteRoles } },
    says: '各所、站前台可以读取区级共享数据',
  });
  steps.push({
    method: 'PUT',
    path: `/${district.shared}/${DESIGN}`,
    body: { validate_doc_update: centerPublishesSource(districtRole(district.db)) },
    upsert: true,
    says: '区级共享数据只能由中心发布',
  });
  const sites = config.sites.map(({ db, name, level }) => ({ db, name, level }));
  for (const site of sites)
    steps.push({
      method: 'PUT',
      path: `/${site.db}/district:info`,
      body: { district: district.db, shared: district.shared, site, sites },
      upsert: true,
      says: `告诉${site.name}的前台区级数据库在哪里`,
    });
  steps.push({ method: 'PUT', path: '/_replicator', says: '启用服务器复制' });
  const endpoint = (db: string) => ({ url: `${base}/${db}`, headers: { Authorization: authorization } });
  for (const site of config.sites)
    steps.push({
      method: 'PUT',
      path: `/_replicator/up-${site.db}`,
      body: { source: endpoint(site.db), target: endpoint(district.db), continuous: true },
      replace: true,
      says: `${site.name}的数据持续汇总到 ${district.db}`,
    });
  return steps;
}
