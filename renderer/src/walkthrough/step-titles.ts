/** Default texts of new walkthrough steps in both languages, and a new walkthrough made from the current scenario. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Localized, type ScenarioValues, type ValueId, valueSpec, type WalkthroughFile } from '@model';
import { PRESET_VALUES } from './walkthrough-presets';
import { DEFAULT_CHARTS, insertSteps, newWalkthrough, stepsForScenario, type StepOrigin } from './walkthrough-steps';

/** Both languages' walkthrough strings (for default titles and questions written in both). */
export function useBothLanguages() {
  const { i18n } = useTranslation('walkthrough');
  return useMemo(() => ({ zh: i18n.getFixedT('zh-CN', 'walkthrough'), en: i18n.getFixedT('en', 'walkthrough') }), [i18n]);
}

/** The default title of a new step, in both languages: the preset's name, or the values it changes. */
export function useStepTitles(): (origin: StepOrigin) => Localized {
  const both = useBothLanguages();
  return (origin) => {
    if (origin.kind === 'preset') return { ...origin.preset.name };
    const ids = Object.keys(origin.changes) as ValueId[];
    const make = (lang: 'zh' | 'en') => {
      const tt = both[lang];
      if (ids.length === 0) return tt('editor.sameAsPrevious');
      const labels = ids.slice(0, 2).map((id) => valueSpec(id).label[lang]).join(tt('editor.titleJoin'));
      return ids.length > 2 ? tt('editor.titleMore', { labels, count: ids.length }) : labels;
    };
    return { zh: make('zh'), en: make('en') };
  };
}

/** Creates a new walkthrough whose first step is the editor's current scenario. */
export function newWalkthroughFromScenario(input: {
  values: ScenarioValues; presetId: string | null; title: Localized; titleFor(origin: StepOrigin): Localized;
}): WalkthroughFile {
  const doc = newWalkthrough(input.title);
  const steps = stepsForScenario({ current: input.values, previous: null, presets: PRESET_VALUES, preferredPreset: input.presetId, titleFor: input.titleFor, charts: DEFAULT_CHARTS });
  return insertSteps(doc, -1, steps);
}
