import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowlistSchema, judgeFindings, type Allowlist, type Finding } from '../../../electron/security/allowlist';

const finding = (id: string, file: string): Finding => ({ id, file, line: 1, column: 0, description: id });
const allowlist: Allowlist = {
  skippedChecks: {},
  accepted: [
    { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason: 'reviewed: named methods only' },
    { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', reason: "script-src 'self' serves only the bundle" },
  ],
};

describe('electronegativity allow-list', () => {
  it('accepts a finding only for the check and file it was justified for', () => {
    const verdict = judgeFindings([
      finding('PRELOAD_JS_CHECK', 'electron/main/window.ts'),
      finding('PRELOAD_JS_CHECK', 'electron/main/other-window.ts'),
      finding('SANDBOX_JS_CHECK', 'electron/main/window.ts'),
    ], allowlist);
    expect(verdict.accepted.map((a) => a.finding.file)).toEqual(['electron/main/window.ts']);
    expect(verdict.unexplained.map((f) => `${f.id} ${f.file}`)).toEqual([
      'PRELOAD_JS_CHECK electron/main/other-window.ts',
      'SANDBOX_JS_CHECK electron/main/window.ts',
    ]);
  });

  it('matches Windows-style paths and reports entries that matched nothing', () => {
    const verdict = judgeFindings([finding('PRELOAD_JS_CHECK', 'electron\\main\\window.ts')], allowlist);
    expect(verdict.unexplained).toEqual([]);
    expect(verdict.unused.map((e) => e.check)).toEqual(['CSP_GLOBAL_CHECK']);
  });

  it('demands a real reason for every entry', () => {
    expect(allowlistSchema.safeParse({ skippedChecks: {}, accepted: [{ check: 'X_CHECK', file: 'a.ts', reason: 'ok' }] }).success).toBe(false);
  });

  it("the project's allow-list is valid and skips only checks electronegativity has", () => {
    const list = allowlistSchema.parse(JSON.parse(readFileSync(resolve('electron/security/electronegativity-allowlist.json'), 'utf8')));
    const checks = resolve('node_modules/@doyensec/electronegativity/dist/finder/checks');
    for (const name of Object.keys(list.skippedChecks)) {
      // An unknown name makes electronegativity exit the process instead of scanning.
      expect(existsSync(`${checks}/AtomicChecks/${name}.js`) || existsSync(`${checks}/GlobalChecks/${name}.js`), name).toBe(true);
    }
  });
});
