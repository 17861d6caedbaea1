import { describe, expect, it } from 'vitest';
import { createRandom, uuidFromRandom } from '@shared/random/seeded';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function take(seed: number, n: number): number[] {
  const rand = createRandom(seed);
  return Array.from({ length: n }, () => rand.next());
}

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(take(42, 20)).toEqual(take(42, 20));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(1, 5)).not.toEqual(take(2, 5));
  });

  it('matches the published mulberry32 output for seed 0', () => {
    // Reference values from the original mulberry32 implementation.
    expect(take(0, 1)[0]).toBeCloseTo(0.26642920868471265, 15);
  });

  it('treats seeds modulo 2^32, so negative and large seeds work', () => {
    expect(take(-1, 3)).toEqual(take(2 ** 32 - 1, 3));
  });

  it('returns floats in [0, 1)', () => {
    const xs = take(7, 10_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('returns integers within both inclusive bounds and reaches each bound', () => {
    const rand = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(rand.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('returns the only value when min equals max', () => {
    expect(createRandom(1).int(5, 5)).toBe(5);
  });

  it('rejects reversed or fractional bounds', () => {
    expect(() => createRandom(1).int(6, 1)).toThrow(RangeError);
    expect(() => createRandom(1).int(0.5, 2)).toThrow(RangeError);
  });

  it('picks elements of the array and refuses an empty one', () => {
    const rand = createRandom(9);
    const items = ['上午', '下午', '晚上'] as const;
    for (let i = 0; i < 50; i += 1) expect(items).toContain(rand.pick(items));
    expect(() => rand.pick([])).toThrow(RangeError);
  });

  it('never fires chance(0) and always fires chance(1)', () => {
    const rand = createRandom(5);
    for (let i = 0; i < 200; i += 1) {
      expect(rand.chance(0)).toBe(false);
      expect(rand.chance(1)).toBe(true);
    }
  });

  it('fires chance(0.25) about a quarter of the time', () => {
    const rand = createRandom(11);
    let hits = 0;
    for (let i = 0; i < 10_000; i += 1) if (rand.chance(0.25)) hits += 1;
    expect(hits / 10_000).toBeGreaterThan(0.23);
    expect(hits / 10_000).toBeLessThan(0.27);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = Array.from({ length: 30 }, (_, i) => i);
    const copy = [...input];
    const shuffled = createRandom(4).shuffle(input);
    expect(input).toEqual(copy);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(shuffled).not.toEqual(input);
  });
});

describe('uuidFromRandom', () => {
  it('produces RFC 4122 version 4 shaped strings', () => {
    const rand = createRandom(123);
    const ids = Array.from({ length: 200 }, () => uuidFromRandom(rand));
    expect(ids.filter((id) => !UUID_V4.test(id))).toEqual([]);
  });

  it('is reproducible for a seed', () => {
    expect(uuidFromRandom(createRandom(8))).toBe(uuidFromRandom(createRandom(8)));
  });

  it('does not repeat within a long run', () => {
    const rand = createRandom(99);
    const ids = new Set(Array.from({ length: 5000 }, () => uuidFromRandom(rand)));
    expect(ids.size).toBe(5000);
  });
});
