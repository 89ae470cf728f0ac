/**
 * The walkthrough editor: lays out the toolbar (file actions), the walkthrough's title and description,
 * the step list and the selected step's form, and adds or replaces steps from the scenario editor's
 * current scenario. The parts live in editor-toolbar, step-list and step-form.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ResolvedStep,
  type ScenarioValues,
  valueOverrides,
  type WalkthroughFile,
  type WalkthroughStep,
} from '@model';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { changedCount, scenarioName } from '../state/scenario';
import { useAppState } from '../state/use-app-state';
import { BilingualField, type BilingualText } from './bilingual-field';
import { EditorToolbar } from './editor-toolbar';
import { StepForm } from './step-form';
import { StepList } from './step-list';
import { useStepSourceText } from './step-source-text';
import { useStepTitles } from './step-titles';
import { useResolution } from './use-resolution';
import { useWalkthroughFileActions } from './use-walkthrough-file-actions';
import type { WalkthroughNotice } from './walkthrough-files';
import { PRESET_VALUES } from './walkthrough-presets';
import {
  DEFAULT_CHARTS, insertSteps, replacementScenario, stepsForScenario, updateStep, updateWalkthrough, type ChartPair,
} from './walkthrough-steps';
import { useWalkthrough, walkthroughStore } from './walkthrough-store';

export { newWalkthroughFromScenario, useStepTitles } from './step-titles';

/** The editor of the working walkthrough; `onPresent` starts presenting at a step. */
export function WalkthroughEditor({ onPresent }: { onPresent(index: number): void }) {
  const { t } = useTranslation('walkthrough');
  const { t: tMain } = useTranslation();
  const { language } = useLanguage();
  const { host, store: appStore } = useAppServices();
  const store = walkthroughStore();
  const doc = useWalkthrough((s) => s.doc) as WalkthroughFile;
  const selected = useWalkthrough((s) => s.selected);
  const resolution = useResolution();
  const active = useAppState((state) => state.entries[state.activeId].scenario);
  const [notice, setNotice] = useState<WalkthroughNotice | null>(null);

  const resolved: readonly ResolvedStep[] = resolution?.ok ? resolution.steps : [];
  const text = (value: BilingualText) => (language === 'zh-CN' ? value.zh : value.en);
  const step: WalkthroughStep | undefined = doc.steps[selected];
  const currentValues: ScenarioValues = { levers: active.levers, norms: active.norms };
  const activeName = scenarioName(active, language, (n) => tMain('presetDialog.copySuffix', { n }));

  const titleFor = useStepTitles();
  const sourceText = useStepSourceText();
  const files = useWalkthroughFileActions(doc, () => text(doc.title).trim() || t('editor.untitled'), setNotice);

  const previousValues = (index: number): ScenarioValues | null => (index > 0 ? resolved[index - 1]?.values ?? null : null);

  const addCurrent = () => {
    setNotice(null);
    const after = doc.steps.length ? Math.min(selected, doc.steps.length - 1) : -1;
    if (doc.steps.length && !resolution?.ok) {
      setNotice({ kind: 'error', text: t('editor.fixErrorsFirst') });
      return;
    }
    const previous = after >= 0 ? resolved[after].values : null;
    const steps = stepsForScenario({
      current: currentValues, previous, presets: PRESET_VALUES, preferredPreset: active.presetId, titleFor,
      charts: (after >= 0 ? [...doc.steps[after].charts] : DEFAULT_CHARTS) as ChartPair,
    });
    if (steps.length === 0) return;
    store.edit((d) => insertSteps(d, after, steps), after + steps.length);
    if (steps.length === 2) setNotice({ kind: 'info', text: t('editor.addedWithBase', { name: text(steps[0].title) }) });
  };

  const replaceWithCurrent = () => {
    setNotice(null);
    const scenario = replacementScenario({ current: currentValues, previous: previousValues(selected), presets: PRESET_VALUES, preferredPreset: active.presetId });
    if (!scenario) {
      setNotice({ kind: 'error', text: t('editor.firstMustBePreset') });
      return;
    }
    store.edit((d) => updateStep(d, selected, (s) => {
      s.scenario = scenario;
    }));
  };

  const openInEditor = () => {
    const values = resolved[selected]?.values;
    if (!values || !step) return;
    const name = text(step.title).trim() || t('editor.stepNumber', { n: selected + 1 });
    appStore.openFile({ format: 'xiqing-population-scenario', version: 2, name: name.slice(0, 200), description: '', levers: valueOverrides(values), notes: '' }, null);
    host.emit('menu:view', 'editor');
  };

  const errors = resolution && !resolution.ok ? resolution.errors : [];

  return (
    <div className="wt-editor" data-testid="walkthrough-editor">
      <EditorToolbar stepCount={doc.steps.length} selected={selected} errors={errors} notice={notice} files={files} onPresent={onPresent} />

      <details className="wt-editor__details">
        <summary>{t('editor.aboutWalkthrough')}: <strong>{text(doc.title) || t('editor.untitled')}</strong></summary>
        <BilingualField label={t('editor.walkthroughTitle')} value={doc.title} onChange={(title) => store.edit((d) => updateWalkthrough(d, (w) => { w.title = title; }))} testId="walkthrough-title" />
        <BilingualField label={t('editor.description')} value={doc.description} multiline onChange={(description) => store.edit((d) => updateWalkthrough(d, (w) => { w.description = description; }))} />
      </details>

      <div className="wt-editor__main">
        <StepList
          doc={doc}
          selected={selected}
          text={text}
          sourceText={sourceText}
          onAddCurrent={addCurrent}
          addCurrentHint={t('editor.addCurrentHint', { name: activeName, count: changedCount(active) })}
        />

        {step ? (
          <StepForm step={step} selected={selected} resolved={resolved} sourceText={sourceText} onReplaceWithCurrent={replaceWithCurrent} onOpenInEditor={openInEditor} />
        ) : (
          <section className="wt-step wt-step--empty"><p>{t('editor.selectStep')}</p></section>
        )}
      </div>
    </div>
  );
}
