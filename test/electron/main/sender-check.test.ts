import { describe, expect, it, vi } from 'vitest';
import type { HostHandlers } from '../../../src/host/contract';
import { HostArgumentError } from '../../../src/host/schemas';
import { APP_ENTRY_URL, appEntryUrl, isAllowedRequest, isAppUrl } from '../../../electron/main/app-url';
import { dispatch, UntrustedSenderError } from '../../../electron/main/ipc';
import { isTrustedSender, type SenderInfo, type TrustPolicy } from '../../../electron/main/sender-check';

const policy: TrustPolicy = { appWebContentsIds: () => new Set([1]), entryUrl: APP_ENTRY_URL };
const own: SenderInfo = { webContentsId: 1, frameUrl: 'app://xiqing/index.html#/compare', isTopFrame: true };

describe('isTrustedSender', () => {
  it("accepts the top frame of the app's own window on the app's URL", () => {
    expect(isTrustedSender(own, policy)).toBe(true);
    expect(isTrustedSender({ ...own, frameUrl: 'app://xiqing/assets/other.html?x=1' }, policy)).toBe(true);
  });

  it.each([
    ['a remote origin', { frameUrl: 'https://evil.example/index.html' }],
    ['a local file', { frameUrl: 'file:///C:/Users/x/index.html' }],
    ['another app:// host', { frameUrl: 'app://other/index.html' }],
    ['credentials in the URL', { frameUrl: 'app://user:pw@xiqing/index.html' }],
    ['a data: URL', { frameUrl: 'data:text/html,<script>1</script>' }],
    ['an iframe', { isTopFrame: false }],
    ['a frame that is gone', { frameUrl: null }],
    ['a web contents that is not an app window', { webContentsId: 2 }],
  ])('refuses %s', (_label, change) => {
    expect(isTrustedSender({ ...own, ...change }, policy)).toBe(false);
  });

  it('in development, trusts the dev server origin only', () => {
    const dev = { ...policy, entryUrl: 'http://localhost:5173/' };
    expect(isTrustedSender({ ...own, frameUrl: 'http://localhost:5173/index.html' }, dev)).toBe(true);
    expect(isTrustedSender({ ...own, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false);
    expect(isTrustedSender({ ...own, frameUrl: 'https://localhost:5173/' }, dev)).toBe(false);
    expect(isTrustedSender(own, dev)).toBe(false);
  });
});

describe('dispatch', () => {
  const handlers = { 'settings:set': vi.fn(async () => ({ language: 'en' })) } as unknown as HostHandlers;

  it('refuses and logs a foreign sender without running the handler', async () => {
    const log = vi.fn();
    const foreign = { ...own, frameUrl: 'https://evil.example/' };
    await expect(dispatch(handlers, 'settings:set', foreign, [{ language: 'en' }], policy, log)).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/refused "settings:set" from .*https:\/\/evil\.example/));
    expect(handlers['settings:set']).not.toHaveBeenCalled();
  });

  it('refuses bad arguments from the app itself, before the handler runs', async () => {
    await expect(dispatch(handlers, 'settings:set', own, [{ language: 'fr' }], policy, vi.fn())).rejects.toBeInstanceOf(HostArgumentError);
    expect(handlers['settings:set']).not.toHaveBeenCalled();
  });

  it('runs the handler with the validated arguments', async () => {
    await expect(dispatch(handlers, 'settings:set', own, [{ language: 'en' }], policy, vi.fn())).resolves.toEqual({ language: 'en' });
    expect(handlers['settings:set']).toHaveBeenCalledWith({ language: 'en' });
  });
});

describe('app URLs and outgoing requests', () => {
  it('loads the dev server only when it is on this machine', () => {
    expect(appEntryUrl(undefined)).toBe(APP_ENTRY_URL);
    expect(appEntryUrl('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(appEntryUrl('https://attacker.example/')).toBe(APP_ENTRY_URL);
  });

  it('tells app URLs from everything else', () => {
    expect(isAppUrl('app://xiqing/index.html', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://xiqing.evil/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('not a url', APP_ENTRY_URL)).toBe(false);
  });

  it('lets no request leave the app', () => {
    expect(isAllowedRequest('app://xiqing/assets/index.js', APP_ENTRY_URL)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', APP_ENTRY_URL)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', APP_ENTRY_URL)).toBe(true);
    for (const url of ['https://cdn.example/x.js', 'http://127.0.0.1/', 'wss://x.example/', 'file:///etc/passwd', 'ftp://x/']) {
      expect(isAllowedRequest(url, APP_ENTRY_URL)).toBe(false);
    }
  });

  it("allows the dev server's hot-reload socket in development only", () => {
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', APP_ENTRY_URL)).toBe(false);
  });
});
