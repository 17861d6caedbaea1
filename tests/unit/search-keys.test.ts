import { describe, expect, it } from 'vitest';
import { namePinyin } from '@shared/search/pinyin';
import { normaliseQuery, volunteerSearchKeys } from '@shared/search/search-keys';

const base = { name: '张三', phone: '13812345678', idNumber: '11010519491231002X', volunteerNo: 'ZYZ000001' };
const noPinyin = { ...base, pinyin: null };

describe('volunteerSearchKeys', () => {
  it('indexes the name, the last 4 of phone and ID number, the volunteer number and the pinyin', () => {
    expect(volunteerSearchKeys(base)).toEqual(['张三', '5678', '002x', 'zyz000001', 'zhangsan', 'zs']);
  });

  it('never indexes the full phone or ID number', () => {
    const keys = volunteerSearchKeys(base);
    expect(keys).not.toContain('13812345678');
    expect(keys.some((k) => k.includes('110105'))).toBe(false);
  });

  it('drops duplicates, e.g. when phone and ID number end the same', () => {
    expect(
      volunteerSearchKeys({ ...noPinyin, phone: '13800000020', idNumber: '110105194912310020' }),
    ).toEqual(['张三', '0020', 'zyz000001']);
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

  it('finds 张三丰 by its initials and by its full pinyin', () => {
    const keys = volunteerSearchKeys({ ...base, name: '张三丰' });
    const queries = ['zsf', 'zs', 'zhangsanfeng', 'zhangsan', 'ZSF'];
    expect(queries.map((query) => keys.find((k) => k.startsWith(normaliseQuery(query))))).toEqual([
      'zsf',
      'zsf',
      'zhangsanfeng',
      'zhangsanfeng',
      'zsf',
    ]);
  });

  it('indexes no pinyin for a foreign name', () => {
    expect(volunteerSearchKeys({ ...base, name: 'John Smith' })).toEqual([
      'johnsmith',
      '5678',
      '002x',
      'zyz000001',
    ]);
  });

  it('uses the given pinyin instead of deriving it', () => {
    const keys = volunteerSearchKeys({ ...base, pinyin: { full: 'Zhang San', initials: 'ZS' } });
    expect(keys).toEqual(['张三', '5678', '002x', 'zyz000001', 'zhangsan', 'zs']);
  });

  it('matches a normalised query by prefix', () => {
    const keys = volunteerSearchKeys(base);
    const queries = ['张', 'ＺＹＺ0', ' 567', '002X'];
    expect(queries.map((query) => keys.find((k) => k.startsWith(normaliseQuery(query))))).toEqual([
      '张三',
      'zyz000001',
      '5678',
      '002x',
    ]);
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

describe('namePinyin', () => {
  it('reads polyphonic surnames with their surname reading', () => {
    expect(namePinyin('单田芳')).toEqual({ full: 'shantianfang', initials: 'stf' });
    expect(namePinyin('曾小贤')).toEqual({ full: 'zengxiaoxian', initials: 'zxx' });
    expect(namePinyin('仇晓')?.initials).toBe('qx');
  });

  it('keeps compound surnames whole and writes ü as v', () => {
    expect(namePinyin('欧阳修')).toEqual({ full: 'ouyangxiu', initials: 'oyx' });
    expect(namePinyin('吕布')).toEqual({ full: 'lvbu', initials: 'lb' });
  });

  it('ignores non-Chinese characters and returns null without any', () => {
    expect(namePinyin('张 A')).toEqual({ full: 'zhang', initials: 'z' });
    expect(namePinyin('Anna')).toBeNull();
  });
});

describe('searching by the given name alone', () => {
  const keysOf = (name: string) => volunteerSearchKeys({ ...base, name });
  const finds = (name: string, query: string) =>
    keysOf(name).some((k) => k.startsWith(normaliseQuery(query)));

  it('finds 李晓峰 by 晓峰 and by xiaofeng', () => {
    expect(keysOf('李晓峰')).toEqual(expect.arrayContaining(['晓峰', 'xiaofeng']));
    expect(finds('李晓峰', '晓峰')).toBe(true);
    expect(finds('李晓峰', 'xiaof')).toBe(true);
  });

  it('strips a two-character surname, so 欧阳晓峰 is found by 晓峰 but not by 阳晓峰', () => {
    expect(finds('欧阳晓峰', '晓峰')).toBe(true);
    expect(finds('欧阳晓峰', '阳晓')).toBe(false);
  });

  it('keeps the given name’s reading in context and the surname’s own reading out of it', () => {
    expect(keysOf('单田芳')).toEqual(expect.arrayContaining(['田芳', 'tianfang']));
    expect(keysOf('单田芳')).not.toContain('antianfang');
  });

  it('finds a transliterated name by the part after the dot', () => {
    expect(finds('阿卜杜拉·买买提', '买买提')).toBe(true);
  });

  it('does not index one-character given names or parts of foreign names', () => {
    expect(keysOf('张三')).toEqual(['张三', '5678', '002x', 'zyz000001', 'zhangsan', 'zs']);
    expect(keysOf('欧阳修')).toEqual(['欧阳修', '5678', '002x', 'zyz000001', 'ouyangxiu', 'oyx']);
    expect(keysOf('John Smith')).toEqual(['johnsmith', '5678', '002x', 'zyz000001']);
  });
});
