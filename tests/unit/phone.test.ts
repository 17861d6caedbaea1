import { describe, expect, it } from 'vitest';
import { isContactPhone, isMainlandLandline, normalisePhone, validateMobile } from '@shared/identity/phone';

const mainland = { mainland: true };
const abroad = { mainland: false };

function messageOf(result: ReturnType<typeof validateMobile>): string | null {
  return result.ok ? null : result.message;
}

describe('normalisePhone', () => {
  it('removes spaces, hyphens, dots and brackets', () => {
    expect(normalisePhone(' 138-1234 5678 ')).toBe('13812345678');
    expect(normalisePhone('(0591) 8765.4321')).toBe('059187654321');
  });

  it('converts full-width digits and keeps a leading plus', () => {
    expect(normalisePhone('＋８５２ ９１２３ ４５６７')).toBe('+85291234567');
  });

  it('drops a plus sign that is not leading', () => {
    expect(normalisePhone('138+12345678')).toBe('13812345678');
  });
});

describe('validateMobile on the mainland', () => {
  it.each([
    '13812345678',
    '138 1234 5678',
    '１３８１２３４５６７８',
    '+86 138 1234 5678',
    '8613812345678',
    '0086-13812345678',
  ])('accepts %s as 13812345678', (raw) => {
    expect(validateMobile(raw, mainland)).toEqual({ ok: true, normalised: '13812345678' });
  });

  it.each(['13', '14', '15', '16', '17', '18', '19'])('accepts the %s prefix', (prefix) => {
    expect(validateMobile(`${prefix}012345678`, mainland).ok).toBe(true);
  });

  it('asks for a number when blank', () => {
    expect(messageOf(validateMobile('   ', mainland))).toBe('请填写手机号码');
  });

  it('rejects letters', () => {
    expect(messageOf(validateMobile('1381234567a', mainland))).toBe('手机号码只能包含数字');
  });

  it('states the length when it is not 11 digits', () => {
    expect(messageOf(validateMobile('1381234567', mainland))).toBe('手机号码应为11位，当前为10位');
    expect(messageOf(validateMobile('138123456789', mainland))).toBe('手机号码应为11位，当前为12位');
  });

  it('rejects a number that does not start with 1', () => {
    expect(messageOf(validateMobile('23812345678', mainland))).toBe('手机号码应以 1 开头');
  });

  it('rejects a second digit below 3', () => {
    expect(messageOf(validateMobile('12812345678', mainland))).toBe('手机号码第二位应为3至9');
  });
});

describe('validateMobile outside the mainland', () => {
  it('accepts an international number with a leading plus', () => {
    expect(validateMobile('+852 9123 4567', abroad)).toEqual({ ok: true, normalised: '+85291234567' });
  });

  it('accepts local numbers of 6 to 20 digits', () => {
    expect(validateMobile('912345', abroad).ok).toBe(true);
    expect(validateMobile('9'.repeat(20), abroad).ok).toBe(true);
  });

  it('rejects fewer than 6 or more than 20 digits', () => {
    expect(messageOf(validateMobile('12345', abroad))).toBe('手机号码应为6至20位数字');
    expect(messageOf(validateMobile(`+${'1'.repeat(21)}`, abroad))).toBe('手机号码应为6至20位数字');
  });

  it('rejects letters', () => {
    expect(messageOf(validateMobile('+852 9123 abcd', abroad))).toBe('手机号码只能包含数字，可带前缀 +');
  });

  it('asks for a number when only a plus was typed', () => {
    expect(messageOf(validateMobile('+', abroad))).toBe('请填写手机号码');
  });
});

describe('isMainlandLandline and isContactPhone', () => {
  it.each([
    '0591-87654321',
    '059187654321',
    '010-12345678',
    '0591-1234567',
    '0591-87654321-808',
    '０５９１－８７６５４３２１',
  ])('accepts landline %s', (raw) => {
    expect(isMainlandLandline(raw)).toBe(true);
    expect(isContactPhone(raw)).toBe(true);
  });

  it.each(['87654321', '591-87654321', '0591-123456', '0591-123456789'])('rejects landline %s', (raw) => {
    expect(isMainlandLandline(raw)).toBe(false);
  });

  it('accepts a mainland mobile as a contact phone but not a short number', () => {
    expect(isContactPhone('13812345678')).toBe(true);
    expect(isContactPhone('12345')).toBe(false);
  });
});
