import { describe, expect, it } from 'vitest';
import { normaliseQuery, volunteerSearchKeys } from '@shared/search/search-keys';

const base = { name: '张三', phone: '13812345678', idNumber: '11010519491231002X', volunteerNo: 'ZYZ000001' };

describe('volunteerSearchKeys', () => {
  it('indexes the name, the last 4 of phone and ID number, and the volunteer number', () => {
    expect(volunteerSearchKeys(base)).toEqual(['张三', '5678', '002x', 'zyz000001']);
  });

  it('never indexes the full phone or ID number', () => {
    const keys = volunteerSearchKeys(base);
    expect(keys).not.toContain('13812345678');
    expect(keys.some((k) => k.includes('110105'))).toBe(false);
  });

  it('drops duplicates, e.g. when phone and ID number end the same', () => {
    expect(volunteerSearchKeys({ ...base, phone: '13800000020', idNumber: '110105194912310020' })).toEqual([
      '张三',
      '0020',
      'zyz000001',
    ]);
  });

  it('skips empty or too-short values', () => {
    expect(volunteerSearchKeys({ name: ' ', phone: '123', idNumber: '', volunteerNo: '' })).toEqual([]);
  });

  it('uses only the digits of a formatted phone', () => {
    expect(volunteerSearchKeys({ ...base, phone: '+852 9123-4567' })).toContain('4567');
  });

  it('lower-cases foreign names and strips their spaces', () => {
    expect(volunteerSearchKeys({ ...base, name: 'John Smith' })[0]).toBe('johnsmith');
  });

  it('adds pinyin keys without spaces when given', () => {
    const keys = volunteerSearchKeys({ ...base, pinyin: { full: 'Zhang San', initials: 'ZS' } });
    expect(keys).toEqual(['张三', '5678', '002x', 'zyz000001', 'zhangsan', 'zs']);
  });

  it('matches a normalised query by prefix', () => {
    const keys = volunteerSearchKeys(base);
    for (const query of ['张', 'ＺＹＺ0', ' 567', '002X']) {
      expect(keys.some((k) => k.startsWith(normaliseQuery(query)))).toBe(true);
    }
  });
});

describe('normaliseQuery', () => {
  it('trims, removes inner spaces, converts full-width and lower-cases', () => {
    expect(normaliseQuery('  ＺＹＺ 0001 ')).toBe('zyz0001');
    expect(normaliseQuery('张\u3000三')).toBe('张三');
  });

  it('returns an empty string for whitespace', () => {
    expect(normaliseQuery(' \t ')).toBe('');
  });
});
