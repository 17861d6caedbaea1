import type * as PinyinPro from 'pinyin-pro';

/*
 * pinyin-pro stands for about 140 kB gzip of dictionary: more than the first screen's scripts can spare.
 * The renderer build aliases the package to this module (vite.renderer.config.ts), so shared/search/pinyin.ts
 * stays as it is while the dictionary is its own chunk. Opening the desk (app/open-desk.ts) loads it
 * alongside the database and hands out no repositories before it is in, so no write can reach a volunteer's
 * search keys without it; the schema upgrades that compute keys wait for it inside their transaction.
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

/** pinyin-pro's `pinyin`, once {@link loadPinyin} has resolved; before that, a caller skipped the desk's boot. */
export const pinyin: Module['pinyin'] = ((...args: Parameters<Module['pinyin']>) => {
  if (!loaded) throw new Error('拼音字典尚未载入');
  return (loaded.pinyin as (...a: Parameters<Module['pinyin']>) => unknown)(...args);
}) as Module['pinyin'];
