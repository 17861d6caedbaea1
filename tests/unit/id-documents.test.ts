import { describe, expect, it } from 'vitest';
import { makeIdNumber, validateIdNumber } from '@shared/identity/id-card';

/** The example number printed in GB 11643-1999. */
const GB_EXAMPLE = '11010519491231002X';

function messageOf(result: ReturnType<typeof validateIdNumber>): string | null {
  return result.ok ? null : result.message;
}

describe('validateIdNumber: 港澳台居民居住证', () => {
  it.each(['810000', '820000', '830000'])(
    'accepts address code %s with a correct check character',
    (code) => {
      const id = makeIdNumber({ addressCode: code, birthDate: '19851010', sequence: 42 });
      expect(validateIdNumber('港澳台居民居住证', id)).toMatchObject({
        ok: true,
        birthDate: '1985-10-10',
        gender: '女',
      });
    },
  );

  it('rejects a mainland address code', () => {
    expect(messageOf(validateIdNumber('港澳台居民居住证', GB_EXAMPLE))).toMatch(/^地址码无效.*810000/);
  });

  it('rejects a wrong check character', () => {
    const id = makeIdNumber({ addressCode: '820000', birthDate: '19851010', sequence: 42 });
    const wrong = id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
    expect(messageOf(validateIdNumber('港澳台居民居住证', wrong))).toMatch(/^校验位错误，应为 /);
  });

  it('rejects a number of the wrong length', () => {
    expect(messageOf(validateIdNumber('港澳台居民居住证', '8100001985101004'))).toMatch(/应为18位/);
  });
});

describe('validateIdNumber: 外国人永久居留身份证', () => {
  it('accepts the 2023 version: 18 characters starting with 9 and a correct check', () => {
    const id = makeIdNumber({ addressCode: '935840', birthDate: '19800515', sequence: 7 });
    expect(validateIdNumber('外国人永久居留身份证', id)).toMatchObject({
      ok: true,
      birthDate: '1980-05-15',
      gender: '男',
    });
  });

  it('rejects an 18-character number that does not start with 9', () => {
    expect(messageOf(validateIdNumber('外国人永久居留身份证', GB_EXAMPLE))).toContain('以 9 开头');
  });

  it('rejects a 2023-version number with a wrong check character', () => {
    const id = makeIdNumber({ addressCode: '935840', birthDate: '19800515', sequence: 7 });
    const wrong = id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
    expect(messageOf(validateIdNumber('外国人永久居留身份证', wrong))).toMatch(/^校验位错误/);
  });

  it('accepts the old version: 3 letters and 12 digits carrying the birth date, upper-cased', () => {
    expect(validateIdNumber('外国人永久居留身份证', 'usa359001121234', { today: '2026-12-01' })).toEqual({
      ok: true,
      normalised: 'USA359001121234',
      birthDate: '1990-01-12',
    });
    // A child born this century: the later century that is not in the future.
    expect(
      validateIdNumber('外国人永久居留身份证', 'CAN110805201234', { today: '2026-12-01' }),
    ).toMatchObject({
      ok: true,
      birthDate: '2008-05-20',
    });
  });

  it('refuses an old-version number whose birth date does not exist', () => {
    expect(
      messageOf(validateIdNumber('外国人永久居留身份证', 'USA119902301234', { today: '2026-12-01' })),
    ).toBe('出生日期不存在（号码第6至11位为出生日期）');
  });

  it('rejects anything else with a message describing both forms', () => {
    expect(messageOf(validateIdNumber('外国人永久居留身份证', 'US3501900112345'))).toBe(
      '外国人永久居留身份证号码应为以 9 开头的18位，或3位字母加12位数字（旧版）',
    );
  });
});

describe('validateIdNumber: passes, passports and other documents', () => {
  it.each([
    ['护照', 'E12345678'],
    ['护照', 'g1234567'],
    ['港澳居民来往内地通行证', 'H12345678'],
    ['台湾居民来往大陆通行证', '12345678'],
    ['其他', 'ABCD'],
  ] as const)('accepts %s number %s loosely', (type, raw) => {
    expect(validateIdNumber(type, raw)).toEqual({ ok: true, normalised: raw.toUpperCase() });
  });

  it.each(['AB1', 'E1234#567', 'A'.repeat(21)])('rejects %s as not 4-20 letters or digits', (raw) => {
    expect(messageOf(validateIdNumber('护照', raw))).toBe('证件号码应为4至20位字母或数字');
  });
});
