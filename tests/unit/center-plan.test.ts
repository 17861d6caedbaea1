import { describe, expect, it } from 'vitest';
import { applyCenterPlan, type CouchSend } from '@shared/sync/center/apply';
import { centerPlan, checkCenterConfig, type CenterConfig } from '@shared/sync/center/plan';
import { GULOU_DISTRICT } from '../center/gulou-district';

const district = GULOU_DISTRICT;
const AUTH = 'Basic YWRtaW46c2VjcmV0';

describe('center setup plan', () => {
  it('gives each desk only its own site’s role, and each site database only that role as members', () => {
    const steps = centerPlan(district, 'http://127.0.0.1:5984/', AUTH);
    const user = steps.find((s) => s.path === '/_users/org.couchdb.user:dongjie-qiantai');
    expect(user?.body).toMatchObject({ name: 'dongjie-qiantai', roles: ['desk:suo-dongjie'], type: 'user' });
    const head = steps.find((s) => s.path === '/_users/org.couchdb.user:gulou-qiantai');
    expect(head?.body).toMatchObject({ roles: ['desk:center-gulou', 'district:district-gulou'] });
    const security = steps.find((s) => s.path === '/center-gulou/_security');
    expect(security?.body).toMatchObject({ members: { roles: ['desk:center-gulou'] } });
    expect(steps.filter((s) => s.path.endsWith('/_design/practice-desk')).map((s) => s.path)).toEqual([
      '/center-gulou/_design/practice-desk',
      '/suo-dongjie/_design/practice-desk',
      '/district-gulou/_design/practice-desk',
      '/district-gulou-shared/_design/practice-desk',
    ]);
  });

  it('replicates every site one way up into the district database, continuously', () => {
    const ups = centerPlan(district, 'http://127.0.0.1:5984/', AUTH).filter((s) =>
      s.path.startsWith('/_replicator/'),
    );
    expect(ups.map((s) => s.body)).toEqual([
      {
        source: { url: 'http://127.0.0.1:5984/center-gulou', headers: { Authorization: AUTH } },
        target: { url: 'http://127.0.0.1:5984/district-gulou', headers: { Authorization: AUTH } },
        continuous: true,
      },
      {
        source: { url: 'http://127.0.0.1:5984/suo-dongjie', headers: { Authorization: AUTH } },
        target: { url: 'http://127.0.0.1:5984/district-gulou', headers: { Authorization: AUTH } },
        continuous: true,
      },
    ]);
  });

  it('names what is wrong with a config before touching the server', () => {
    const bad: CenterConfig = {
      sites: [
        { db: 'Center Gulou', name: '鼓楼', level: '中心', desks: [{ user: 'a', password: 'short' }] },
        { db: 'suo', name: '所', level: '所', desks: [{ user: 'a', password: 'long-enough' }] },
      ],
      district: null,
    };
    expect(checkCenterConfig(bad)).toEqual([
      '数据库名“Center Gulou”只能用小写字母、数字和 _$()+-/，并以字母开头',
      '前台账号有重复：每台前台一个账号',
      '前台账号“a”的密码至少 8 位',
    ]);
    expect(checkCenterConfig(district)).toEqual([]);
  });

  it('runs again safely: keeps existing databases and replaces documents on their revision', async () => {
    const sent: [string, string, unknown][] = [];
    const send: CouchSend = async (method, path, body) => {
      sent.push([method, path, body]);
      if (method === 'GET') return { status: 200, json: { _rev: '1-abc' } };
      return { status: path === '/center-gulou' ? 412 : 201, json: {} };
    };
    const done = await applyCenterPlan(centerPlan({ ...district, district: null }, 'http://x', AUTH), send);
    expect(done[0]).toBe('建立中心数据库 center-gulou（鼓楼区中心）：已存在');
    const design = sent.find(([m, p]) => m === 'PUT' && p === '/center-gulou/_design/practice-desk');
    expect(design?.[2]).toMatchObject({ _rev: '1-abc' });
  });

  it('stops at the first refusal with the step and CouchDB’s reason', async () => {
    const send: CouchSend = async () => ({
      status: 401,
      json: { error: 'unauthorized', reason: 'Name or password is incorrect.' },
    });
    await expect(applyCenterPlan(centerPlan(district, 'http://x', AUTH), send)).rejects.toThrow(
      '建立中心数据库 center-gulou（鼓楼区中心）：失败（HTTP 401，Name or password is incorrect.）',
    );
  });
});
