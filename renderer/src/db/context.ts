/** What every write needs from outside the pure domain: the clock, fresh ids, and who is writing. */
export interface WriteContext {
  now(): number;
  newId(): string;
  /** This installation's id, stamped on every row (see the `deskId` setting). */
  deskId: string;
  /** The staff member at the desk, for the audit log. */
  actor: string;
}

/**
 * The context the app uses: the real clock and random UUIDs. `actor` may be a function, read at each
 * write, so the app's one context names whoever is signed in at that moment (see staff-session.ts).
 * Tests build their own.
 */
export function systemContext(deskId: string, actor: string | (() => string) = '前台'): WriteContext {
  return {
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    deskId,
    get actor() {
      return typeof actor === 'function' ? actor() : actor;
    },
  };
}
