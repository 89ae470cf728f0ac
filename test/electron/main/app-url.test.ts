/**
 * The dev server URL is trusted only when it really is this machine, and the request filter is an
 * allow list: a scheme that is not the app's, in-page data or the developer tools is refused.
 */
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, appEntryUrl, isAllowedRequest } from '../../../electron/main/app-url';
import { isTrustedSender } from '../../../electron/main/sender-check';

describe('ELECTRON_RENDERER_URL', () => {
  it.each([
    'http://localhost.attacker.example/',
    'http://localhost.attacker.example:5173/',
    'http://127.0.0.1.attacker.example/',
    'http://localhost@attacker.example/',
    'http://user:pw@localhost:5173/',
    'https://localhost-attacker.example/',
    'file://localhost/etc/passwd',
    'ws://localhost:5173/',
    'not a url',
  ])('%s is not the dev server: the app loads its own entry instead', (url) => {
    expect(appEntryUrl(url)).toBe(APP_ENTRY_URL);
  });

  it('a look-alike host never becomes a trusted sender', () => {
    const entryUrl = appEntryUrl('http://localhost.attacker.example/');
    const sender = { webContentsId: 1, frameUrl: 'http://localhost.attacker.example/index.html', isTopFrame: true };
    expect(isTrustedSender(sender, { appWebContentsIds: () => new Set([1]), entryUrl })).toBe(false);
  });

  it.each(['http://localhost:5173/', 'http://127.0.0.1:5173/', 'http://[::1]:5173/', 'http://localhost/'])('%s is accepted', (url) => {
    expect(appEntryUrl(url)).toBe(url);
  });
});

describe('the request filter is an allow list', () => {
  it.each([
    'smb://server/share/x.js', 'gopher://x.example/', 'chrome://settings/', 'view-source:app://xiqing/index.html',
    'filesystem:https://x.example/temporary/a', 'mailto:a@b.example', 'javascript:alert(1)', 'ssh://x.example/', 'app://other/index.html',
  ])('refuses %s', (url) => {
    expect(isAllowedRequest(url, APP_ENTRY_URL)).toBe(false);
  });

  it.each(['app://xiqing/assets/index.js', 'data:font/woff2;base64,AAAA', 'blob:app://xiqing/123e4567', 'devtools://devtools/bundled/inspector.html'])('allows %s', (url) => {
    expect(isAllowedRequest(url, APP_ENTRY_URL)).toBe(true);
  });
});
