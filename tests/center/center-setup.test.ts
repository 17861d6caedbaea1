import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCenterPlan, type CouchSend } from '@shared/sync/center/apply';
import { centerPlan } from '@shared/sync/center/plan';
import { startCenterServer, type CenterServer } from './center-server';
import { DONGJIE_INFO, GULOU_DISTRICT } from './gulou-district';

const config = GULOU_DISTRICT;

let center: CenterServer;
const basic = (account: string) => `Basic ${Buffer.from(account).toString('base64')}`;
const as =
  (account: string): CouchSend =>
  async (method, path, body) => {
    const response = await fetch(`${center.url}${path}`, {
      method,
      headers: { Authorization: basic(account), 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: await response.json().catch(() => null) };
  };

const record = (minutes: number, rev?: string) => ({
  _id: 'serviceRecords:r1',
  ...(rev ? { _rev: rev } : {}),
  by: { deskId: 'desk-1', actor: '王前台', at: 1 },
  row: {
    status: '已确认',
    volunteerId: 'v1',
    signInAt: 1,
    signOutAt: 2,
    creditedMinutes: minutes,
    rules: null,
  },
});

beforeAll(async () => {
  center = await startCenterServer();
  const plan = centerPlan(config, center.url, basic(center.admin));
  await applyCenterPlan(plan, as(center.admin));
}, 90_000);
afterAll(() => center?.stop());

describe('npm run center:setup against a CouchDB stand-in', () => {
  it('lets a desk write its own site’s database and refuses it another site’s', async () => {
    const desk = as('gulou-qiantai:gulou-pw-1');
    const own = await desk('PUT', '/center-gulou/serviceRecords:r1', record(60));
    expect(own.status).toBe(201);
    const other = await desk('PUT', '/suo-dongjie/serviceRecords:r9', record(60));
    expect([401, 403]).toContain(other.status);
    expect((await as('gulou-qiantai:wrong')('GET', '/center-gulou')).status).toBe(401);
  });

  it('refuses a change to confirmed hours at the center, with the reason staff will see', async () => {
    const desk = as('gulou-qiantai:gulou-pw-1');
    const current = await desk('GET', '/center-gulou/serviceRecords:r1');
    const rev = (current.json as { _rev: string })._rev;
    const changed = await desk('PUT', '/center-gulou/serviceRecords:r1', record(90, rev));
    expect(changed.status).toBe(403);
    expect(changed.json).toMatchObject({ reason: '已确认的服务时长不能修改，请新建一条更正记录' });
  });

  it('refuses a 所’s desk claiming a district task in another site’s name, with the reason', async () => {
    const desk = as('dongjie-qiantai:dongjie-pw-1');
    const claim = (site: string) => ({
      taskId: 't1',
      site,
      siteName: '东街所',
      status: '已领取',
      figures: null,
    });
    const forged = await desk('PUT', '/suo-dongjie/claims:t1:center-gulou', claim('center-gulou'));
    expect(forged.status).toBe(403);
    expect(forged.json).toMatchObject({ reason: '只能以本所、站的名义领取任务' });
    expect((await desk('PUT', '/suo-dongjie/claims:t1:suo-dongjie', claim('suo-dongjie'))).status).toBe(201);
  });

  it('runs a second time without harm and lets only the center publish district data', async () => {
    const again = await applyCenterPlan(
      centerPlan(config, center.url, basic(center.admin)),
      as(center.admin),
    );
    expect(again[0]).toBe('建立中心数据库 center-gulou（鼓楼区中心）：已存在');
    const published = await as('dongjie-qiantai:dongjie-pw-1')('PUT', '/district-gulou-shared/templates:t1', {
      by: { deskId: 'x', actor: 'y', at: 1 },
      row: { name: '感谢信' },
    });
    expect(published.status).toBe(403);
    const read = await as('dongjie-qiantai:dongjie-pw-1')('GET', '/district-gulou-shared');
    expect(read.status).toBe(200);
  });

  it('lets a 中心 desk publish to shared and read the district; a 所 desk may do neither', async () => {
    const center = as('gulou-qiantai:gulou-pw-1');
    const suo = as('dongjie-qiantai:dongjie-pw-1');
    const task = { title: '重阳节敬老活动' };
    expect((await center('PUT', '/district-gulou-shared/tasks:t1', task)).status).toBe(201);
    expect((await suo('PUT', '/district-gulou-shared/tasks:t2', task)).status).toBe(403);
    expect((await center('GET', '/district-gulou/_all_docs')).status).toBe(200);
    expect([401, 403]).toContain((await suo('GET', '/district-gulou/_all_docs')).status);
    // Only the server's replicator (an admin) writes the district, not even the 中心's desks.
    expect((await center('PUT', '/district-gulou/figures:x', { n: 1 })).status).toBe(403);
  });

  it('tells every site’s desks where the district is, in their own database', async () => {
    const info = await as('dongjie-qiantai:dongjie-pw-1')('GET', '/suo-dongjie/district:info');
    expect(info.json).toMatchObject(DONGJIE_INFO);
    const own = await as('gulou-qiantai:gulou-pw-1')('GET', '/center-gulou/district:info');
    expect(own.json).toMatchObject({ site: { db: 'center-gulou', level: '中心' } });
  });
});
