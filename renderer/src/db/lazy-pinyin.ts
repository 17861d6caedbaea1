import type * as PinyinPro from 'pinyin-pro';

/*
 * pinyin-pro stands for about 140 kB gzip of dictionary, and evaluating it takes tens of milliseconds of
 * the main thread: more than the first screen can spare, and nothing on it needs pinyin. The renderer build
 * aliases the package to this module (vite.renderer.config.ts), so shared/search/pinyin.ts stays as it is
 * while the dictionary is its own chunk. It is loaded a moment after the first screen (app/open-desk.ts).
 * Until it is in, every write that stores volunteers awaits it before computing their search keys
 * (dictionary-gate.ts's untilDictionary), as do the demo data and old backups; the schema upgrades that
 * compute keys wait for it inside their transaction. A write that skipped the wait fails here, whole,
 * rather than storing a volunteer without keys.
 */

type Module = typeof PinyinPro;

let loaded: Module | null = null;
let loading: Promise<Module> | null = null;

/** Loads the dictionary once; later calls resolve at once. Await it before computing search keys. */
export function loadPinyin(): Promise<void> {
  // The package's own file: the bare name 'pinyin-pro' resolves to this module in the renderer build.
  loading ??= import('pinyin-pro/dist/esm/index.mjs').then(
    (m: Module) => (loaded = m),
    (error: unknown) => {
      // A failed fetch is not kept: the next write that needs the dictionary asks again.
      loading = null;
      throw error;
    },
  );
  return loading.then(() => undefined);
}

/** Whether {@link loadPinyin} has resolved, so a caller may compute search keys without waiting. */
export function pinyinLoaded(): boolean {
  return loaded !== null;
}

/** pinyin-pro's `pinyin`, once {@link loadPinyin} has resolved; before that, a caller skipped the wait. */
export const pinyin: Module['pinyin'] = ((...args: Parameters<Module['pinyin']>) => {
  if (!loaded) throw new Error('拼音字典尚未载入');
  return (loaded.pinyin as (...a: Parameters<Module['pinyin']>) => unknown)(...args);
}) as Module['pinyin'];
