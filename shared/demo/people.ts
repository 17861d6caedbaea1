import { ageOn, makeIdNumber } from '../identity/id-card';
import type { Draft } from '../model/base';
import type { Gender, Guardian, PoliticalStatus, Team, Volunteer } from '../model/people';
import type { Organisation } from '../model/places';
import { volunteerSearchKeys } from '../search/search-keys';
import { addDays, daysBetween } from '../time/center-time';
import { DAY_MS, yearsBefore } from './context';
import type { DemoContext } from './context';
import { DEMO_WORDS, ORGANISATION_DEFS, TEAM_DEFS } from './pools';

/**
 * How many volunteers the demo registers.
 *
 * @example
 * generateDemoData(options).volunteers.length // => DEMO_VOLUNTEER_COUNT
 */
export const DEMO_VOLUNTEER_COUNT = 200;

/**
 * How many of them are minors (14-17) registered with a guardian.
 *
 * @example
 * volunteers.filter((v) => v.guardian).length // => DEMO_MINOR_COUNT
 */
export const DEMO_MINOR_COUNT = 8;

/**
 * The privacy notice version demo volunteers consented to.
 *
 * @example
 * volunteer.consent?.noticeVersion // => '2025-01'
 */
export const DEMO_NOTICE_VERSION = '2025-01';

/**
 * The units that book rooms, each with a contact person and a mobile.
 *
 * @example
 * generateOrganisations(ctx).length // => 13
 */
export function generateOrganisations(ctx: DemoContext): Organisation[] {
  return ORGANISATION_DEFS.map((def) => {
    const gender: Gender = ctx.rand.chance(0.5) ? '男' : '女';
    const contactName =
      def.type === '个人'
        ? def.name.replace(/（.*）$/, '')
        : ctx.personName(gender, ctx.rand.int(1965, 1998));
    return ctx.stamp<Draft<Organisation>>(
      { name: def.name, type: def.type, contactName, phone: ctx.mobile(), notes: '', noShowCount: 0 },
      ctx.deskTime(addDays(ctx.today, -ctx.rand.int(30, 365))),
    );
  });
}

/**
 * The 志愿服务队, without leaders yet (leaders are chosen among their members).
 *
 * @example
 * generateTeams(ctx).map((t) => t.name) // => ['理论宣讲志愿服务队', …]
 */
export function generateTeams(ctx: DemoContext): Team[] {
  const foundedAt = ctx.now - 1200 * DAY_MS;
  return TEAM_DEFS.map((def) =>
    ctx.stamp<Draft<Team>>(
      { name: def.name, leaderId: null, description: def.description, parentTeamId: null },
      foundedAt,
    ),
  );
}

function pickSome<T>(ctx: DemoContext, items: readonly T[], min: number, max: number): T[] {
  return ctx.rand.shuffle(items).slice(0, ctx.rand.int(min, max));
}

/** Adult birth years lean old and young, as real volunteer rolls do (retirees and students). */
function adultBirthDate(ctx: DemoContext): string {
  const lastYear = Number(ctx.today.slice(0, 4)) - 19;
  const bands: [number, number][] = [
    [1950, 1964],
    [1965, 1979],
    [1980, 1994],
    [Math.min(1995, lastYear), lastYear],
  ];
  const r = ctx.rand.next();
  const band = bands[r < 0.3 ? 0 : r < 0.55 ? 1 : r < 0.8 ? 2 : 3] ?? [1980, 1994];
  const year = ctx.rand.int(band[0], band[1]);
  return addDays(`${year}-01-01`, ctx.rand.int(0, 364));
}

/** A birth date that makes the person 14-17 on `today`. */
function minorBirthDate(ctx: DemoContext): string {
  const earliest = addDays(yearsBefore(ctx.today, 18), 1);
  const latest = yearsBefore(ctx.today, 14);
  return addDays(earliest, ctx.rand.int(0, daysBetween(earliest, latest)));
}

function politicalStatus(ctx: DemoContext, age: number): PoliticalStatus {
  if (age < 18) return ctx.rand.chance(0.5) ? '共青团员' : '群众';
  const r = ctx.rand.next();
  if (r < 0.22) return '中共党员';
  if (r < 0.25) return '中共预备党员';
  if (r < 0.27) return '民主党派';
  return age <= 28 && ctx.rand.chance(0.6) ? '共青团员' : '群众';
}

/** A parent as guardian; a father passes on the family name. */
function makeGuardian(
  ctx: DemoContext,
  childName: string,
  childBirthYear: number,
  consentAt: number,
): Guardian {
  const relation = ctx.rand.pick(['父亲', '母亲'] as const);
  const parentBirthYear = childBirthYear - ctx.rand.int(25, 35);
  const familyName = childName.startsWith('欧阳') ? '欧阳' : childName.charAt(0);
  const name =
    relation === '父亲'
      ? ctx.personName('男', parentBirthYear, familyName)
      : ctx.personName('女', parentBirthYear);
  return { name, relation, phone: ctx.mobile(), consentAt };
}

function homeAddress(ctx: DemoContext): string {
  const unit = `${ctx.rand.int(1, 12)}座${ctx.rand.int(1, 18)}0${ctx.rand.int(1, 4)}室`;
  return `福州市鼓楼区${ctx.rand.pick(DEMO_WORDS.roads)}${ctx.rand.int(1, 300)}号${unit}`;
}

/**
 * Registers the demo volunteers: valid 居民身份证 numbers whose sequence parity matches the gender,
 * unique mobiles, about a quarter party members, a few minors with a guardian's consent, team
 * memberships from their intentions. Returns the teams with leaders set.
 *
 * @example
 * const { volunteers, teams } = generateVolunteers(ctx, generateTeams(ctx));
 * volunteers[0].volunteerNo // => 'ZYZ000001'
 */
export function generateVolunteers(
  ctx: DemoContext,
  teamsIn: readonly Team[],
): { volunteers: Volunteer[]; teams: Team[] } {
  const { rand } = ctx;
  const minorSlots = new Set(
    rand.shuffle([...Array(DEMO_VOLUNTEER_COUNT).keys()]).slice(0, DEMO_MINOR_COUNT),
  );
  // Registration dates ascending, so volunteer numbers follow registration order.
  const registeredAt = Array.from({ length: DEMO_VOLUNTEER_COUNT }, () =>
    ctx.deskTime(addDays(ctx.today, -rand.int(20, 1100))),
  ).sort((a, b) => a - b);
  const usedIds = new Set<string>();
  const usedNames = new Set<string>();
  const volunteers: Volunteer[] = [];

  registeredAt.forEach((createdAt, index) => {
    const minor = minorSlots.has(index);
    const gender: Gender = rand.chance(0.55) ? '女' : '男';
    const birthDate = minor ? minorBirthDate(ctx) : adultBirthDate(ctx);
    const age = ageOn(birthDate, ctx.today);
    const birthYear = Number(birthDate.slice(0, 4));
    let name = ctx.personName(gender, birthYear);
    for (let tries = 0; usedNames.has(name) && tries < 5; tries += 1)
      name = ctx.personName(gender, birthYear);
    usedNames.add(name);
    let idNumber = '';
    do {
      // Odd sequence = male, even = female (GB 11643); 000 is never issued.
      const sequence = rand.int(1, 499) * 2 - (gender === '男' ? 1 : 0);
      idNumber = makeIdNumber({
        addressCode: rand.pick(DEMO_WORDS.addressCodes),
        birthDate: birthDate.replace(/-/g, ''),
        sequence,
      });
    } while (usedIds.has(idNumber));
    usedIds.add(idNumber);

    const phone = ctx.mobile();
    const volunteerNo = `ZYZ${String(index + 1).padStart(6, '0')}`;
    const intentions = pickSome(ctx, DEMO_WORDS.intentions, 1, 3);
    const guardian = minor ? makeGuardian(ctx, name, birthYear, createdAt) : null;
    const emergencyContact = guardian
      ? { name: guardian.name, phone: guardian.phone }
      : rand.chance(0.6)
        ? { name: ctx.personName(rand.chance(0.5) ? '男' : '女', rand.int(1955, 2000)), phone: ctx.mobile() }
        : null;
    const teamIds = teamsIn
      .filter((_, t) => intentions.includes(TEAM_DEFS[t]?.intention ?? '') && rand.chance(0.8))
      .map((t) => t.id);
    const workUnit = minor
      ? rand.pick(DEMO_WORDS.schools)
      : age >= 60
        ? '退休'
        : rand.pick(DEMO_WORDS.workUnits);

    const draft: Draft<Volunteer> = {
      volunteerNo,
      name,
      idType: '居民身份证',
      idNumber,
      gender,
      birthDate,
      phone,
      politicalStatus: politicalStatus(ctx, age),
      address: homeAddress(ctx),
      workUnit,
      skills: pickSome(ctx, DEMO_WORDS.skills, 0, 3),
      intentions,
      availability: age >= 60 ? rand.pick(['工作日白天', '不限']) : rand.pick(DEMO_WORDS.availability),
      teamIds,
      emergencyContact,
      guardian,
      photo: null,
      consent: { noticeVersion: DEMO_NOTICE_VERSION, consentedAt: createdAt, idNumberConsent: true },
      searchKeys: volunteerSearchKeys({ name, phone, idNumber, volunteerNo }),
      notes: minor ? '未成年志愿者，已取得监护人同意' : '',
    };
    volunteers.push(ctx.stamp(draft, createdAt));
  });

  const teams = teamsIn.map((team) => {
    const members = volunteers.filter((v) => v.teamIds.includes(team.id) && v.guardian === null);
    const leader = members.length > 0 ? rand.pick(members) : null;
    return { ...team, leaderId: leader?.id ?? null };
  });
  return { volunteers, teams };
}
