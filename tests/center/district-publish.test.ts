import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncCredential } from '@shared/ipc/contract';
import type { SiteFiguresDoc } from '@shared/stats/district-figures';
import { createDeskSync, type DeskSync } from '../../renderer/src/db/sync/desk-sync';
import { activityDraft } from '../db/activity-fixtures';
import { openTestDesk } from '../db/helpers';
import { centerForFile, memory, until } from '../db/sync-desks';
import { GULOU_DISTRICT } from './gulou-district';

const center = centerForFile(GULOU_DISTRICT);
const AUTH = `Basic ${Buffer.from('dongjie-qiantai:dongjie-pw-1').toString('base64')}`;

const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close();
});

/** The 所's figures documents as its site database holds them. */
async function published(): Promise<SiteFiguresDoc[]> {
  const range = `startkey=${encodeURIComponent('"figures:"')}&endkey=${encodeURIComponent('"figures:\\uffff"')}`;
  const res = await fetch(`${center.url}/suo-dongjie/_all_docs?include_docs=true&${range}`, {
    headers: { Authorization: AUTH },
  });
  return ((await res.json()) as { rows: { doc: SiteFiguresDoc }[] }).rows.map((r) => r.doc);
}

describe('a desk publishing its figures for the district', { timeout: 30_000 }, () => {
  it('publishes this year’s months once sync connects, with its name, and leaves them out of the outbox', async () => {
    const { db, ctx, repos } = await openTestDesk('district-publish');
    opened.push(db);
    await repos.activities.create(activityDraft('2026-11-10'));
    let saved: SyncCredential | null = null;
    const sync: DeskSync = createDeskSync({
      db,
      ctx,
      credentials: {
        readSyncCredential: async () => saved,
        writeSyncCredential: async (c) => void (saved = c),
      },
      engine: { adapter: memory, backOff: () => 200 },
    });
    opened.push({ close: () => sync.close() });
    await sync.boot();
    await sync.save(
      { url: `${center.url}/suo-dongjie`, deskName: '东街前台', username: 'dongjie-qiantai' },
      'dongjie-pw-1',
    );
    // The desk's clock says 2026-11-22: its first publish of the day covers January to November.
    await until('figures published', async () => (await published()).length === 11);
    const docs = await published();
    const november = docs.find((d) => d.month === '2026-11');
    expect(november).toMatchObject({
      site: 'suo-dongjie',
      siteName: '东街所',
      level: '所',
      publishedBy: '东街前台',
      figures: { sessions: 1, peopleReached: 30 },
    });
    expect(docs.map((d) => d.month)[0]).toBe('2026-01');
    expect(await db.outbox.where('table').equals('figures').count()).toBe(0);
  });
});
