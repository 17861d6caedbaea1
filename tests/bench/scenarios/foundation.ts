import { generateDemoData } from '@shared/demo';
import { makeIdNumber } from '@shared/identity/id-card';
import type { Volunteer } from '@shared/model';
import { volunteerSearchKeys } from '@shared/search/search-keys';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import { median, type Measure } from '../measure';

/** Clones the demo volunteers into `count` distinct people (own id, number, ID number and phone). */
function manyVolunteers(template: Volunteer[], count: number): Volunteer[] {
  return Array.from({ length: count }, (_, i) => {
    const base = template[i % template.length] as Volunteer;
    const idNumber = makeIdNumber({ addressCode: '350102', birthDate: '19800101', sequence: i % 1000 });
    const unique = `${idNumber.slice(0, 14)}${String(i).padStart(6, '0').slice(-4)}`;
    const phone = `139${String(i).padStart(8, '0')}`;
    const volunteerNo = `ZYZ${String(i + 1).padStart(6, '0')}`;
    return {
      ...base,
      id: crypto.randomUUID(),
      volunteerNo,
      idNumber: unique,
      phone,
      searchKeys: volunteerSearchKeys({ name: base.name, phone, idNumber: unique, volunteerNo }),
    };
  });
}

/** Raw IndexedDB prefix query on the same index: the floor any repository read can reach. */
function rawPrefix(dbName: string, prefix: string, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const idb = open.result;
      const index = idb.transaction('volunteers').objectStore('volunteers').index('searchKeys');
      const req = index.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`), limit);
      req.onsuccess = () => {
        idb.close();
        resolve(req.result.length);
      };
      req.onerror = () => reject(req.error);
    };
  });
}

/** Foundation measures: demo data, opening the database, bulk writes and the volunteer search index. */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const VOLUNTEERS = Number(params.get('volunteers') ?? '20000');
  const measures: Measure[] = [];
  const now = Date.now();
  const ctx = systemContext('bench-desk');

  let demo = generateDemoData({ now, seed: 1, deskId: ctx.deskId });
  const generate = await median(5, async () => {
    demo = generateDemoData({ now, seed: 1, deskId: ctx.deskId });
  });
  measures.push({
    name: 'generate demo data (200 volunteers, a month of bookings)',
    ms: generate,
    reference: null,
    targetRatio: null,
  });

  const name = `bench-${now}`;
  const db = createDatabase(name);
  const open = await median(1, () => openDatabase(db));
  measures.push({
    name: 'open a new database (create all tables)',
    ms: open,
    reference: null,
    targetRatio: null,
  });

  const repos = createRepos(db, ctx);
  const load = await median(1, () => repos.demo.load(demo, () => undefined));
  measures.push({ name: 'load demo data in one transaction', ms: load, reference: null, targetRatio: null });

  const people = manyVolunteers(demo.volunteers, VOLUNTEERS).map((v) => ({
    ...v,
    volunteerNo: `B${v.volunteerNo}`,
  }));
  const bulk = await median(1, () => db.volunteers.bulkAdd(people));
  measures.push({
    name: `bulkAdd ${VOLUNTEERS.toLocaleString('en')} volunteers`,
    ms: bulk,
    reference: { name: 'platform notes: 126,000 in 27 s, scaled', ms: (27_000 * VOLUNTEERS) / 126_000 },
    targetRatio: null,
  });

  const target = people[Math.floor(people.length / 2)] as Volunteer;
  const query = target.phone.slice(-4);
  const search = await median(21, () => repos.people.searchVolunteers(query, 20));
  const raw = await median(21, () => rawPrefix(name, query, 20));
  measures.push({
    name: `volunteer search "${query}", first 20 of ${(VOLUNTEERS + 200).toLocaleString('en')}`,
    ms: search,
    reference: { name: 'raw IndexedDB getAll on the same index', ms: raw },
    targetRatio: null,
  });

  db.close();
  return measures;
}
