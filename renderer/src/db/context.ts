/** What every write needs from outside the pure domain: the clock, fresh ids, and who is writing. */
export interface WriteContext {
  now(): number;
  newId(): string;
  /** This installation's id, stamped on every row (see the `deskId` setting). */
  deskId: string;
  /** The staff member at the desk, for the audit log. */
  actor: string;
}

/** The context the app uses: the real clock and random UUIDs. Tests build their own. */
export function systemContext(deskId: string, actor = '前台'): WriteContext {
  return { now: () => Date.now(), newId: () => crypto.randomUUID(), deskId, actor };
}
