/**
 * The app:// scheme that serves the built renderer in packaged runs (file:// would give the page the
 * privileges of every local file). Each response carries the CSP header and no-sniff.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppAsset } from './app-assets';
import { APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Must run before `app` is ready. `standard` gives a real origin for 'self'; `secure` avoids mixed-content rules. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveAppScheme(rendererDir: string, log: (message: string) => void): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(rendererDir, request.url);
    if (!asset) {
      log(`app protocol: refused ${request.url}`);
      return new Response('Not found', { status: 404 });
    }
    try {
      const body = await readFile(asset.filePath);
      return new Response(new Uint8Array(body), {
        headers: { 'Content-Type': asset.mimeType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
