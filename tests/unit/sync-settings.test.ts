import { describe, expect, it } from 'vitest';
import {
  CENTER_URL_MESSAGE,
  isCenterUrl,
  numberMarkOf,
  syncCenterOf,
  syncFormSchema,
} from '@shared/sync/sync-settings';

const valid = {
  url: 'http://192.168.1.10:5984/center-gulou',
  deskName: '前台',
  deskCode: 'A',
  username: 'gulou-qianta',
  password: 'secret-1',
};

/** The Chinese message the schema gives for each field that fails, by field. */
function errorsOf(input: Record<string, string>, passwordSaved = false): Record<string, string> {
  const result = syncFormSchema(passwordSaved).safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('the 设置 → 同步 form schema', () => {
  it('accepts a complete form and trims it, dropping the address’s trailing slash', () => {
    const parsed = syncFormSchema(false).parse({
      url: ' https://center.local:6984/site-a/ ',
      deskName: ' 办公室 ',
      deskCode: ' ｂ ',
      username: ' gulou-bangong ',
      password: 'pw',
    });
    expect(parsed).toEqual({
      url: 'https://center.local:6984/site-a',
      deskName: '办公室',
      deskCode: 'B',
      username: 'gulou-bangong',
      password: 'pw',
    });
    expect(syncCenterOf(parsed)).toEqual({
      url: 'https://center.local:6984/site-a',
      deskName: '办公室',
      deskCode: 'B',
      username: 'gulou-bangong',
    });
  });

  it.each([
    ['ftp://192.168.1.10/center'],
    ['192.168.1.10:5984/center'],
    ['http://192.168.1.10:5984'],
    ['http://192.168.1.10:5984/'],
    ['http://qianta:pw@192.168.1.10:5984/center'],
    ['http://192.168.1.10:5984/center?x=1'],
  ])('refuses %s as the center’s address, in Chinese', (url) => {
    expect(isCenterUrl(url)).toBe(false);
    expect(errorsOf({ ...valid, url })).toEqual({ url: CENTER_URL_MESSAGE });
  });

  it('names every empty field in Chinese at that field', () => {
    expect(errorsOf({ url: ' ', deskName: '', deskCode: ' ', username: '', password: '' })).toEqual({
      url: '请填写中心地址',
      deskName: '请填写本机名称，如：前台、办公室',
      deskCode: '请填写本机代号，如：A',
      username: '请填写中心给本机的账号',
      password: '请填写密码',
    });
  });

  it('lets the password stay empty only when one is saved already', () => {
    expect(errorsOf({ ...valid, password: '' }, true)).toEqual({});
    expect(errorsOf({ ...valid, password: '' }, false)).toEqual({ password: '请填写密码' });
  });

  it.each([['AB'], ['1'], ['甲']])('refuses %s as a desk code: one letter', (deskCode) => {
    expect(errorsOf({ ...valid, deskCode })).toEqual({ deskCode: '本机代号是一个英文字母，如：A、B' });
  });

  it('marks numbers with the desk code only while the desk syncs', () => {
    const center = syncCenterOf(syncFormSchema(false).parse(valid));
    expect(numberMarkOf(true, center)).toBe('A');
    expect(numberMarkOf(false, center)).toBe('');
    expect(numberMarkOf(true, { ...center, deskCode: undefined })).toBe('');
  });

  it('refuses an account name CouchDB would not take, and a desk name with markup', () => {
    expect(errorsOf({ ...valid, username: 'Qianta 1', deskName: '<b>前台</b>' })).toEqual({
      username: '用户名只能用小写字母、数字和 _$()+-/，并以字母开头',
      deskName: '本机名称不能包含 < > 或 &…; 等标记符号',
    });
  });
});
