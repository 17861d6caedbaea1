import { describe, expect, it } from 'vitest';
import { firstServed, longId, packServed, shortId, unpackServed } from '@shared/stats/served-packing';
import type { VolunteerMonth } from '@shared/stats/daily-totals';

const uuid = (n: number) =>
  `${n.toString(16).padStart(8, '0')}-4c1d-4f3e-9a7b-${n.toString(16).padStart(12, 'f')}`;

describe('packed rows of who served', () => {
  it('writes a UUID in 22 characters and reads the same UUID back', () => {
    const ids = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', uuid(12345)];
    for (const id of ids) {
      expect(shortId(id)).toHaveLength(22);
      expect(longId(shortId(id))).toBe(id);
    }
    expect(new Set(ids.map(shortId)).size).toBe(3);
  });

  it('keeps ids that are not UUIDs as they are', () => {
    expect(longId(shortId('v1'))).toBe('v1');
    expect(longId(shortId('ABCDEFGH-0000-0000-0000-000000000000'))).toBe(
      'ABCDEFGH-0000-0000-0000-000000000000',
    );
  });

  it('stores UUID rows in under 70% of the old size', () => {
    const volunteers: VolunteerMonth['volunteers'] = {};
    for (let i = 0; i < 100; i += 1) volunteers[uuid(i)] = [3, 0, '1990-01-01'];
    const old = Object.entries(volunteers)
      .map(([id, [c, p, b]]) => `${id}\t${c}\t${p}\t${b ?? ''}`)
      .join('\n');
    const packed = packServed({ id: 'm', month: '2026-11', scope: '*', volunteers }).volunteers;
    expect(packed.length).toBeLessThan(old.length * 0.7);
  });

  it('unpacks to the tally it was packed from, with and without birth dates', () => {
    const row: VolunteerMonth = {
      id: '2026-11|st-1',
      month: '2026-11',
      scope: 'st-1',
      volunteers: { [uuid(1)]: [3, 1, '2010-05-01'], v2: [1, 0, null], [uuid(2)]: [12, 0, null] },
    };
    expect(unpackServed<VolunteerMonth>(packServed(row))).toEqual(row);
  });

  it('reads rows stored before the compact format', () => {
    const old = {
      id: 'm',
      month: '2026-11',
      scope: '*',
      volunteers: `${uuid(7)}\t2\t1\t1990-01-01\nv2\t1\t0\t`,
    };
    expect(unpackServed<VolunteerMonth>(old).volunteers).toEqual({
      [uuid(7)]: [2, 1, '1990-01-01'],
      v2: [1, 0, null],
    });
  });

  it('counts a volunteer once across rows of the old and the compact format', () => {
    const october = `${uuid(7)}\t2\t1\t1990-01-01`;
    const november = packServed({
      id: 'n',
      month: '2026-11',
      scope: '*',
      volunteers: { [uuid(7)]: [1, 0, '1990-01-01'], [uuid(8)]: [1, 0, null] },
    }).volunteers;
    expect(firstServed([october, november])).toEqual({
      [uuid(7)]: [2, 1, '1990-01-01'],
      [uuid(8)]: [1, 0, null],
    });
  });

  it('skips lines with no service and takes the first row that has the volunteer', () => {
    const a = packServed({
      id: 'a',
      month: '2026-10',
      scope: '*',
      volunteers: { v1: [0, 0, null] },
    }).volunteers;
    const b = packServed({
      id: 'b',
      month: '2026-11',
      scope: '*',
      volunteers: { v1: [4, 1, '2001-02-03'] },
    }).volunteers;
    expect(firstServed([a, '', b])).toEqual({ v1: [4, 1, '2001-02-03'] });
  });
});
