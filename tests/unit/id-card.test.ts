import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  computeCheckChar,
  makeIdNumber,
  normaliseIdNumber,
  validateIdNumber,
} from '@shared/identity/id-card';

/** The example number printed in GB 11643-1999. */
const GB_EXAMPLE = '11010519491231002X';

/** A number with the chosen first 17 digits and the correct check character. */
function withCheck(first17: string): string {
  return first17 + computeCheckChar(first17);
}

function messageOf(result: ReturnType<typeof validateIdNumber>): string | null {
  return result.ok ? null : result.message;
}

describe('normaliseIdNumber', () => {
  it('converts full-width digits and letters to half-width', () => {
    expect(normaliseIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe(GB_EXAMPLE);
  });

  it('strips spaces, ideographic spaces and hyphens', () => {
    expect(normaliseIdNumber(' 110105-19491231\u3000002 X ')).toBe(GB_EXAMPLE);
  });

  it('upper-cases a lowercase x check character', () => {
    expect(normaliseIdNumber('11010519491231002x')).toBe(GB_EXAMPLE);
  });
});

describe('computeCheckChar', () => {
  it('gives X for the GB 11643 example', () => {
    expect(computeCheckChar('11010519491231002')).toBe('X');
  });

  it('maps the weighted sum mod 11 onto 1 0 X 9 8 7 6 5 4 3 2', () => {
    expect(computeCheckChar('00000000000000000')).toBe('1'); // sum 0
    expect(computeCheckChar('00000001000000000')).toBe('0'); // weight 1 → sum 1
    expect(computeCheckChar('00000002000000000')).toBe('X'); // sum 2
    expect(computeCheckChar('00000000100000000')).toBe('6'); // weight 6 → sum 6
    expect(computeCheckChar('00100000000000000')).toBe('2'); // weight 10 → sum 10
  });

  it('rejects input that is not exactly 17 digits', () => {
    expect(() => computeCheckChar('1234')).toThrow(RangeError);
    expect(() => computeCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('validateIdNumber: 居民身份证', () => {
  it('accepts a lowercase x check character and reports birth date and gender', () => {
    expect(validateIdNumber('居民身份证', '11010519491231002x')).toEqual({
      ok: true,
      normalised: GB_EXAMPLE,
      birthDate: '1949-12-31',
      gender: '女',
    });
  });

  it('accepts full-width input with spaces', () => {
    const result = validateIdNumber('居民身份证', ' １１０１０５ １９４９１２３１ ００２Ｘ ');
    expect(result.ok && result.normalised).toBe(GB_EXAMPLE);
  });

  it('reads an odd sequence as male', () => {
    const id = makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: 123 });
    expect(validateIdNumber('居民身份证', id)).toMatchObject({
      ok: true,
      gender: '男',
      birthDate: '1990-01-01',
    });
  });

  it('asks for a number when the input is blank', () => {
    expect(messageOf(validateIdNumber('居民身份证', '  '))).toBe('请填写证件号码');
  });

  it('rejects a number of the wrong length, saying 18 digits are needed', () => {
    expect(messageOf(validateIdNumber('居民身份证', '1101051949123100'))).toMatch(/^身份证号码应为18位/);
    expect(messageOf(validateIdNumber('居民身份证', '11010519491231002X1'))).toMatch(/^身份证号码应为18位/);
  });

  it('names the expected check character when it is wrong', () => {
    expect(messageOf(validateIdNumber('居民身份证', '110105194912310021'))).toBe('校验位错误，应为 X');
  });

  it('rejects letters among the first 17 characters', () => {
    expect(messageOf(validateIdNumber('居民身份证', '1101051949123100AX'))).toBe('身份证号码前17位应为数字');
  });

  it('rejects a last character that is neither a digit nor X', () => {
    expect(messageOf(validateIdNumber('居民身份证', '11010519491231002Y'))).toBe(
      '身份证号码最后一位应为数字或 X',
    );
  });

  it('rejects a birth date that does not exist even with a correct check character', () => {
    expect(messageOf(validateIdNumber('居民身份证', withCheck('11010519900230123')))).toBe('出生日期不存在');
    expect(messageOf(validateIdNumber('居民身份证', withCheck('11010519901301123')))).toBe('出生日期不存在');
    expect(messageOf(validateIdNumber('居民身份证', withCheck('11010519000229123')))).toBe('出生日期不存在');
  });

  it('accepts 29 February of a leap year', () => {
    expect(validateIdNumber('居民身份证', withCheck('11010520000229123'))).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
    });
  });

  it('rejects an address code outside the mainland provinces', () => {
    expect(messageOf(validateIdNumber('居民身份证', withCheck('00010519900101123')))).toMatch(/^地址码无效/);
    expect(messageOf(validateIdNumber('居民身份证', withCheck('71010519900101123')))).toMatch(/^地址码无效/);
  });

  it('points a residence-permit number to the right document type', () => {
    const permit = makeIdNumber({ addressCode: '810000', birthDate: '19900101', sequence: 123 });
    expect(messageOf(validateIdNumber('居民身份证', permit))).toContain('港澳台居民居住证');
  });

  it('points a foreigner permanent-residence number to the right document type', () => {
    const foreign = makeIdNumber({ addressCode: '935840', birthDate: '19900101', sequence: 123 });
    expect(messageOf(validateIdNumber('居民身份证', foreign))).toContain('外国人永久居留身份证');
  });

  it('rejects a birth date after today when today is given', () => {
    const id = makeIdNumber({ addressCode: '350102', birthDate: '20261123', sequence: 1 });
    expect(messageOf(validateIdNumber('居民身份证', id, { today: '2026-11-22' }))).toBe(
      '出生日期晚于今天，请核对',
    );
    expect(validateIdNumber('居民身份证', id, { today: '2026-11-23' }).ok).toBe(true);
  });

  it('rejects an age over 120 when today is given, but accepts exactly 120', () => {
    const old = makeIdNumber({ addressCode: '350102', birthDate: '19061122', sequence: 1 });
    expect(validateIdNumber('居民身份证', old, { today: '2026-11-22' }).ok).toBe(true);
    expect(messageOf(validateIdNumber('居民身份证', old, { today: '2027-11-22' }))).toBe(
      '出生日期早于120年前，请核对',
    );
  });

  it('skips the age check when today is not given', () => {
    const old = makeIdNumber({ addressCode: '350102', birthDate: '19000101', sequence: 1 });
    expect(validateIdNumber('居民身份证', old).ok).toBe(true);
  });
});

describe('validateIdNumber: legacy 15-digit 居民身份证', () => {
  it('converts to 18 digits by inserting 19 and computing the check character', () => {
    expect(validateIdNumber('居民身份证', '110105491231002')).toEqual({
      ok: true,
      normalised: GB_EXAMPLE,
      birthDate: '1949-12-31',
      gender: '女',
      converted15: true,
    });
  });

  it('rejects a 15-character number containing a letter', () => {
    expect(messageOf(validateIdNumber('居民身份证', '11010549123100X'))).toBe('15位身份证号码应全部为数字');
  });

  it('rejects a legacy number whose birth date does not exist', () => {
    expect(messageOf(validateIdNumber('居民身份证', '110105490230002'))).toBe('出生日期不存在');
  });
});

describe('ageOn', () => {
  it('counts a year only once the birthday is reached', () => {
    expect(ageOn('2008-11-23', '2026-11-22')).toBe(17);
    expect(ageOn('2008-11-22', '2026-11-22')).toBe(18);
  });

  it('lets someone born on 29 February come of age on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('is negative for a birth date after today', () => {
    expect(ageOn('2027-01-01', '2026-11-22')).toBe(-1);
  });

  it('rejects malformed dates', () => {
    expect(() => ageOn('2008-02-30', '2026-11-22')).toThrow(RangeError);
  });
});

describe('makeIdNumber', () => {
  it('builds the number from its parts with the check character appended', () => {
    expect(makeIdNumber({ addressCode: '110105', birthDate: '19491231', sequence: 2 })).toBe(GB_EXAMPLE);
  });

  it('rejects malformed parts', () => {
    expect(() => makeIdNumber({ addressCode: '11010', birthDate: '19491231', sequence: 2 })).toThrow(
      RangeError,
    );
    expect(() => makeIdNumber({ addressCode: '110105', birthDate: '1949-12-31', sequence: 2 })).toThrow(
      RangeError,
    );
    expect(() => makeIdNumber({ addressCode: '110105', birthDate: '19491231', sequence: 1000 })).toThrow(
      RangeError,
    );
    expect(() => makeIdNumber({ addressCode: '110105', birthDate: '19491231', sequence: 1.5 })).toThrow(
      RangeError,
    );
  });
});

describe('properties', () => {
  const provinces = ['11', '31', '35', '44', '65'];
  const parts = fc.record({
    province: fc.constantFrom(...provinces),
    rest: fc.integer({ min: 0, max: 9999 }),
    date: fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2026, 11, 31)),
      noInvalidDate: true,
    }),
    sequence: fc.integer({ min: 0, max: 999 }),
  });
  const build = (p: { province: string; rest: number; date: Date; sequence: number }) => {
    const iso = p.date.toISOString().slice(0, 10);
    const id = makeIdNumber({
      addressCode: p.province + String(p.rest).padStart(4, '0'),
      birthDate: iso.replace(/-/g, ''),
      sequence: p.sequence,
    });
    return { id, iso };
  };

  it('accepts every number makeIdNumber builds, with the encoded birth date and gender', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const { id, iso } = build(p);
        const result = validateIdNumber('居民身份证', id);
        expect(result).toEqual({
          ok: true,
          normalised: id,
          birthDate: iso,
          gender: p.sequence % 2 ? '男' : '女',
        });
      }),
    );
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(
        parts,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (p, position, delta) => {
          const { id } = build(p);
          const alphabet = '0123456789X';
          const current = alphabet.indexOf(id.charAt(position));
          const replacement = alphabet.charAt((current + delta) % 11);
          fc.pre(position === 17 || replacement !== 'X');
          const mutated = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(validateIdNumber('居民身份证', mutated).ok).toBe(false);
        },
      ),
    );
  });
});
