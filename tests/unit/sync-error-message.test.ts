import { describe, expect, it } from 'vitest';
import { syncErrorMessage } from '../../renderer/src/db/sync/engine-status';

describe('what staff read when sync with the center fails', () => {
  it.each([
    ['a wrong password', { status: 401, reason: 'Name or password is incorrect.' }, '中心账号或密码不对'],
    [
      'an account that is not a member (pouchdb-server)',
      { status: 401, reason: 'You are not authorized to access this db.' },
      '本机账号无权使用中心的这个数据库',
    ],
    [
      'an account that is not a member (CouchDB)',
      { status: 403, reason: 'You are not allowed to access this db.' },
      '本机账号无权使用中心的这个数据库',
    ],
    [
      "the validator's refusal, reported by PouchDB as a 500 named forbidden",
      { status: 500, name: 'forbidden', reason: '已确认的服务时长不能修改，请新建一条更正记录' },
      '已确认的服务时长不能修改，请新建一条更正记录',
    ],
    ['an unreachable center', new TypeError('fetch failed'), '连不上中心，稍后自动重试'],
    [
      'a failing center',
      { status: 503, reason: 'Service Unavailable' },
      '中心出错（HTTP 503），稍后自动重试',
    ],
    ['another English refusal', { status: 400, reason: 'bad_request' }, '中心拒绝了请求（HTTP 400）'],
  ])('names %s in Chinese', (_, error, message) => {
    expect(syncErrorMessage(error)).toBe(message);
  });
});
