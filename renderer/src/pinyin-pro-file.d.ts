// The package file renderer/src/db/lazy-pinyin.ts loads by path (the bare name is aliased to it): same API.
declare module 'pinyin-pro/dist/esm/index.mjs' {
  export * from 'pinyin-pro';
}
