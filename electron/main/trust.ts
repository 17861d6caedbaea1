import { APP_HOST, APP_SCHEME } from '@shared/ipc/contract';

/** Decides which page URLs count as "our app": used for navigation guards and IPC sender checks. */
export interface Trust {
  readonly origins: ReadonlySet<string>;
  isTrustedUrl(url: string): boolean;
}

export interface TrustOptions {
  isPackaged: boolean;
  /** electron-vite's dev server URL; honoured only in unpackaged runs so a release can never trust it. */
  devUrl?: string | undefined;
}

/**
 * Scheme + host (+ port), lower-cased. Computed by hand because Node's URL reports origin "null" for
 * schemes it does not know, while Chromium treats our privileged `app:` scheme as a real origin.
 */
export const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`.toLowerCase();
  } catch {
    return null;
  }
};

export const createTrust = ({ isPackaged, devUrl }: TrustOptions): Trust => {
  const origins = new Set<string>([`${APP_SCHEME}://${APP_HOST}`]);
  if (!isPackaged && devUrl) {
    const devOrigin = originOf(devUrl);
    if (devOrigin) origins.add(devOrigin);
  }
  return {
    origins,
    isTrustedUrl: (url) => {
      const origin = originOf(url);
      return origin !== null && origins.has(origin);
    },
  };
};
