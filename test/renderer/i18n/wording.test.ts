/**
 * Wording rules across every namespace: one word for "differs from the defaults" (已调整 / adjusted) and
 * one for "not saved" (未保存 / Unsaved) wherever the interface counts or flags them; and no English
 * count that reads "1 rows": a count before a plural noun is worded per number (i18next's _one/_other).
 */
import { describe, expect, it } from 'vitest';
import { createI18n, RESOURCES } from '../../../renderer/src/i18n/i18n';

type Tree = { [key: string]: string | Tree | unknown };
function strings(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') return [[key, v]];
    return v && typeof v === 'object' && !Array.isArray(v) ? strings(v as Tree, key) : [];
  });
}

describe('wording', () => {
  it('says 已调整 / adjusted for values that differ from the defaults, and 未保存 / Unsaved for unsaved work, everywhere', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const i18n = await createI18n(language);
      const adjusted = language === 'zh-CN' ? '已调整' : 'adjusted';
      const unsaved = language === 'zh-CN' ? '未保存' : 'Unsaved';
      const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
      // Every place that counts or marks values differing from the defaults.
      for (const text of [
        t('topBar.changedCount', { count: 1 }), t('topBar.changedCount', { count: 3 }), t('levers.changedInChapter', { count: 2 }), t('levers.changed'),
        t('walkthrough:editor.addCurrentHint', { name: 'x', count: 2 }),
      ]) expect(text.toLowerCase(), text).toContain(adjusted.toLowerCase());
      // Every place that flags unsaved work with a single word.
      expect(t('topBar.unsaved')).toBe(unsaved);
      expect(t('library:current.unsaved')).toBe(unsaved);
    }
    // The other words for it are gone from the counts ("改动了3项", "3 values changed").
    const zhTexts = strings(RESOURCES['zh-CN'] as unknown as Tree);
    expect(zhTexts.filter(([, v]) => /改动了\s*\{\{count\}\}/.test(v))).toEqual([]);
  });

  it('never writes an English count before a plural noun without a singular form ("1 rows")', () => {
    for (const [namespace, tree] of Object.entries(RESOURCES.en)) {
      const all = strings(tree as unknown as Tree);
      const keys = new Set(all.map(([k]) => k));
      for (const [key, value] of all) {
        if (!/\{\{count\}\} [a-z]+s\b/.test(value)) continue;
        // Keys named "…Many" are only used for two or more (a comparison of several scenarios).
        if (/Many$/.test(key)) continue;
        const base = key.replace(/_(one|other)$/, '');
        expect(key, `${namespace}:${key} "${value}"`).toMatch(/_other$/);
        expect(keys.has(`${base}_one`), `${namespace}:${base}_one`).toBe(true);
        const one = all.find(([k]) => k === `${base}_one`)![1].replace('{{count}}', '1');
        expect(one, `${namespace}:${base}_one`).not.toMatch(/\b1 [a-z]+s\b/);
      }
    }
  });
});
