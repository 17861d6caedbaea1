export declare function findChromium(
  env?: Record<string, string | undefined>,
  exists?: (path: string) => boolean,
): string;
export declare const CHROMIUM_ARGS: string[];
