import type { Plugin } from 'vite';

export function mirrorIdbStrict(): Plugin;
