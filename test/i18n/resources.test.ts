/**
 * One resource set for the app, the exports and the main process: every namespace, the shared ones and
 * the renderer's, has the same keys in Chinese and English; a key missing from one language is found
 * and named; the app, the exports and the menu read the shared strings from the same objects.
 */
import { describe, expect, it } from 'vitest';
import { MAIN_STRINGS } from '../../electron/main/main-strings';
import { createI18n, RESOURCES } from '../../renderer/src/i18n/i18n';
import { commonLabels, exportLabels } from '../../src/export';
import { missingKeys, SHARED_RESOURCES } from '../../src/i18n/resources';

describe('the shared string resources', () => {
  it('have every key in both languages, in every namespace the renderer loads (shared ones included)', () => {
    expect(Object.keys(RESOURCES.en)).toEqual(expect.arrayContaining(['common', 'export', 'menu']));
    expect(missingKeys(RESOURCES)).toEqual([]);
  });

  it('name a key that one language lacks, with its language and namespace', () => {
    const broken = structuredClone(SHARED_RESOURCES) as unknown as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    delete broken.en.common.units.points;
    delete broken['zh-CN'].menu.menu.about;
    expect(missingKeys(broken)).toEqual(['zh-CN menu:menu.about', 'en common:units.points']);
    const extra = structuredClone(SHARED_RESOURCES) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    extra['zh-CN'].export.onlyInChinese = '只有中文';
    expect(missingKeys(extra)).toEqual(['en export:onlyInChinese']);
  });

  it('are the very strings the exports, the menu and the app read', async () => {
    expect(exportLabels('zh-CN')).toBe(SHARED_RESOURCES['zh-CN'].export);
    expect(commonLabels('en')).toBe(SHARED_RESOURCES.en.common);
    expect(MAIN_STRINGS['zh-CN']).toBe(SHARED_RESOURCES['zh-CN'].menu);
    // i18next runs in Node too: the app's instance finds the shared app name and unit words.
    const i18n = await createI18n('zh-CN');
    expect(i18n.t('app.name')).toBe(SHARED_RESOURCES['zh-CN'].common.app.name);
    expect(i18n.t('units.tenThousandPersons')).toBe('万人');
    expect(i18n.t('menu:menu.library')).toBe(MAIN_STRINGS['zh-CN'].menu.library);
  });
});
