/** The one-line description of where a walkthrough step's scenario comes from (preset, file or changes). */
import { useTranslation } from 'react-i18next';
import type { Localized, WalkthroughStep } from '@model';
import { useLanguage } from '../i18n/use-language';
import { PRESET_VALUES } from './walkthrough-presets';

/** Returns a function that describes step `s` at position `index` in the current language. */
export function useStepSourceText(): (s: WalkthroughStep, index: number) => string {
  const { t } = useTranslation('walkthrough');
  const { language } = useLanguage();
  const text = (value: Localized) => (language === 'zh-CN' ? value.zh : value.en);
  return (s, index) => {
    const scenario = s.scenario;
    if ('preset' in scenario) {
      const preset = PRESET_VALUES.find((p) => p.id === scenario.preset);
      return t('editor.source.preset', { name: preset ? text(preset.name) : scenario.preset });
    }
    if ('file' in scenario) return t('editor.source.file', { name: scenario.file });
    const count = Object.keys(scenario.changes).length;
    return index === 0 ? t('editor.source.invalidFirst') : count === 0 ? t('editor.source.same') : t('editor.source.changes', { count });
  };
}
