import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '@shared/ipc/contract';

/**
 * Ant Design injects styles at runtime, hence 'unsafe-inline' for styles only; scripts stay 'self'.
 * connect-src takes any http(s) origin: the center's CouchDB (issue 15) is at an address staff type in
 * 设置 → 同步, unknown when the page loads. Scripts still come only from the app itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const mimeTypeFor = (path: string): string =>
  MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** Reads one file below the root; rejects (or answers not-ok) when it is missing. */
export type FileReader = (absolutePath: string) => Promise<Response>;

export interface AppProtocolOptions {
  /** Absolute folder of the built renderer. */
  root: string;
  readFile: FileReader;
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Maps a URL path to a file inside root, or a status code when the path must not be served.
 * Decoding happens here (not in URL parsing) so "%2f" and "%5c" tricks are judged after decoding.
 */
export const resolveAppPath = (root: string, pathname: string): string | 403 | 400 => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 400;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return 403;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..')) return 403;
  // Routes of the single-page app have no extension: they all get the shell page.
  const last = segments.at(-1) ?? '';
  const relativePath = segments.length === 0 || extname(last) === '' ? 'index.html' : segments.join('/');
  const target = resolve(root, relativePath);
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return 403;
  return target;
};

/** The `app://desk/...` handler, free of Electron so it can be tested with a fake reader. */
export const createAppProtocolHandler = ({ root, readFile }: AppProtocolOptions) => {
  const absoluteRoot = resolve(root);
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad Request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) {
      return plain(404, 'Not Found');
    }
    const target = resolveAppPath(absoluteRoot, url.pathname);
    if (target === 400) return plain(400, 'Bad Request');
    if (target === 403) return plain(403, 'Forbidden');

    let file: Response;
    try {
      file = await readFile(target);
    } catch {
      return plain(404, 'Not Found');
    }
    if (!file.ok) return plain(404, 'Not Found');

    const headers = new Headers({
      'content-type': mimeTypeFor(target),
      'x-content-type-options': 'nosniff',
    });
    if (extname(target).toLowerCase() === '.html') {
      headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
      // The shell must pick up a new build at once; hashed assets may be cached.
      headers.set('cache-control', 'no-cache');
    }
    return new Response(request.method === 'HEAD' ? null : file.body, { status: 200, headers });
  };
};

/**
 * Must run before `ready`: a standard, secure scheme gets a real origin, so IndexedDB works and stays put.
 * `codeCache`: Chromium keeps V8's compiled code only for http(s) unless a custom scheme asks; without it
 * every start of the desk parsed and compiled its scripts afresh, work the same build served over http
 * (web mode, the benchmarks) does once.
 */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
};

/** Folder of the built renderer: electron-vite puts main in out/main and the renderer in out/renderer. */
export const rendererRoot = (): string => join(import.meta.dirname, '../renderer');

// Plain fs rather than net.fetch(file://): reads from the asar archive work the same, and it does not
// depend on file:// privileges, which the grantFileProtocolExtraPrivileges fuse turns off.
const readFromDisk: FileReader = async (absolutePath) => new Response(await readFile(absolutePath));

export const registerAppProtocol = (root: string = rendererRoot()): void => {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root, readFile: readFromDisk }));
};
