import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '@shared/identity/id-card';
import type { Volunteer } from '@shared/model';
import { duplicateVerdict } from '@shared/volunteers/duplicates';
import { DEFAULT_MINOR_RULES, minorRequirements, minorRulesProblem } from '@shared/volunteers/minors';
import {
  emptyRegistration,
  registrationSchema,
  registrationToDraft,
  type RegistrationInput,
} from '@shared/volunteers/registration';

const today = '2026-11-22';
const schema = registrationSchema({ today, minorRules: DEFAULT_MINOR_RULES });
const adultId = makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: 124 });
const valid: RegistrationInput = {
  ...emptyRegistration(),
  name: ' 张三丰 ',
  idNumber: adultId,
  phone: '138 1234 5678',
  privacyConsent: true,
  idNumberConsent: true,
};

function errors(input: RegistrationInput): Record<string, string> {
  const r = schema.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('registrationSchema', () => {
  it('accepts a walk-in and derives birth date and gender from the ID number', () => {
    const r = schema.parse({ ...valid, gender: '男' });
    expect(r).toMatchObject({ name: '张三丰', birthDate: '1990-01-01', gender: '女', phone: '13812345678' });
  });

  it('normalises a full-width ID number with spaces and a lowercase x', () => {
    const id = makeIdNumber({ addressCode: '110105', birthDate: '19491231', sequence: 2 });
    const typed = `${id.slice(0, 6).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} ${id.slice(6).toLowerCase()}`;
    expect(schema.parse({ ...valid, idNumber: typed }).idNumber).toBe(id);
  });

  it('puts a precise message at the ID number for a wrong check character', () => {
    const bad = adultId.slice(0, 17) + (adultId.endsWith('0') ? '1' : '0');
    expect(errors({ ...valid, idNumber: bad }).idNumber).toMatch(/^校验位错误，应为 /);
  });

  it('rejects a bad mainland mobile at the phone field', () => {
    expect(errors({ ...valid, phone: '1381234567' }).phone).toBe('手机号码应为11位，当前为10位');
  });

  it('accepts a Hong Kong number for a residence-permit holder', () => {
    const id = makeIdNumber({ addressCode: '810000', birthDate: '19850505', sequence: 11 });
    expect(errors({ ...valid, idType: '港澳台居民居住证', idNumber: id, phone: '+852 9123 4567' })).toEqual(
      {},
    );
  });

  it('asks for the birth date when the document does not encode it', () => {
    expect(errors({ ...valid, idType: '护照', idNumber: 'E12345678' }).birthDate).toBe('请填写出生日期');
    expect(
      errors({
        ...valid,
        idType: '护照',
        idNumber: 'E12345678',
        birthDate: '1890-01-01',
        phone: '+4479460000',
      }).birthDate,
    ).toBe('出生日期早于120年前，请核对');
  });

  it('requires both the privacy consent and the separate ID-number consent', () => {
    const e = errors({ ...valid, privacyConsent: false, idNumberConsent: false });
    expect(e.privacyConsent).toBe('请先告知个人信息处理规则，并取得本人同意');
    expect(e.idNumberConsent).toBe('实名注册需单独同意收集证件号码');
  });

  describe('minors', () => {
    const minorId = (birth: string): string =>
      makeIdNumber({ addressCode: '350102', birthDate: birth, sequence: 31 });

    it('requires a guardian under 18', () => {
      const e = errors({ ...valid, idNumber: minorId('20100301') });
      expect(e).toMatchObject({
        guardianName: '未满18周岁，请填写监护人姓名',
        guardianRelation: '请填写监护人与本人的关系',
        guardianPhone: '请填写监护人电话',
      });
      expect(e.guardianConsent).toBeUndefined();
    });

    it('requires the guardian consent under 14 and company under 10', () => {
      const base = {
        ...valid,
        guardianName: '张大山',
        guardianRelation: '父亲',
        guardianPhone: '13900001111',
      };
      expect(errors({ ...base, idNumber: minorId('20150301') })).toEqual({
        guardianConsent: '未满14周岁，须取得监护人同意',
      });
      expect(errors({ ...base, idNumber: minorId('20180301'), guardianConsent: true })).toEqual({
        guardianAccompanies: '未满10周岁，服务时须由监护人陪同',
      });
    });

    it('refuses children under the minimum age', () => {
      expect(errors({ ...valid, idNumber: minorId('20220301') }).idNumber).toBe(
        '未满6周岁，暂不能注册为志愿者',
      );
    });

    it('keeps the guardian with the consent time in the stored draft', () => {
      const values = schema.parse({
        ...valid,
        idNumber: minorId('20150301'),
        guardianName: '张大山',
        guardianRelation: '父亲',
        guardianPhone: '139 0000 1111',
        guardianConsent: true,
      });
      const draft = registrationToDraft(values, {
        noticeVersion: 'v1',
        now: 5,
        today,
        minorRules: DEFAULT_MINOR_RULES,
      });
      expect(draft.guardian).toEqual({
        name: '张大山',
        relation: '父亲',
        phone: '13900001111',
        consentAt: 5,
        accompanies: false,
      });
      expect(draft.consent).toEqual({ noticeVersion: 'v1', consentedAt: 5, idNumberConsent: true });
    });
  });
});

describe('minor rules', () => {
  it('derive requirements from the age', () => {
    expect(minorRequirements(12, DEFAULT_MINOR_RULES)).toEqual({
      tooYoung: false,
      needsGuardian: true,
      needsConsent: true,
      mustBeAccompanied: false,
    });
    expect(minorRequirements(18, DEFAULT_MINOR_RULES).needsGuardian).toBe(false);
  });

  it('must be ordered', () => {
    expect(minorRulesProblem(DEFAULT_MINOR_RULES)).toBeNull();
    expect(minorRulesProblem({ ...DEFAULT_MINOR_RULES, consentBelow: 9 })).not.toBeNull();
  });
});

describe('duplicateVerdict', () => {
  const someone = {
    id: 'v1',
    name: '李四',
    volunteerNo: 'ZYZ000001',
    idType: '居民身份证',
    idNumber: adultId,
    phone: '13800000000',
    birthDate: '1990-01-01',
    deletedAt: null,
  } as Volunteer;

  it('blocks the same normalised ID number', () => {
    const v = duplicateVerdict(
      { idType: '居民身份证', idNumber: adultId, phone: '1', name: 'x', birthDate: null },
      [someone],
    );
    expect(v.blocking?.id).toBe('v1');
  });

  it('warns on the same phone, or the same name and birth date', () => {
    expect(
      duplicateVerdict({ idType: '护照', idNumber: 'E1', phone: '13800000000', name: 'x', birthDate: null }, [
        someone,
      ]).warnings,
    ).toEqual([{ volunteer: { id: 'v1', name: '李四', volunteerNo: 'ZYZ000001' }, reason: '手机号码相同' }]);
    expect(
      duplicateVerdict(
        { idType: '护照', idNumber: 'E1', phone: '1', name: '李四', birthDate: '1990-01-01' },
        [someone],
      ).warnings[0]?.reason,
    ).toBe('姓名和出生日期相同');
  });

  it('ignores deleted records and the record itself', () => {
    const cand = { idType: '居民身份证' as const, idNumber: adultId, phone: '1', name: 'x', birthDate: null };
    expect(duplicateVerdict(cand, [{ ...someone, deletedAt: 1 }]).blocking).toBeNull();
    expect(duplicateVerdict(cand, [someone], 'v1').blocking).toBeNull();
  });
});
