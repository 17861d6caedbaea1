import { describe, expect, it } from 'vitest';
import type { CenterProfile } from '@shared/model/admin';
import {
  CONTACT_PHONE_MESSAGE,
  centerProfileSchema,
  parseCenterProfile,
} from '@shared/validation/center-profile';

const valid = {
  name: '鼓楼区新时代文明实践中心',
  level: '中心',
  address: '福州市鼓楼区五四路1号',
  phone: '0591-87654321',
};

/** The first message zod reports for a field. */
function firstError(input: unknown, field: string): string | undefined {
  const result = centerProfileSchema.safeParse(input);
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === field)?.message;
}

describe('centerProfileSchema', () => {
  it('accepts a complete profile and returns a CenterProfile', () => {
    const profile: CenterProfile = centerProfileSchema.parse(valid);
    expect(profile).toEqual(valid);
  });

  it('trims every string', () => {
    const profile = centerProfileSchema.parse({
      name: '  东街街道新时代文明实践所 ',
      level: '所',
      address: ' 福州市鼓楼区东街 ',
      phone: ' 13812345678 ',
    });
    expect(profile).toEqual({
      name: '东街街道新时代文明实践所',
      level: '所',
      address: '福州市鼓楼区东街',
      phone: '13812345678',
    });
  });

  it('asks for the name when it is missing, blank or absent', () => {
    expect(firstError({ ...valid, name: '' }, 'name')).toBe('请填写中心名称');
    expect(firstError({ ...valid, name: '   ' }, 'name')).toBe('请填写中心名称');
    const withoutName: Partial<typeof valid> = { ...valid };
    delete withoutName.name;
    expect(firstError(withoutName, 'name')).toBe('请填写中心名称');
  });

  it('reports only the first problem with a blank name', () => {
    const result = centerProfileSchema.safeParse({ ...valid, name: '' });
    expect(result.success || result.error.issues.filter((i) => i.path[0] === 'name')).toHaveLength(1);
  });

  it('requires 2 to 50 characters in the name', () => {
    expect(firstError({ ...valid, name: '站' }, 'name')).toBe('中心名称至少2个字');
    expect(firstError({ ...valid, name: '站'.repeat(51) }, 'name')).toBe('中心名称不能超过50个字');
    expect(centerProfileSchema.safeParse({ ...valid, name: '站'.repeat(50) }).success).toBe(true);
  });

  it.each(['中心', '所', '站'])('accepts level %s', (level) => {
    expect(centerProfileSchema.safeParse({ ...valid, level }).success).toBe(true);
  });

  it('rejects any other level', () => {
    expect(firstError({ ...valid, level: '点' }, 'level')).toBe('请选择级别：中心、所或站');
  });

  it('requires an address of at most 100 characters', () => {
    expect(firstError({ ...valid, address: ' ' }, 'address')).toBe('请填写地址');
    expect(firstError({ ...valid, address: '路'.repeat(101) }, 'address')).toBe('地址不能超过100个字');
  });

  it.each([
    '0591-87654321',
    '059187654321',
    '0591-12345678',
    '010-12345678',
    '13812345678',
    '０５９１－８７６５４３２１',
  ])('accepts contact phone %s', (phone) => {
    expect(centerProfileSchema.safeParse({ ...valid, phone }).success).toBe(true);
  });

  it('stores a full-width phone in half-width', () => {
    expect(centerProfileSchema.parse({ ...valid, phone: '１３８１２３４５６７８' }).phone).toBe(
      '13812345678',
    );
  });

  it.each(['87654321', '12345', '1381234567', 'abc'])('rejects contact phone %s with an example', (phone) => {
    expect(firstError({ ...valid, phone }, 'phone')).toBe(CONTACT_PHONE_MESSAGE);
  });

  it('asks for the phone when blank', () => {
    expect(firstError({ ...valid, phone: '' }, 'phone')).toBe('请填写联系电话');
  });
});

describe('parseCenterProfile', () => {
  it('returns the parsed profile', () => {
    expect(parseCenterProfile(valid)).toEqual({ ok: true, value: valid });
  });

  it('collects the first message of each invalid field', () => {
    expect(parseCenterProfile({ name: '', level: '中心', address: '福州', phone: '123' })).toEqual({
      ok: false,
      errors: { name: '请填写中心名称', phone: CONTACT_PHONE_MESSAGE },
    });
  });

  it('fails without field errors when the input is not an object', () => {
    expect(parseCenterProfile(null)).toEqual({ ok: false, errors: {} });
  });
});
