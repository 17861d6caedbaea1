import type * as PinyinPro from 'pinyin-pro';

/*
 * pinyin-pro stands for about 150 KB gzip of dictionary: more than the rest of the first screen can spare.
 * The renderer build aliases the package to this module (vite.renderer.config.ts), so shared/search/pinyin.ts
 * stays as it is while the dictionary loads only when a volunteer's search keys are computed. Searching
 * needs no pinyin (the keys are stored); every write that computes keys awaits {@link loadPinyin} first.
 */

type Module = typeof PinyinPro;

let loaded: Module | null = null;
let loading: Promise<Module> | null = null;

/** Loads the dictionary once; later calls resolve at once. Await it before computing search keys. */
export function loadPinyin(): Promise<void> {
  // The package's own file: the bare name 'pinyin-pro' resolves to this module in the renderer build.
  loading ??= import('pinyin-pro/dist/esm/index.mjs').then((m: Module) => (loaded = m));
  return loading.then(() => undefined);
}

/** pinyin-pro's `pinyin`, once {@link loadPinyin} has resolved; before that a write forgot to await it. */
export const pinyin: Module['pinyin'] = ((...args: Parameters<Module['pinyin']>) => {
  if (!loaded) throw new Error('拼音字典尚未载入');
  return (loaded.pinyin as (...a: Parameters<Module['pinyin']>) => unknown)(...args);
}) as Module['pinyin'];
