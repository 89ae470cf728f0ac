/**
 * The repository stands alone: the README's set-up names the same system packages CI installs (one
 * list, scripts/system-packages.txt), and no code reaches outside the checkout for data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Package names of scripts/system-packages.txt (comments, options and blank lines dropped). */
function systemPackages(): string[] {
  return read('scripts/system-packages.txt')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** Every file under `dir` (relative to the root), skipping dependencies and build output. */
function filesUnder(dir: string): string[] {
  const skip = new Set(['node_modules', 'out', 'dist', '.git', 'coverage', 'test-results']);
  const found: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      if (skip.has(name)) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(relative(ROOT, full));
    }
  };
  walk(join(ROOT, dir));
  return found;
}

describe('system packages', () => {
  it('the README installs exactly the packages of scripts/system-packages.txt', () => {
    const packages = systemPackages();
    expect(packages).toEqual(expect.arrayContaining(['chromium', 'fonts-noto-cjk', 'poppler-utils']));
    // The set-up block's install lines together name the list (options such as --no-install-recommends aside).
    const installs = [...read('README.md').matchAll(/apt-get install -y ([^\n`]+)/g)].map((m) => m[1].trim().split(/\s+/).filter((w) => !w.startsWith('-')));
    expect(installs.length).toBeGreaterThan(0);
    expect(installs.flat().sort()).toEqual([...packages].sort());
  });

  it('.ci/run reads that list and then runs the README’s test command word for word', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/scripts\/system-packages\.txt/);
    expect(ci).not.toMatch(/apt-get install[^\n]*\b(chromium|poppler-utils|fonts-noto-cjk)\b/);
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm test\n');
    expect(readme).toContain('npm ci && npm start\n');
    expect(ci).toMatch(/^npm ci && npm test$/m);
  });

  it('the README says which Node.js version to use, matching package.json', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(read('README.md')).toMatch(/Node\.js 22\.12 or later/);
    expect(read('README.md')).toContain(engines.replace(/^>=/, '').replace(/\.0$/, ''));
  });
});

describe('no code reads outside the repository', () => {
  it('no source, script, test or config file names ../shared or an absolute /work path', () => {
    const code = ['src', 'electron', 'renderer', 'scripts', 'test', 'bench', '.ci'].flatMap(filesUnder)
      .filter((f) => /\.(ts|tsx|js|mjs|cjs|json|sh)$|(^|\/)run$/.test(f));
    code.push(...readdirSync(ROOT).filter((f) => /\.(ts|js|json)$/.test(f) && f !== 'package-lock.json'));
    expect(code.length).toBeGreaterThan(100);
    const offenders = code.filter((f) => f !== relative(ROOT, import.meta.filename) && /\.\.\/shared\b|['"`]\/work\//.test(read(f)));
    expect(offenders).toEqual([]);
  });
});
