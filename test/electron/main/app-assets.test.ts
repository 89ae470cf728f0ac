import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/main/app-assets';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

const root = resolve('/srv/app/out/renderer');

describe('resolveAppAsset', () => {
  it('maps app:// URLs to files of the renderer build, with their MIME type', () => {
    expect(resolveAppAsset(root, 'app://xiqing/')).toEqual({ filePath: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppAsset(root, 'app://xiqing/assets/index-abc.js?v=1#x')).toEqual({ filePath: join(root, 'assets/index-abc.js'), mimeType: 'text/javascript; charset=utf-8' });
    expect(resolveAppAsset(root, 'app://xiqing/fonts/a.woff2')?.mimeType).toBe('font/woff2');
    expect(resolveAppAsset(root, 'app://xiqing/blob.bin')?.mimeType).toBe('application/octet-stream');
  });

  it.each([
    'app://xiqing/..%2f..%2f..%2fetc%2fpasswd',
    'app://xiqing/assets/..%2F..%2F..%2Fsecret',
    'app://xiqing/%00index.html',
    'app://other/index.html',
    'file:///srv/app/out/renderer/index.html',
    'https://xiqing/index.html',
    'app://xiqing/%E0%A4%A',
  ])('serves nothing for %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('keeps dot segments inside the folder (the URL parser resolves them first)', () => {
    expect(resolveAppAsset(root, 'app://xiqing/../../etc/passwd')?.filePath).toBe(join(root, 'etc/passwd'));
  });
});

describe('Content-Security-Policy', () => {
  const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name, values.join(' ')] as const;
  }));

  it('sends the same policy as the meta tag in renderer/index.html', async () => {
    const html = await readFile(resolve('renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta, 'renderer/index.html keeps its CSP meta tag').toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    const page = directives(meta ?? '');
    for (const [name, value] of page) expect(header.get(name), name).toBe(value);
    // Only directives that browsers ignore in a meta tag may be header-only.
    for (const name of header.keys()) if (!page.has(name)) expect(['frame-ancestors', 'sandbox', 'report-uri']).toContain(name);
  });

  it('allows no remote origin, no inline script and no eval', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.get('default-src')).toBe("'self'");
    expect(header.get('script-src')).toBe("'self'");
    expect(header.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});
