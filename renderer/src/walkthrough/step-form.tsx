/** The walkthrough editor's form for the selected step: titles, notes, charts, scenario and the "predict first" question. */
import { useTranslation } from 'react-i18next';
import {
  PREDICTABLE_INDICATORS,
  type PredictableIndicator,
  type ResolvedStep,
  type ValueId,
  valueSpec,
  WALKTHROUGH_CHARTS,
  type WalkthroughStep,
} from '@model';
import { useLanguage } from '../i18n/use-language';
import { PLAN_YEAR } from '../results/plan-targets';
import { BilingualField } from './bilingual-field';
import { answerText } from './presenter-state';
import { useBothLanguages } from './step-titles';
import { changeLines } from './walkthrough-results';
import { isWalkthroughChart, updateStep } from './walkthrough-steps';
import { walkthroughStore } from './walkthrough-store';
import { formatSettingValue, localized } from '../../../src/format';

/** Props of {@link StepForm}. */
export interface StepFormProps {
  /** The selected step. */
  step: WalkthroughStep;
  /** Its index. */
  selected: number;
  /** The steps resolved to full values (empty while the walkthrough has errors). */
  resolved: readonly ResolvedStep[];
  /** Where a step's scenario comes from, as one line. */
  sourceText(s: WalkthroughStep, index: number): string;
  /** Replaces the step's scenario with the scenario editor's current one. */
  onReplaceWithCurrent(): void;
  /** Opens the step's scenario in the scenario editor. */
  onOpenInEditor(): void;
}

/** Edits the selected step. */
export function StepForm({ step, selected, resolved, sourceText, onReplaceWithCurrent, onOpenInEditor }: StepFormProps) {
  const { t } = useTranslation('walkthrough');
  const { language, format } = useLanguage();
  const store = walkthroughStore();
  const both = useBothLanguages();

  const setPredict = (on: boolean) => {
    store.edit((d) => updateStep(d, selected, (s) => {
      if (!on) {
        delete s.predict;
        return;
      }
      const indicator: PredictableIndicator = 'residents';
      const name = (lang: 'zh' | 'en') => both[lang](`indicators.${indicator}`);
      s.predict = {
        indicator,
        year: PLAN_YEAR,
        question: { zh: both.zh('editor.defaultQuestion', { indicator: name('zh'), year: PLAN_YEAR }), en: both.en('editor.defaultQuestion', { indicator: name('en'), year: PLAN_YEAR }) },
      };
    }));
  };

  const lastYear = resolved[selected] ? resolved[selected].values.levers.endYear : 2035;
  const selectedResolved = resolved[selected];
  const answer = selectedResolved ? answerText(selectedResolved, t, format) : null;
  const lines = selectedResolved && selected > 0 && resolved[selected - 1] ? changeLines(selectedResolved.changed, resolved[selected - 1].values, language) : [];

  return (
    <section className="wt-step" aria-labelledby="wt-step-title" data-testid="walkthrough-step-form">
      <h3 id="wt-step-title" className="wt-step__title">{t('editor.stepNumber', { n: selected + 1 })}</h3>
      <BilingualField label={t('editor.title')} value={step.title} onChange={(title) => store.edit((d) => updateStep(d, selected, (s) => { s.title = title; }))} testId="walkthrough-step-title-input" />
      <BilingualField label={t('editor.notes')} value={step.notes} multiline onChange={(notes) => store.edit((d) => updateStep(d, selected, (s) => { s.notes = notes; }))} testId="walkthrough-step-notes" />

      <fieldset className="wt-field">
        <legend>{t('editor.charts')}</legend>
        {[0, 1].map((slot) => (
          <label key={slot} className="wt-field__inline">
            {t(slot === 0 ? 'editor.chartLeft' : 'editor.chartRight')}
            <select
              value={step.charts[slot]}
              data-testid={`walkthrough-chart-select-${slot}`}
              onChange={(e) => {
                const value = e.target.value;
                if (isWalkthroughChart(value)) store.edit((d) => updateStep(d, selected, (s) => { s.charts[slot] = value; }));
              }}
            >
              {WALKTHROUGH_CHARTS.map((c) => <option key={c} value={c}>{t(`chartNames.${c}`)}</option>)}
            </select>
          </label>
        ))}
      </fieldset>

      <fieldset className="wt-field">
        <legend>{t('editor.scenario')}</legend>
        <p className="wt-step__source">{sourceText(step, selected)}</p>
        {'changes' in step.scenario && Object.keys(step.scenario.changes).length > 0 && (
          <ul className="wt-step__changes">
            {Object.entries(step.scenario.changes).map(([id, value]) => (
              <li key={id}>{localized(valueSpec(id as ValueId).label, language)}: <strong>{formatSettingValue(valueSpec(id as ValueId), value, language)}</strong></li>
            ))}
          </ul>
        )}
        {selected > 0 && (
          <p className="wt-step__shown">
            {lines.length ? t('editor.shownAsChanged', { count: lines.length }) : t('present.nothingChanged')}
          </p>
        )}
        <div className="wt-step__buttons">
          <button type="button" className="button" onClick={onReplaceWithCurrent} data-testid="walkthrough-replace">{t('editor.replaceWithCurrent')}</button>
          <button type="button" className="button" onClick={onOpenInEditor} disabled={!selectedResolved}>{t('editor.openInEditor')}</button>
        </div>
      </fieldset>

      <fieldset className="wt-field">
        <legend>{t('editor.predict')}</legend>
        <label className="wt-field__inline">
          <input type="checkbox" checked={step.predict !== undefined} onChange={(e) => setPredict(e.target.checked)} data-testid="walkthrough-predict-toggle" />
          {t('editor.predictEnable')}
        </label>
        {step.predict && (
          <>
            <div className="wt-field__row">
              <label className="wt-field__inline">
                {t('editor.indicator')}
                <select
                  value={step.predict.indicator}
                  onChange={(e) => {
                    const indicator = e.target.value as PredictableIndicator;
                    if ((PREDICTABLE_INDICATORS as readonly string[]).includes(indicator)) store.edit((d) => updateStep(d, selected, (s) => { if (s.predict) s.predict.indicator = indicator; }));
                  }}
                >
                  {PREDICTABLE_INDICATORS.map((id) => <option key={id} value={id}>{t(`indicators.${id}`)}</option>)}
                </select>
              </label>
              <label className="wt-field__inline">
                {t('editor.year')}
                <input
                  type="number"
                  min={2020}
                  max={lastYear}
                  value={step.predict.year}
                  onChange={(e) => {
                    const year = Math.round(Number(e.target.value));
                    if (Number.isFinite(year) && year >= 2020 && year <= 2050) store.edit((d) => updateStep(d, selected, (s) => { if (s.predict) s.predict.year = year; }));
                  }}
                />
              </label>
            </div>
            <BilingualField label={t('editor.question')} value={step.predict.question} onChange={(question) => store.edit((d) => updateStep(d, selected, (s) => { if (s.predict) s.predict.question = question; }))} />
            <p className="wt-step__answer">{answer ? t('editor.answerPreview', { answer }) : t('editor.noAnswer', { year: step.predict.year })}</p>
          </>
        )}
      </fieldset>
    </section>
  );
}
