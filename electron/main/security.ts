/**
 * Session and web-contents hardening from Electron's security checklist. Glue only: the decisions
 * (what is the app's URL, which requests may leave) are pure functions in app-url.ts.
 */
import type { App, Event, Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';

type Log = (message: string) => void;

/** No remote content, a CSP header on every response, and no permission ever granted. */
export function hardenSession(session: Session, entryUrl: string, log: Log): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, entryUrl);
    if (!allowed) log(`security: blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  // Fires for http(s) only (the dev server); app:// responses get the same header from app-protocol.ts.
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // The app needs no camera, notifications, geolocation, clipboard-read, … so every request is refused.
  session.setPermissionRequestHandler((contents, permission, callback) => {
    log(`security: denied permission "${permission}" to ${contents.getURL()}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** Applied to every web contents as it is created, so nothing can slip in before the guard exists. */
export function hardenAllWebContents(app: App, entryUrl: string, log: Log): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const stayInApp = (event: Event, url: string, what: string) => {
      if (isAppUrl(url, entryUrl)) return;
      event.preventDefault();
      log(`security: blocked ${what} to ${url}`);
    };
    contents.on('will-navigate', (event) => stayInApp(event, event.url, 'navigation'));
    contents.on('will-frame-navigate', (event) => stayInApp(event, event.url, 'frame navigation'));
    contents.on('will-redirect', (event) => stayInApp(event, event.url, 'redirect'));
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('security: blocked a <webview>');
    });
    contents.setWindowOpenHandler(({ url }) => {
      log(`security: blocked a new window for ${url}`);
      return { action: 'deny' };
    });
  });
}
