import type { CenterConfig } from '@shared/sync/center/plan';
import { dateKey } from '@shared/time/center-time';
import { replicateUp, startCenterWithSites, type CenterServer } from '../center/center-server';
import { GULOU_DISTRICT } from '../center/gulou-district';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { expectOnlyCheckpointMisses, recordNotFound, SyncSection } from './pages/sync-section';

let center: CenterServer;
/**
 * GULOU_DISTRICT with a 站 whose desk never publishes: the site that never reported. Not the 中心 itself:
 * its desk publishes once connected, and CouchDB's continuous _replicator (the stand-in's, when it runs)
 * carries that up within seconds, so whether the 中心 has reported yet is a race the test cannot call.
 */
const DISTRICT = {
  ...GULOU_DISTRICT,
  sites: [
    ...GULOU_DISTRICT.sites,
    {
      db: 'zhan-xiyuan',
      name: '西园站',
      level: '站',
      desks: [{ user: 'xiyuan-qiantai', password: 'xiyuan-pw-1' }],
    },
  ],
} satisfies CenterConfig;
const month = dateKey(Date.now()).slice(0, 7);

const asAdmin = (path: string, init: RequestInit = {}) =>
  fetch(`${center.url}${path}`, {
    ...init,
    headers: {
      Authorization: `Basic ${Buffer.from(center.admin).toString('base64')}`,
      'Content-Type': 'application/json',
    },
  });

/** A site database's figures documents, read as the admin. */
async function figuresOf(db: string): Promise<Record<string, unknown>[]> {
  const range = `startkey=${encodeURIComponent('"figures:"')}&endkey=${encodeURIComponent('"figures:\\uffff"')}`;
  const page = (await (await asAdmin(`/${db}/_all_docs?include_docs=true&${range}`)).json()) as {
    rows: { doc: Record<string, unknown> }[];
  };
  return page.rows.map((r) => r.doc);
}

test.beforeAll(async () => {
  center = await startCenterWithSites(DISTRICT);
  // 东街所's desk published this month, and the replicator carried it up.
  await asAdmin(`/suo-dongjie/figures:suo-dongjie:${month}`, {
    method: 'PUT',
    body: JSON.stringify({
      site: 'suo-dongjie',
      siteName: '东街所',
      level: '所',
      month,
      figures: {
        sessions: 7,
        peopleReached: 140,
        volunteerServices: 12,
        volunteerMinutes: 1440,
        distinctVolunteers: 9,
        bookings: 8,
        roomOpenMinutes: 6000,
        roomUsedMinutes: 1500,
      },
      publishedAt: Date.now(),
      publishedBy: '东街前台',
    }),
  });
  await replicateUp(center, ['suo-dongjie'], 'district-gulou', 'figures:');
});
test.afterAll(() => center?.stop());

test('a 中心 desk shows 各所站汇总 from the district, with 合计 and a site that never reported', async ({
  page,
}) => {
  const app = new DeskApp(page);
  const missing = recordNotFound(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('统计报表');
  const district = page.getByRole('region', { name: '各所站汇总' });
  await expect(district).toContainText('设置 → 同步');

  await app.goTo('设置');
  const sync = new SyncSection(page);
  await sync.fill({
    url: `${center.url}/center-gulou`,
    deskName: '前台',
    deskCode: 'A',
    username: 'gulou-qiantai',
    password: 'gulou-pw-1',
  });
  await sync.button('保存并连接').click();
  await expect(sync.state).toHaveText('已连接', { timeout: 30_000 });

  await app.goTo('统计报表');
  await expect(district.getByRole('row', { name: /东街所（所）/ })).toContainText('7');
  const neverReported = district.getByRole('row', { name: /西园站（站）/ });
  await expect(neverReported).toContainText('尚未上报');

  // The desk published its own site's months; the replicator carries them up.
  const thisMonth = async () =>
    (await figuresOf('center-gulou')).some((d) => d._id === `figures:center-gulou:${month}`);
  await expect.poll(thisMonth, { timeout: 20_000 }).toBe(true);
  await replicateUp(center, ['center-gulou'], 'district-gulou', 'figures:');
  await district.getByRole('button', { name: '刷新' }).click();
  await expect(district.getByRole('row', { name: /鼓楼区中心（中心）/ })).not.toContainText('尚未上报');
  await expect(district.getByRole('row', { name: /合计/ })).toContainText('7');
  await expect(neverReported).toContainText('尚未上报');
  await expectNoSeriousAxe(page, '各所站汇总');
  expectOnlyCheckpointMisses(app.errors, missing);
});
