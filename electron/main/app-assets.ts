/**
 * Maps app:// URLs to files of the built renderer. Pure (path arithmetic only) so the traversal
 * guard is tested: nothing outside the renderer folder can be served, whatever the URL says.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AppAsset { filePath: string; mimeType: string }

/** The file an app:// URL names inside `rendererDir`, or null if the URL is foreign or escapes the folder. */
export function resolveAppAsset(rendererDir: string, url: string): AppAsset | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const filePath = resolve(root, `.${sep}${pathname === '/' || pathname === '' ? 'index.html' : pathname}`);
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return { filePath, mimeType: MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream' };
}
