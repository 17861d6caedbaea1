/**
 * A small seeded pseudo-random generator (mulberry32) for reproducible demo data and tests. Not for
 * anything security-related: real record ids come from the platform's crypto, passed in by callers.
 */

/**
 * A deterministic random source: the same seed always yields the same sequence.
 *
 * @example
 * const rand: SeededRandom = createRandom(2026);
 * rand.pick(['上午', '下午']);
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p (0..1). */
  chance(p: number): boolean;
  /** A shuffled copy (Fisher-Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Creates a seeded generator. Seeds are taken modulo 2^32, so any integer works.
 *
 * @example
 * const rand = createRandom(42);
 * rand.int(1, 6); // the same value on every run with seed 42
 */
export function createRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(min, max) needs integers with min <= max, got ${min}, ${max}`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[int(0, items.length - 1)] as T;
    },
    chance(p: number): boolean {
      return next() < p;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}

/**
 * A UUID shaped like RFC 4122 version 4 (version nibble 4, variant 10xx), drawn from a seeded
 * generator so demo data is reproducible. Only as unique as the seed: never use for real records.
 *
 * @example
 * uuidFromRandom(createRandom(1)) // => e.g. '6b0a3c1e-…-4…' matching /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
 */
export function uuidFromRandom(rand: SeededRandom): string {
  const bytes: number[] = [];
  for (let i = 0; i < 16; i += 1) bytes.push(rand.int(0, 255));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
