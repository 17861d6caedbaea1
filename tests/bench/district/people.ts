import { DEMO_NOTICE_VERSION } from '@shared/demo';
import { DEMO_WORDS, GIVEN_NAMES } from '@shared/demo/pools';
import type { ImportedVolunteer, ImportPlan } from '@shared/exchange/import-plan';
import { makeIdNumber } from '@shared/identity/id-card';
import type { Gender, PoliticalStatus } from '@shared/model';
import { ORGANISATION_TYPES } from '@shared/model/places';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import type { Repos } from '../../../renderer/src/db';
import type { VolunteerDraft } from '../../../renderer/src/db/repos/volunteers';
import { HISTORY_DAYS, type DistrictContext } from './context';

/** Rows handed to one import run: the repository writes them in its own chunks of 500 inside. */
const IMPORT_RUN_ROWS = 5_000;
/** One volunteer in a hundred is a minor (14–17), registered at the desk with a guardian. */
const MINOR_EVERY = 100;

/**
 * A unique valid mainland mobile for index `i`: the suffix is i times a number coprime with 10^8, so
 * no two indexes below 10^8 share it, whatever prefix is drawn.
 *
 * @example
 * districtMobile(ctx, 0) // => e.g. '13900012345'
 */
export function districtMobile(g: DistrictContext, i: number): string {
  const suffix = (i * 7_919_993 + 12_345) % 100_000_000;
  return g.rand.pick(DEMO_WORDS.mobilePrefixes) + String(suffix).padStart(8, '0');
}

function personName(g: DistrictContext, gender: Gender, birthYear: number): string {
  const era = birthYear < 1975 ? 0 : birthYear < 1995 ? 1 : 2;
  return g.rand.pick(DEMO_WORDS.surnames) + g.rand.pick(GIVEN_NAMES[gender][era] ?? GIVEN_NAMES[gender][1]);
}

/** A birth date and a unique ID number for it: the sequence's last digit is odd for men, as on real cards. */
function identity(g: DistrictContext, gender: Gender, birthYear: number, taken: Set<string>) {
  for (;;) {
    const birthDate = `${birthYear}-${String(g.rand.int(1, 12)).padStart(2, '0')}-${String(g.rand.int(1, 28)).padStart(2, '0')}`;
    const sequence = g.rand.int(0, 499) * 2 + (gender === '男' ? 1 : 0);
    const idNumber = makeIdNumber({
      addressCode: g.rand.pick(DEMO_WORDS.addressCodes),
      birthDate: birthDate.replaceAll('-', ''),
      sequence,
    });
    if (taken.has(idNumber)) continue;
    taken.add(idNumber);
    return { birthDate, idNumber };
  }
}

function politicalStatus(g: DistrictContext, age: number): PoliticalStatus {
  const r = g.rand.next();
  if (r < 0.22) return '中共党员';
  if (r < 0.25) return '中共预备党员';
  if (r < 0.27) return '民主党派';
  return age <= 28 ? '共青团员' : '群众';
}

function address(g: DistrictContext): string {
  return `福州市鼓楼区${g.rand.pick(DEMO_WORDS.roads)}${g.rand.int(1, 300)}号${g.rand.int(1, 12)}座${g.rand.int(1, 18)}0${g.rand.int(1, 4)}室`;
}

/** One adult row of the roll, as the import reads a spreadsheet row: registered on a day of the history. */
function adultRow(g: DistrictContext, i: number, taken: Set<string>): ImportedVolunteer {
  const thisYear = Number(dateKey(g.end).slice(0, 4));
  const gender: Gender = g.rand.chance(0.55) ? '女' : '男';
  const birthYear = g.rand.int(1950, thisYear - 19);
  const { birthDate, idNumber } = identity(g, gender, birthYear, taken);
  return {
    name: personName(g, gender, birthYear),
    idType: '居民身份证',
    idNumber,
    gender,
    birthDate,
    phone: districtMobile(g, i),
    politicalStatus: politicalStatus(g, thisYear - birthYear),
    teamNames: [],
    registeredOn: addDays(g.firstDay, g.rand.int(0, HISTORY_DAYS - 1)),
    volunteerNo: null,
    address: address(g),
    workUnit: g.rand.pick(DEMO_WORDS.workUnits),
    skills: g.rand.shuffle(DEMO_WORDS.skills).slice(0, g.rand.int(0, 3)),
    notes: '',
  };
}

/** A minor as the desk registers one: a parent as guardian, whose consent is taken at the desk. */
function minorDraft(g: DistrictContext, i: number, taken: Set<string>): VolunteerDraft {
  const thisYear = Number(dateKey(g.end).slice(0, 4));
  const gender: Gender = g.rand.chance(0.5) ? '女' : '男';
  // 14–17 at the end of the history, so every minor is registrable under the default rules.
  const birthYear = thisYear - g.rand.int(15, 17);
  const { birthDate, idNumber } = identity(g, gender, birthYear, taken);
  const name = personName(g, gender, birthYear);
  const father = g.rand.chance(0.5);
  const guardian = {
    name: father ? name.charAt(0) + g.rand.pick(GIVEN_NAMES['男'][1]) : personName(g, '女', birthYear - 30),
    relation: father ? '父亲' : '母亲',
    phone: districtMobile(g, 50_000_000 + i),
    consentAt: g.end,
  };
  return {
    name,
    idType: '居民身份证',
    idNumber,
    gender,
    birthDate,
    phone: districtMobile(g, i),
    politicalStatus: '共青团员',
    address: address(g),
    workUnit: g.rand.pick(DEMO_WORDS.schools),
    skills: [],
    intentions: [g.rand.pick(DEMO_WORDS.intentions)],
    availability: '周末',
    teamIds: [],
    emergencyContact: { name: guardian.name, phone: guardian.phone },
    guardian,
    photo: null,
    consent: { noticeVersion: DEMO_NOTICE_VERSION, consentedAt: g.end, idNumberConsent: true },
    notes: '',
  };
}

/**
 * Registers `count` volunteers: adults through the spreadsheet import (repos.volunteerImport.run, the
 * bulk path: numbering, search keys, live counter and audit per chunk of 500), and every hundredth
 * person as a minor through repos.volunteers.register, since the import refuses minors. Returns the
 * number registered; ids are read back by the caller.
 *
 * @example
 * await generateVolunteers(g, repos, 630, (done) => console.log(done)); // => 630
 */
export async function generateVolunteers(
  g: DistrictContext,
  repos: Repos,
  count: number,
  onProgress: (done: number) => void = () => undefined,
): Promise<number> {
  const taken = new Set<string>();
  const minors: number[] = [];
  let done = 0;
  let batch: ImportedVolunteer[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const plan: ImportPlan = {
      rows: batch.map((values, k) => ({
        rowNumber: k + 2,
        outcome: 'new',
        values,
        reasons: [],
        existingId: null,
      })),
      counts: { new: batch.length, existing: 0, duplicate: 0, invalid: 0 },
    };
    g.setTime(g.end);
    const result = await repos.volunteerImport.run(plan, { existing: 'skip' });
    if (result.created !== batch.length)
      throw new Error(`导入志愿者：应新增 ${batch.length} 人，实际 ${result.created} 人`);
    done += result.created;
    batch = [];
    onProgress(done);
  };
  for (let i = 0; i < count; i += 1) {
    if (i % MINOR_EVERY === MINOR_EVERY / 2) minors.push(i);
    else batch.push(adultRow(g, i, taken));
    if (batch.length === IMPORT_RUN_ROWS) await flush();
  }
  await flush();
  for (const i of minors) {
    g.setTime(fromDateAndMinutes(addDays(g.firstDay, g.rand.int(HISTORY_DAYS - 365, HISTORY_DAYS - 1)), 600));
    await repos.volunteers.register(minorDraft(g, i, taken));
    done += 1;
  }
  onProgress(done);
  return done;
}

/**
 * Creates `count` units through repos.organisations.save, one by one as the desk does (names are
 * unique: the repository refuses a second unit of the same name).
 *
 * @example
 * const ids = await generateOrganisations(g, repos, 10); ids.length // => 10
 */
export async function generateOrganisations(
  g: DistrictContext,
  repos: Repos,
  count: number,
): Promise<string[]> {
  const kinds = [
    '社区居民委员会',
    '志愿服务协会',
    '商会',
    '老年协会',
    '文艺队',
    '物业服务中心',
    '学校',
    '卫生服务站',
  ];
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const type = ORGANISATION_TYPES[i % ORGANISATION_TYPES.length] ?? '社会组织';
    const name = `鼓楼区${g.rand.pick(DEMO_WORDS.roads)}第${i + 1}${g.rand.pick(kinds)}`;
    g.setTime(fromDateAndMinutes(addDays(g.firstDay, Math.floor((i * HISTORY_DAYS) / count)), 570));
    const gender: Gender = g.rand.chance(0.5) ? '男' : '女';
    const org = await repos.organisations.save(
      {
        name,
        type,
        contactName: personName(g, gender, g.rand.int(1965, 1998)),
        phone: districtMobile(g, 60_000_000 + i),
        notes: '',
      },
      null,
    );
    ids.push(org.id);
  }
  return ids;
}
