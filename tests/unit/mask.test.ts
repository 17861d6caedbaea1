import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '@shared/privacy/mask';

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters of an 18-character number', () => {
    expect(maskIdNumber('110105199001011234')).toBe('110105********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('masks a 15-character number the same way', () => {
    expect(maskIdNumber('USA350190011234')).toBe('USA350*****1234');
  });

  it('shows only the last 2 characters of a short number such as a passport', () => {
    expect(maskIdNumber('E12345678')).toBe('*******78');
  });

  it('never reveals more than half of a very short number', () => {
    expect(maskIdNumber('AB1')).toBe('**1');
    expect(maskIdNumber('A')).toBe('*');
  });

  it('keeps the length, so the masked value still looks like the document', () => {
    expect(maskIdNumber('110105199001011234')).toHaveLength(18);
  });

  it('returns an empty string for an empty number', () => {
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks a landline with area code and an international number', () => {
    expect(maskPhone('0591-87654321')).toBe('059******4321');
    expect(maskPhone('+85291234567')).toBe('+85*****4567');
  });

  it('shows only the last 4 of a local landline', () => {
    expect(maskPhone('87654321')).toBe('****4321');
  });

  it('shows only the last 2 of a very short number', () => {
    expect(maskPhone('12345')).toBe('***45');
  });

  it('trims surrounding spaces first', () => {
    expect(maskPhone(' 13812345678 ')).toBe('138****5678');
  });
});
