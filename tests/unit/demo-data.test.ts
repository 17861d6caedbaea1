import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import type { DemoData } from '@shared/demo';
import { ageOn, validateIdNumber } from '@shared/identity/id-card';
import { validateMobile } from '@shared/identity/phone';
import { volunteerSearchKeys } from '@shared/search/search-keys';
import { dateKey } from '@shared/time/center-time';
import { demoData, NOW, overlaps } from './demo-fixture';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let data: DemoData;
let today: string;

beforeAll(() => {
  data = demoData();
  today = dateKey(NOW);
});

/** Deep equality via JSON: far faster than toEqual on a thousand records. */
function fingerprint(value: DemoData): string {
  return JSON.stringify(value);
}

describe('generateDemoData: determinism', () => {
  it('returns identical data for the same seed and now', () => {
    expect(fingerprint(generateDemoData({ now: NOW, seed: 2026, deskId: 'desk-demo' }))).toBe(
      fingerprint(data),
    );
  });

  it('returns different data for another seed', () => {
    const other = generateDemoData({ now: NOW, seed: 7, deskId: 'desk-demo' });
    expect(other.volunteers.map((v) => v.idNumber)).not.toEqual(data.volunteers.map((v) => v.idNumber));
  });

  it('does not depend on the machine time zone', () => {
    const originalTz = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(fingerprint(generateDemoData({ now: NOW, seed: 2026, deskId: 'desk-demo' }))).toBe(
        fingerprint(data),
      );
    } finally {
      process.env.TZ = originalTz;
    }
  });
});

describe('generateDemoData: bookkeeping', () => {
  it('stamps every record with a unique v4-shaped id, the desk id, no deletion and times up to now', () => {
    const all = Object.values(data).flat();
    expect(all.length).toBeGreaterThan(200);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const bad = all.filter(
      (r) =>
        !UUID_V4.test(r.id) ||
        r.deskId !== 'desk-demo' ||
        r.deletedAt !== null ||
        r.createdAt > r.updatedAt ||
        r.updatedAt > NOW,
    );
    expect(bad).toEqual([]);
  });

  it('creates the expected amounts', () => {
    expect(data.volunteers).toHaveLength(200);
    expect(data.rooms.length).toBeGreaterThanOrEqual(6);
    expect(data.organisations.length).toBeGreaterThanOrEqual(10);
    expect(data.teams.length).toBeGreaterThanOrEqual(4);
    expect(data.teams.length).toBeLessThanOrEqual(6);
    expect(data.bookings.length).toBeGreaterThan(100);
    expect(data.activities.length).toBeGreaterThan(3);
    expect(data.serviceRecords.length).toBeGreaterThan(50);
  });
});

describe('generateDemoData: rooms and closures', () => {
  it('includes the lecture hall with its capacity and equipment', () => {
    const hall = data.rooms.find((r) => r.name === '理论讲堂');
    expect(hall).toMatchObject({ capacity: 120, kind: '讲堂', active: true });
    expect(hall?.equipment).toEqual(expect.arrayContaining(['投影仪', '音响']));
  });

  it('closes every room on Mondays and names the sessions', () => {
    expect(data.rooms.length).toBeGreaterThan(0);
    for (const room of data.rooms) {
      expect(room.openingHours.map((h) => h.weekday)).not.toContain(1);
      expect(room.sessions.map((s) => s.name)).toContain('上午');
    }
  });

  it('has a whole-center closure and per-room closures', () => {
    expect(data.closures.some((c) => c.roomId === null && c.source === 'center')).toBe(true);
    expect(data.closures.some((c) => c.roomId !== null && c.source === 'room')).toBe(true);
  });
});

describe('generateDemoData: volunteers', () => {
  it('gives every volunteer a valid 居民身份证 number matching gender and birth date', () => {
    const bad = data.volunteers.filter((v) => {
      const result = validateIdNumber(v.idType, v.idNumber, { today });
      return !result.ok || result.birthDate !== v.birthDate || result.gender !== v.gender;
    });
    expect(bad).toEqual([]);
  });

  it('uses unique ID numbers and mobiles', () => {
    expect(new Set(data.volunteers.map((v) => v.idNumber)).size).toBe(200);
    expect(new Set(data.volunteers.map((v) => v.phone)).size).toBe(200);
    expect(data.volunteers.filter((v) => !validateMobile(v.phone, { mainland: true }).ok)).toEqual([]);
  });

  it('numbers volunteers ZYZ000001… in registration order', () => {
    expect(data.volunteers.map((v) => v.volunteerNo)).toEqual(
      data.volunteers.map((_, i) => `ZYZ${String(i + 1).padStart(6, '0')}`),
    );
    const created = data.volunteers.map((v) => v.createdAt);
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });

  it('stores the search keys the search module would compute', () => {
    const bad = data.volunteers.filter((v) => v.searchKeys.join('|') !== volunteerSearchKeys(v).join('|'));
    expect(bad).toEqual([]);
  });

  it('records consent, including the separate ID number consent', () => {
    const bad = data.volunteers.filter(
      (v) => !v.consent?.idNumberConsent || v.consent.consentedAt !== v.createdAt,
    );
    expect(bad).toEqual([]);
  });

  it('gives minors (14-17) a guardian with consent, and adults none', () => {
    const minors = data.volunteers.filter((v) => ageOn(v.birthDate ?? '', today) < 18);
    expect(minors.length).toBeGreaterThan(0);
    for (const v of data.volunteers) {
      const age = ageOn(v.birthDate ?? '', today);
      expect(age).toBeGreaterThanOrEqual(14);
      expect(age).toBeLessThanOrEqual(120);
      if (age < 18) {
        expect(v.guardian).toMatchObject({ consentAt: expect.any(Number) });
        expect(validateMobile(v.guardian?.phone ?? '', { mainland: true }).ok).toBe(true);
      } else {
        expect(v.guardian).toBeNull();
      }
    }
  });

  it('has a realistic share of party members (about a quarter)', () => {
    const party = data.volunteers.filter(
      (v) => v.politicalStatus === '中共党员' || v.politicalStatus === '中共预备党员',
    );
    expect(party.length / 200).toBeGreaterThan(0.15);
    expect(party.length / 200).toBeLessThan(0.35);
  });

  it('only joins existing teams, and team leaders are adult members', () => {
    const teamIds = new Set(data.teams.map((t) => t.id));
    expect(teamIds.size).toBeGreaterThan(0);
    expect(data.volunteers.filter((v) => v.teamIds.length > 0).length).toBeGreaterThan(0);
    for (const v of data.volunteers) for (const id of v.teamIds) expect(teamIds.has(id)).toBe(true);
    for (const team of data.teams) {
      const leader = data.volunteers.find((v) => v.id === team.leaderId);
      expect(leader?.teamIds).toContain(team.id);
      expect(leader?.guardian).toBeNull();
    }
  });
});

describe('generateDemoData: other clocks and seeds', () => {
  it.each([
    ['a Monday just after midnight', Date.UTC(2026, 10, 22, 16, 5), 1],
    ['new year’s eve late at night', Date.UTC(2026, 11, 31, 15, 30), 2],
    ['a leap day', Date.UTC(2028, 1, 29, 4, 0), 3],
  ])('keeps its invariants on %s', (_label, now, seed) => {
    const other = generateDemoData({ now, seed, deskId: 'd' });
    const day = dateKey(now);
    expect(other.volunteers).toHaveLength(200);
    expect(other.bookings.length).toBeGreaterThan(0);
    expect(overlaps(other.bookings, other.rooms)).toEqual([]);
    expect(
      other.volunteers.filter((v) => !validateIdNumber('居民身份证', v.idNumber, { today: day }).ok),
    ).toEqual([]);
    expect(
      Object.values(other)
        .flat()
        .filter((r) => r.updatedAt > now || r.createdAt > now),
    ).toEqual([]);
    expect(other.bookings.every((b) => b.number.startsWith(`YY-${day.slice(0, 4)}-`))).toBe(true);
  });
});
