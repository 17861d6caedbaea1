import { expect } from 'vitest';
import { canonicalJson } from '@shared/audit/canonical';
import type { ServiceRecord } from '@shared/model';
import type { SeededRandom } from '@shared/random/seeded';
import type { SyncConflict } from '@shared/sync/model';
import { docId, SYNCED_TABLES } from '@shared/sync/tables';
import { conflictsRepo } from '../../renderer/src/db/sync/conflicts-repo';
import { UNSENT } from '../../renderer/src/db/sync/conflicts';
import { tokenOf, type Ledger } from './sync-property-ledger';
import { syncUntilQuiet, type PDesk, type World } from './sync-property-world';

/**
 * What the property test checks once every desk is back and synced: conflicts shared as they should
 * be, every one resolvable, and then the same rows everywhere, no write lost and the hours the model
 * expects.
 */

/** One seed's run: its random source, desks, ledger of writes, the step under way and what each did. */
export interface Run {
  seed: number;
  rng: SeededRandom;
  w: World;
  ledger: Ledger;
  step: number;
  trail: string[];
  /** Per record, the version staff last kept when resolving a conflict over it (its updatedAt token). */
  kept: Map<string, string>;
}

/** Open conflicts at a desk. */
const openAt = (d: PDesk) => conflictsRepo(d.db, d.ctx).listOpen(1000);

/** Every open conflict holds this desk's refused version, or a document the center holds in conflict. */
export async function expectConflictsShared(w: World) {
  const conflicted = new Set<string>();
  for (const row of (await w.hub.allDocs()).rows) {
    if (!('value' in row)) continue;
    const doc = await w.hub.get(row.key, { conflicts: true });
    if (doc._conflicts?.length) conflicted.add(row.key);
  }
  for (const d of w.desks) {
    const open = await openAt(d);
    for (const c of open) {
      const own = c.versions.some((v) => v.rev === UNSENT && v.deskId === d.deskId);
      expect(own || conflicted.has(docId(c.table, c.key)), `${d.deskId}: ${c.table} ${c.key}`).toBe(true);
    }
    const here = new Set(open.map((c) => docId(c.table, c.key)));
    // A volunteer's leaves that merge field by field leave nothing for staff to settle.
    expect(
      [...conflicted].filter((id) => !here.has(id) && !id.startsWith('volunteers:')),
      `${d.deskId} misses conflicts`,
    ).toEqual([]);
  }
}

/** Resolves open conflicts one at a time, at the first desk holding one, syncing in between. */
export async function resolveAll(run: Run) {
  for (let i = 0; i < 200; i += 1) {
    const d = (await Promise.all(run.w.desks.map(async (x) => ((await openAt(x)).length ? x : null)))).find(
      (x) => x !== null,
    );
    if (!d) return;
    const [conflict] = await openAt(d);
    if (!conflict) return;
    const chosen = run.rng.pick(conflict.versions);
    await conflictsRepo(d.db, d.ctx).resolve(conflict.id, { rev: chosen.rev });
    if (conflict.table === 'serviceRecords')
      run.kept.set(conflict.key, tokenOf((chosen.value as ServiceRecord | null)?.updatedAt));
    await syncUntilQuiet(run.w);
  }
  throw new Error('200 次解决后仍有冲突');
}

/** Each synced row at a desk, canonical, by `table|key`. */
async function contents(d: PDesk): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  for (const t of SYNCED_TABLES)
    for (const r of (await d.db.table(t).toArray()) as { id: string }[])
      rows.set(`${t}|${r.id}`, canonicalJson(r));
  return rows;
}

/** The rows two desks hold differently: each as `table|key` with both versions (absent: '-'). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  return ids
    .filter((id) => a.get(id) !== b.get(id))
    .map((id) => `${id}\n  ${a.get(id) ?? '-'}\n  ${b.get(id) ?? '-'}`);
}

/** Confirmed minutes of live records. */
const confirmedMinutes = (rows: readonly ServiceRecord[]) =>
  rows.reduce(
    (n, r) => n + (r.status === '已确认' && r.deletedAt === null ? (r.creditedMinutes ?? 0) : 0),
    0,
  );

/** The desks hold the same rows, nothing queued or open, no write lost, the model's hours. */
export async function expectConverged(run: Run) {
  const { w, ledger } = run;
  const [first, ...others] = w.desks as [PDesk, ...PDesk[]];
  const expected = await contents(first);
  for (const d of others)
    expect(differences(expected, await contents(d)), `${d.deskId} differs from desk-a`).toEqual([]);
  for (const d of w.desks) {
    expect(await d.db.outbox.count(), `${d.deskId} outbox`).toBe(0);
    expect(await openAt(d), `${d.deskId} open conflicts`).toEqual([]);
  }
  const all: SyncConflict[] = (await Promise.all(w.desks.map((d) => d.db.syncConflicts.toArray()))).flat();
  // A write replayed after a crash is recognised as this desk's own: it never clashes with itself.
  const selfClashes = all.filter((c) => new Set(c.versions.map((v) => v.deskId)).size < 2);
  expect(
    selfClashes.map((c) => `${c.table} ${c.key}`),
    'conflicts of one desk with itself',
  ).toEqual([]);
  const lost = [];
  for (const [table, key] of ledger.rows()) {
    const final = (await first.db.table(table).get(key)) as Record<string, unknown> | undefined;
    const kept = all.filter((c) => c.table === table && c.key === key).flatMap((c) => c.versions);
    const values = kept.flatMap((v) => (v.value ? [v.value as Record<string, unknown>] : []));
    lost.push(...ledger.lost(table, key, final ?? {}, values));
  }
  const named = lost.map((l) => `step ${l.step} ${l.deskId} ${l.table} ${l.key}.${l.field}=${l.token}`);
  expect(named, 'writes lost').toEqual([]);

  // The hours the model expects: each record's last write, or the version kept when it was in conflict.
  let minutes = 0;
  for (const [table, key] of ledger.rows()) {
    if (table !== 'serviceRecords') continue;
    const heads = ledger.heads(table, key, 'updatedAt');
    const token = run.kept.get(key) ?? (heads.length === 1 ? heads[0] : undefined);
    expect(
      token,
      `record ${key} has one last write or a kept version (heads ${heads.join(',')})`,
    ).toBeDefined();
    const write = ledger.writeOf(table, key, 'updatedAt', token ?? '');
    minutes += confirmedMinutes(write ? [write.row as unknown as ServiceRecord] : []);
  }
  for (const d of w.desks)
    expect(confirmedMinutes(await d.db.serviceRecords.toArray()), `${d.deskId} confirmed minutes`).toBe(
      minutes,
    );
}
