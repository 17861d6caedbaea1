import { describe, expect, it } from 'vitest';
import { loadPinyin, pinyin } from '../../renderer/src/db/lazy-pinyin';

describe('the renderer build’s stand-in for pinyin-pro', () => {
  it('refuses to read before the dictionary is loaded, then reads as pinyin-pro does', async () => {
    expect(() => pinyin('单田芳', { toneType: 'none', type: 'array', surname: 'head' })).toThrow(
      '拼音字典尚未载入',
    );
    await loadPinyin();
    expect(pinyin('单田芳', { toneType: 'none', type: 'array', surname: 'head', v: true })).toEqual([
      'shan',
      'tian',
      'fang',
    ]);
  });
});
