/** The cached translation function answers as i18next does, and asks it once per key and options. */
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { cachedT } from '../../../renderer/src/i18n/cached-t';

describe('cachedT', () => {
  it('gives i18next’s own answers, in both languages, with and without interpolation', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const i18n = await createI18n(language);
      const t = i18n.getFixedT(language);
      const cached = cachedT(t);
      for (const [key, options] of [['charts.residents.title', undefined], ['charts.residents.description', { from: 2020, to: 2035, last: '1,234' }], ['levers.changedInChapter', { count: 2 }], ['uncertainty:switch', undefined]] as const) {
        expect(cached(key, options as never)).toBe(t(key, options as never));
        expect(cached(key, options as never)).toBe(t(key, options as never));
      }
    }
  });

  it('calls i18next once for repeated calls, again for other options, and always for options it cannot key', () => {
    const calls: unknown[] = [];
    const t = ((key: string, options?: Record<string, unknown>) => {
      calls.push([key, options]);
      return `${key}:${JSON.stringify(options ?? {})}`;
    }) as unknown as TFunction;
    const cached = cachedT(t) as unknown as (key: string, options?: unknown) => string;
    cached('a');
    cached('a');
    cached('a', { n: 1 });
    cached('a', { n: 1 });
    cached('a', { n: 2 });
    expect(calls).toHaveLength(3);
    const withFunction = { postProcess: () => 'x' };
    cached('a', withFunction);
    cached('a', withFunction);
    expect(calls).toHaveLength(5);
  });
});
