import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCenterPlan, type CouchSend } from '@shared/sync/center/apply';
import { centerPlan } from '@shared/sync/center/plan';
import { startCenterServer, type CenterServer } from './center-server';
import { GULOU_DISTRICT } from './gulou-district';

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
});
