/**
 * Which URLs belong to the app. Pure, so the navigation guard, the request filter and the IPC sender
 * check share one definition and can be tested without Electron.
 */

/** Packaged builds load from a custom scheme rather than file://, which would grant the page every local file's origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'xiqing';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Hosts a development server may run on: this machine only. */
const DEV_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL the main window loads: electron-vite's dev server in development, else the app scheme. The
 * dev server URL is parsed, not pattern-matched, so `http://localhost.attacker.example/` or
 * `http://localhost@attacker.example/` cannot pass for this machine (and then be trusted as a sender).
 */
export function appEntryUrl(devServerUrl: string | undefined): string {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  const local = dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:')
    && DEV_HOSTS.has(dev.hostname) && dev.username === '' && dev.password === '';
  return local ? dev.href : APP_ENTRY_URL;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` has the same scheme and host as the entry URL. Compared by parts because Node's
 * URL reports the origin of a custom scheme as "null", which would make every app:// URL equal.
 */
export function isAppUrl(url: string, entryUrl: string): boolean {
  const target = parse(url);
  const entry = parse(entryUrl);
  if (!target || !entry || target.username || target.password) return false;
  return target.protocol === entry.protocol && target.host === entry.host && target.host !== '';
}

/**
 * Schemes a request may use besides the app's own URLs: in-page data that reaches nothing outside
 * (data:, blob:) and the developer tools. An allow list, so a scheme nobody thought of is refused.
 */
const IN_PAGE_SCHEMES: ReadonlySet<string> = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Whether a network request may proceed. The app loads nothing from outside; the only exceptions are
 * its own URLs, in-page data, and, in development, the dev server's hot-reload socket on the same host.
 */
export function isAllowedRequest(url: string, entryUrl: string): boolean {
  const target = parse(url);
  if (!target) return false;
  if (isAppUrl(url, entryUrl)) return true;
  const entry = parse(entryUrl);
  const devSocket = entry !== null && /^https?:$/.test(entry.protocol) && /^wss?:$/.test(target.protocol) && target.host === entry.host;
  return devSocket || IN_PAGE_SCHEMES.has(target.protocol);
}
