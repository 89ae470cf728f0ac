/**
 * The walkthrough editor: the steps in order (select, move up/down, remove), the selected step's
 * titles, trainer notes, charts and "predict first" question in both languages, adding the scenario
 * editor's current scenario as a step, and opening and saving walkthrough files through the host.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../src/model/xiqing/levers/lever-spec';
import { valueOverrides, valueSpec, type ScenarioValues, type ValueId } from '../../../src/model/scenario-values';
import {
  PREDICTABLE_INDICATORS, WALKTHROUGH_CHARTS, type PredictableIndicator, type ResolvedStep, type WalkthroughFile, type WalkthroughStep,
} from '../../../src/model/walkthrough-file/walkthrough-file';
import { useAppServices } from '../app/app-context';
import { formatLeverValue, localized } from '../format/lever-format';
import { useLanguage } from '../i18n/use-language';
import { PLAN_YEAR } from '../results/plan-targets';
import { changedCount, scenarioName } from '../state/scenario';
import { useAppState } from '../state/use-app-state';
import { answerText } from './presenter-state';
import { useResolution } from './use-resolution';
import { openWalkthroughFile, saveWalkthroughFile, type WalkthroughNotice } from './walkthrough-files';
import { PRESET_VALUES } from './walkthrough-presets';
import { changeLines } from './walkthrough-results';
import {
  canMove, canRemove, DEFAULT_CHARTS, insertSteps, isWalkthroughChart, moveStep, newWalkthrough, removeStep, replacementScenario,
  stepsForScenario, updateStep, updateWalkthrough, type ChartPair, type StepOrigin,
} from './walkthrough-steps';
import { useWalkthrough, walkthroughStore } from './walkthrough-store';

type Text = { zh: string; en: string };

/** Two text boxes, Chinese and English, for one bilingual field. */
function BilingualField({ label, value, onChange, multiline, testId }: { label: string; value: Text; onChange(value: Text): void; multiline?: boolean; testId?: string }) {
  const { t } = useTranslation('walkthrough');
  const id = useId();
  const box = (lang: 'zh' | 'en') => {
    const common = {
      id: `${id}-${lang}`,
      value: value[lang],
      lang: lang === 'zh' ? 'zh-CN' : 'en',
      maxLength: 2000,
      'data-testid': testId ? `${testId}-${lang}` : undefined,
      onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }),
    };
    return (
      <div className="wt-field__lang" key={lang}>
        <label htmlFor={common.id} className="wt-field__lang-label">{t(`editor.lang.${lang}`)}</label>
        {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      </div>
    );
  };
  return (
    <fieldset className="wt-field">
      <legend>{label}</legend>
      {box('zh')}
      {box('en')}
    </fieldset>
  );
}

/** Both languages' walkthrough strings (for default titles and questions written in both). */
function useBothLanguages() {
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

export function WalkthroughEditor({ onPresent }: { onPresent(index: number): void }) {
  const { t } = useTranslation('walkthrough');
  const { t: tMain } = useTranslation();
  const { language, format } = useLanguage();
  const { host, store: appStore } = useAppServices();
  const store = walkthroughStore();
  const doc = useWalkthrough((s) => s.doc) as WalkthroughFile;
  const selected = useWalkthrough((s) => s.selected);
  const dirty = useWalkthrough((s) => s.dirty);
  const filePath = useWalkthrough((s) => s.filePath);
  const fileName = useWalkthrough((s) => s.fileName);
  const resolution = useResolution();
  const active = useAppState((state) => state.entries[state.activeId].scenario);
  const both = useBothLanguages();
  const [notice, setNotice] = useState<WalkthroughNotice | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [focusAfterMove, setFocusAfterMove] = useState<{ index: number; action: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const resolved: readonly ResolvedStep[] = resolution?.ok ? resolution.steps : [];
  const text = (value: Text) => (language === 'zh-CN' ? value.zh : value.en);
  const step: WalkthroughStep | undefined = doc.steps[selected];
  const currentValues: ScenarioValues = { levers: active.levers, norms: active.norms };
  const activeName = scenarioName(active, language, (n) => tMain('presetDialog.copySuffix', { n }));

  useEffect(() => {
    if (!focusAfterMove) return;
    const button = list.current?.querySelector<HTMLButtonElement>(`[data-step-index="${focusAfterMove.index}"] [data-action="${focusAfterMove.action}"]`);
    // A button disabled by the move (e.g. "up" on the first step) hands the focus to the step itself.
    (button && !button.disabled ? button : list.current?.querySelector<HTMLButtonElement>(`[data-step-index="${focusAfterMove.index}"] [data-action="select"]`))?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const titleFor = useStepTitles();

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
    appStore.openFile({ format: 'xiqing-population-scenario', version: 1, name: name.slice(0, 200), description: '', levers: valueOverrides(values), notes: '' }, null);
    host.emit('menu:view', 'editor');
  };

  const move = (index: number, delta: -1 | 1, action: string) => {
    if (!canMove(doc, index, delta)) return;
    store.edit((d) => moveStep(d, index, delta), index + delta);
    setFocusAfterMove({ index: index + delta, action });
  };

  const remove = (index: number) => {
    if (!canRemove(doc, index)) return;
    store.edit((d) => removeStep(d, index), Math.max(0, index - 1));
    setFocusAfterMove({ index: Math.max(0, index - 1), action: 'select' });
  };

  const onStepKey = (event: ReactKeyboardEvent, index: number) => {
    // Alt+↑ / Alt+↓ move the step, as in many list editors; ↑ / ↓ alone move the selection.
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1, 'select');
    } else if (!event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const next = Math.max(0, Math.min(doc.steps.length - 1, index + (event.key === 'ArrowUp' ? -1 : 1)));
      store.select(next);
      setFocusAfterMove({ index: next, action: 'select' });
    }
  };

  const suggestedName = () => text(doc.title).trim() || t('editor.untitled');
  const save = async (as: boolean) => {
    setNotice(null);
    const result = await saveWalkthroughFile(host, doc, { path: filePath, as, suggestedName: suggestedName() }, t).catch(() => null);
    if (!result) return;
    if ('saved' in result) {
      store.saved(result.saved.path, result.saved.name);
      setNotice(result.notice);
    } else setNotice(result);
  };
  const open = async () => {
    setNotice(null);
    const result = await openWalkthroughFile(host, t).catch(() => null);
    if (!result) return;
    if ('doc' in result) {
      store.open(result.doc, { filePath: result.path, fileName: result.name, mode: 'edit' });
      setNotice({ kind: 'info', text: t('files.opened', { name: result.name }) });
    } else setNotice(result);
  };
  const close = () => {
    if (dirty && !confirmClose) {
      setConfirmClose(true);
      return;
    }
    setConfirmClose(false);
    store.close();
  };

  const sourceText = (s: WalkthroughStep, index: number) => {
    const scenario = s.scenario;
    if ('preset' in scenario) {
      const preset = PRESET_VALUES.find((p) => p.id === scenario.preset);
      return t('editor.source.preset', { name: preset ? text(preset.name) : scenario.preset });
    }
    if ('file' in scenario) return t('editor.source.file', { name: scenario.file });
    const count = Object.keys(scenario.changes).length;
    return index === 0 ? t('editor.source.invalidFirst') : count === 0 ? t('editor.source.same') : t('editor.source.changes', { count });
  };

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
  const errors = resolution && !resolution.ok ? resolution.errors : [];
  const selectedResolved = resolved[selected];
  const answer = selectedResolved ? answerText(selectedResolved, t, format) : null;
  const lines = selectedResolved && selected > 0 && resolved[selected - 1] ? changeLines(selectedResolved.changed, resolved[selected - 1].values, language) : [];

  return (
    <div className="wt-editor" data-testid="walkthrough-editor">
      <div className="wt-editor__bar">
        <h2 className="wt-editor__heading">
          {t('editor.heading')}
          <span className="wt-editor__file">{fileName ?? t('editor.unsavedFile')}{dirty ? ` · ${t('editor.modified')}` : ''}</span>
        </h2>
        <div className="wt-editor__actions">
          <button type="button" className="button wt-editor__present" onClick={() => onPresent(0)} disabled={!doc.steps.length || errors.length > 0} data-testid="walkthrough-present-start">
            ▶ {t('editor.present')}
          </button>
          <button type="button" className="button" onClick={() => onPresent(selected)} disabled={!doc.steps.length || errors.length > 0} data-testid="walkthrough-present-selected">
            {t('editor.presentFromSelected', { n: selected + 1 })}
          </button>
          <button type="button" className="button" onClick={() => void host.openPresenter().catch(() => undefined)}>{t('present.presenter')}</button>
          <span className="wt-editor__sep" aria-hidden="true" />
          <button type="button" className="button" onClick={() => void open()} data-testid="walkthrough-open">{t('editor.open')}</button>
          <button type="button" className="button" onClick={() => void save(false)} data-testid="walkthrough-save">{t('editor.save')}</button>
          <button type="button" className="button" onClick={() => void save(true)} data-testid="walkthrough-save-as">{t('editor.saveAs')}</button>
          <button type="button" className="button" onClick={close} data-testid="walkthrough-close">{confirmClose ? t('editor.closeAnyway') : t('editor.close')}</button>
          {confirmClose && <button type="button" className="button" onClick={() => setConfirmClose(false)}>{t('editor.cancel')}</button>}
        </div>
      </div>
      {(notice || confirmClose) && (
        <p className={`wt-editor__notice wt-editor__notice--${confirmClose ? 'error' : notice?.kind}`} role={confirmClose || notice?.kind === 'error' ? 'alert' : 'status'} data-testid="walkthrough-notice">
          {confirmClose ? t('editor.unsavedWarning') : notice?.text}
        </p>
      )}
      {errors.length > 0 && (
        <div className="wt-editor__errors" role="alert">
          <p>{t('editor.errors')}</p>
          <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}

      <details className="wt-editor__details">
        <summary>{t('editor.aboutWalkthrough')}: <strong>{text(doc.title) || t('editor.untitled')}</strong></summary>
        <BilingualField label={t('editor.walkthroughTitle')} value={doc.title} onChange={(title) => store.edit((d) => updateWalkthrough(d, (w) => { w.title = title; }))} testId="walkthrough-title" />
        <BilingualField label={t('editor.description')} value={doc.description} multiline onChange={(description) => store.edit((d) => updateWalkthrough(d, (w) => { w.description = description; }))} />
      </details>

      <div className="wt-editor__main">
        <section className="wt-steps" aria-labelledby="wt-steps-title">
          <h3 id="wt-steps-title" className="wt-steps__title">{t('editor.steps', { count: doc.steps.length })}</h3>
          {doc.steps.length === 0 && <p className="wt-steps__empty">{t('editor.noSteps')}</p>}
          <ol className="wt-steps__list" ref={list} data-testid="walkthrough-steps">
            {doc.steps.map((s, i) => (
              <li key={i} className="wt-steps__item" data-step-index={i} aria-current={i === selected ? 'step' : undefined}>
                <button type="button" className="wt-steps__select" data-action="select" onClick={() => store.select(i)} onKeyDown={(e) => onStepKey(e, i)} aria-pressed={i === selected} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown">
                  <span className="wt-steps__n">{i + 1}</span>
                  <span className="wt-steps__text">
                    <span className="wt-steps__name">{text(s.title) || t('editor.untitledStep')}</span>
                    <span className="wt-steps__source">{sourceText(s, i)}{s.predict ? ` · ${t('editor.hasQuestion')}` : ''}</span>
                  </span>
                </button>
                <span className="wt-steps__actions">
                  <button type="button" className="button button--icon" data-action="up" onClick={() => move(i, -1, 'up')} disabled={!canMove(doc, i, -1)} aria-label={t('editor.moveUp', { n: i + 1 })} title={t('editor.moveUp', { n: i + 1 })}>↑</button>
                  <button type="button" className="button button--icon" data-action="down" onClick={() => move(i, 1, 'down')} disabled={!canMove(doc, i, 1)} aria-label={t('editor.moveDown', { n: i + 1 })} title={t('editor.moveDown', { n: i + 1 })}>↓</button>
                  <button type="button" className="button button--icon" data-action="remove" onClick={() => remove(i)} disabled={!canRemove(doc, i)} aria-label={t('editor.remove', { n: i + 1 })} title={t('editor.remove', { n: i + 1 })}>✕</button>
                </span>
              </li>
            ))}
          </ol>
          <div className="wt-steps__add">
            <button type="button" className="button wt-steps__add-button" onClick={addCurrent} data-testid="walkthrough-add-current">+ {t('editor.addCurrent')}</button>
            <p className="wt-steps__hint">{t('editor.addCurrentHint', { name: activeName, count: changedCount(active) })}</p>
            <p className="wt-steps__hint">{t('editor.orderRule')}</p>
          </div>
        </section>

        {step ? (
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
                    <li key={id}>{localized(valueSpec(id as ValueId).label, language)}: <strong>{formatLeverValue(valueSpec(id as ValueId), value, language)}</strong></li>
                  ))}
                </ul>
              )}
              {selected > 0 && (
                <p className="wt-step__shown">
                  {lines.length ? t('editor.shownAsChanged', { count: lines.length }) : t('present.nothingChanged')}
                </p>
              )}
              <div className="wt-step__buttons">
                <button type="button" className="button" onClick={replaceWithCurrent} data-testid="walkthrough-replace">{t('editor.replaceWithCurrent')}</button>
                <button type="button" className="button" onClick={openInEditor} disabled={!selectedResolved}>{t('editor.openInEditor')}</button>
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
        ) : (
          <section className="wt-step wt-step--empty"><p>{t('editor.selectStep')}</p></section>
        )}
      </div>
    </div>
  );
}

/** Creates a new walkthrough whose first step is the editor's current scenario. */
export function newWalkthroughFromScenario(input: {
  values: ScenarioValues; presetId: string | null; title: Localized; titleFor(origin: StepOrigin): Localized;
}): WalkthroughFile {
  const doc = newWalkthrough(input.title);
  const steps = stepsForScenario({ current: input.values, previous: null, presets: PRESET_VALUES, preferredPreset: input.presetId, titleFor: input.titleFor, charts: DEFAULT_CHARTS });
  return insertSteps(doc, -1, steps);
}
