/**
 * Time spent waiting in named methods of an object (a PouchDB database), summed per method: splits a
 * replication's wall time into the center's answers and the mirror's writes. Calls that overlap are each
 * counted in full, so the sums say where the waiting is, not a partition of the wall time.
 */
export class CallTimes {
  readonly totals = new Map<string, { ms: number; calls: number }>();

  /** Wraps `methods` of `target` in place (own properties shadowing the prototype's); returns `target`. */
  watch<T extends object>(target: T, label: string, methods: readonly string[]): T {
    const record = (name: string, t: number) => {
      const key = `${label}.${name}`;
      const sum = this.totals.get(key) ?? { ms: 0, calls: 0 };
      this.totals.set(key, { ms: sum.ms + performance.now() - t, calls: sum.calls + 1 });
    };
    const methodsOf = target as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of methods) {
      const original = methodsOf[name];
      if (typeof original !== 'function') continue;
      methodsOf[name] = function (this: unknown, ...args: unknown[]) {
        const t = performance.now();
        const result = original.apply(this, args);
        const settles = result as { then?: (ok: () => void, no: () => void) => unknown } | null;
        if (typeof settles?.then === 'function') {
          const done = () => record(name, t);
          settles.then(done, done);
        } else record(name, t);
        return result;
      };
    }
    return target;
  }

  /** `label.method 12.3 s/45` for each method called, the longest first. */
  summary(): string {
    return [...this.totals]
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(([key, { ms, calls }]) => `${key} ${(ms / 1000).toFixed(1)} s/${calls}`)
      .join(', ');
  }
}
