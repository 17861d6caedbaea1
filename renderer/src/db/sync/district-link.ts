/*
 * The district as a desk reaches it (issue 15, part 3): the center setup writes `district:info` into
 * every site database, and the desk reads the district's databases over HTTP with its own account.
 * Interface first, so the district view and 中心制单/所站领单 build on one link; createDistrictLink
 * implements it over fetch.
 */

/** A center, 所 or 站 of the district, as the center setup names it. */
export interface DistrictSite {
  /** Its CouchDB database, e.g. `suo-dongjie`: the site's stable id across the district. */
  db: string;
  name: string;
  level: '中心' | '所' | '站';
}

/** The `district:info` document the center setup writes into each site database. */
export interface DistrictInfo {
  /** Database every site replicates up into (the server's replicator does it). */
  district: string;
  /** Database of what the center publishes to the 所/站 (templates, tasks). */
  shared: string;
  /** The site whose database this desk syncs with. */
  site: DistrictSite;
  /** Every site of the district, this one included, in the setup's order. */
  sites: DistrictSite[];
}

/** A document as the link returns it. */
export type DistrictDoc<T> = T & { _id: string; _rev: string };

/** Which database: this desk's site, the district's summary, or the district's shared data. */
export type DistrictDbName = 'site' | 'district' | 'shared';

/** The district's databases over HTTP, with this desk's account. */
export interface DistrictLink {
  /** The district as the center set it up, or null when the center has no district (one center alone). */
  info(): Promise<DistrictInfo | null>;
  /** The documents whose id starts with `prefix`, in id order. */
  list<T>(db: DistrictDbName, prefix: string): Promise<DistrictDoc<T>[]>;
  /**
   * Creates a document only when no live one has its id: false when one has (two desks creating the same
   * id at once: exactly one gets true). A deleted document's id counts as free.
   */
  create(
    db: Exclude<DistrictDbName, 'district'>,
    doc: { _id: string } & Record<string, unknown>,
  ): Promise<boolean>;
  /** Writes a document on top of its current revision (read first), creating it when absent. */
  put(db: Exclude<DistrictDbName, 'district'>, doc: { _id: string } & Record<string, unknown>): Promise<void>;
}

/**
 * Why the district could not be read or written, said in Chinese to staff: `offline` (the center cannot
 * be reached), `denied` (this desk's account may not do it), `failed` (anything else).
 */
export class DistrictError extends Error {
  constructor(
    readonly kind: 'offline' | 'denied' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'DistrictError';
  }
}
