/**
 * Guards for part 4 (languages): both locale files have the same keys, and the renderer's code holds
 * no Chinese text of its own (all of it comes from the locale files or the model's specs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/en.json';
import { RESOURCES } from '../../../renderer/src/i18n/i18n';
import zh from '../../../renderer/src/i18n/zh-CN.json';

function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[]`];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** The renderer and the strings and formatting it shares with the exports and the main process. */
const SOURCES = ['renderer/src/', 'src/format/', 'src/i18n/'].map((dir) => join(REPO, dir));
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // host/ is the host implementations (another part of the issue) and tests may hold test data.
    if (statSync(path).isDirectory()) return name === 'host' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('locale files', () => {
  it('have the same keys in Chinese and English, in every namespace', () => {
    expect(Object.keys(RESOURCES.en)).toEqual(Object.keys(RESOURCES['zh-CN']));
    for (const ns of Object.keys(RESOURCES.en) as (keyof typeof RESOURCES.en)[]) {
      expect(keys(RESOURCES.en[ns]).sort(), ns).toEqual(keys(RESOURCES['zh-CN'][ns]).sort());
    }
  });

  it('have the same number of paragraphs in the method text', () => {
    expect(en.method.how).toHaveLength(zh.method.how.length);
    expect(en.method.limits).toHaveLength(zh.method.limits.length);
  });

  it('are the only place Chinese text lives in the renderer and the shared formatting (comments aside)', () => {
    const offenders: string[] = [];
    for (const file of SOURCES.flatMap(sourceFiles)) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      code.split('\n').forEach((line, i) => {
        if (CJK.test(line)) offenders.push(`${file.slice(REPO.length)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
