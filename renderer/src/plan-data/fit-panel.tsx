/**
 * "按实际数据校准 / Fit to observed": fits the active scenario to the observed figures (the model's
 * fit), opens the result as a new scenario named after its source — one Ctrl+Z takes its levers back
 * to the source's — saves it in the library, and shows what was fitted and the births and deaths
 * against the model.
 */
import { FIT_MIGRATION_LEVERS, LEVER_SPECS, type ObservationsFile, parseScenarioText, serializeScenario } from '@model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../app/app-context';
import { scenarioText } from '../app/scenario-files';
import { useLanguage } from '../i18n/use-language';
import { librarySessionFor } from '../library/library-session';
import { saveNames } from '../library/save-names';
import { scenarioName } from '../state/scenario';
import { DEFAULT_FIT_CHOICE, fitScenario, type FitChoice, type FitOutcome } from './fit-logic';
import { joinBilingual } from '@model';

export function FitPanel({ observed }: { observed: Omit<ObservationsFile, 'format' | 'version'> | null }) {
  const { t, i18n } = useTranslation('actuals');
  const { format, language } = useLanguage();
  const { host, store } = useAppServices();
  const [choice, setChoice] = useState<FitChoice>(DEFAULT_FIT_CHOICE);
  const [outcome, setOutcome] = useState<FitOutcome | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const usable = !!observed?.observations.some((o) => o.residents !== undefined || o.hukouPopulation !== undefined);
  const lever = (id: string) => (language === 'zh-CN' ? LEVER_SPECS[id as keyof typeof LEVER_SPECS].label.zh : LEVER_SPECS[id as keyof typeof LEVER_SPECS].label.en);
  const leverValue = (id: string, v: number) => (LEVER_SPECS[id as keyof typeof LEVER_SPECS].format === 'percent' ? format.share(v, 2) : format.number(v));

  const run = async () => {
    if (!observed || !usable) return;
    const { entries, activeId } = store.getState();
    const scenario = entries[activeId].scenario;
    // Both languages of the source's name, so the fitted scenario is named in both too.
    const name = joinBilingual({ zh: scenarioName(scenario, 'zh-CN', (n) => `(${n})`), en: scenarioName(scenario, 'en', (n) => ` (${n})`) });
    const fitted = fitScenario({ name, notes: scenario.notes, levers: scenario.levers, norms: scenario.norms }, observed, choice);
    setOutcome(fitted);
    if (!fitted.ok) {
      setStatus(t('fit.failed', { reason: fitted.reason }));
      return;
    }
    // A new scenario: the source's values under the fitted name, then the fit as one undoable step.
    const source = parseScenarioText(scenarioText(scenario));
    if (!source.ok) return;
    store.openFile({ ...source.scenario, name: fitted.file.name, description: fitted.file.description }, null);
    const changed = Object.fromEntries(Object.entries(fitted.result.levers).filter(([id]) => id !== 'endYear'));
    store.applyLevers(changed);
    const session = librarySessionFor(host, store);
    const saved = await session.saveActive(saveNames(session, store, i18n));
    // The file is checked by the model's loader on the way into the library; this confirms it would reload.
    const reloads = parseScenarioText(serializeScenario(fitted.file)).ok;
    setStatus(t('fit.done', { name: fitted.file.name }) + (saved && reloads ? '' : ' *'));
  };

  const set = (patch: Partial<FitChoice>) => setChoice((c) => ({ ...c, ...patch }));
  return (
    <section className="fit" data-testid="fit">
      <h3 className="section-title">{t('fit.title')}</h3>
      <div className="fit__form">
        <label>{t('fit.rule')}
          <select data-testid="fit-rule" value={choice.rule} onChange={(e) => set({ rule: e.target.value as FitChoice['rule'] })}>
            <option value="hold">{t('fit.rules.hold')}</option>
            <option value="mean">{t('fit.rules.mean', { k: choice.k })}</option>
            <option value="return">{t('fit.rules.return')}</option>
          </select>
        </label>
        {choice.rule === 'mean' && <label>{t('fit.k')}<input type="number" min={1} max={10} value={choice.k} onChange={(e) => set({ k: Number(e.target.value) })} /></label>}
        {choice.rule === 'return' && <label>{t('fit.returnYear')}<input type="number" min={2021} max={2050} value={choice.returnYear} onChange={(e) => set({ returnYear: Number(e.target.value) })} /></label>}
        <label>{t('fit.migrationLever')}
          <select data-testid="fit-lever" value={choice.migrationLever} onChange={(e) => set({ migrationLever: e.target.value as FitChoice['migrationLever'] })}>
            <option value="auto">{t('fit.auto')}</option>
            {FIT_MIGRATION_LEVERS.map((id) => <option key={id} value={id}>{lever(id)}</option>)}
          </select>
        </label>
        <label className="fit__check"><input type="checkbox" checked={choice.scaleVital} onChange={(e) => set({ scaleVital: e.target.checked })} /> {t('fit.scaleVital')}</label>
        <button type="button" className="button" data-testid="fit-run" disabled={!usable} onClick={() => void run()}>{t('fit.button')}</button>
      </div>
      {!usable && <p className="muted">{t('fit.needObserved')}</p>}
      <p role="status" data-testid="fit-status">{status ?? ''}</p>
      {outcome?.ok && (
        <>
          <table className="fit__table" data-testid="fit-table">
            <thead><tr><th scope="col">{t('observed.year')}</th><th scope="col">{t('fit.indicator')}</th><th scope="col">{t('fit.observed')}</th><th scope="col">{t('fit.model')}</th><th scope="col">{t('fit.lever')}</th><th scope="col">{t('fit.value')}</th></tr></thead>
            <tbody>
              {outcome.result.fit.map((r) => (
                <tr key={`${r.year}-${r.indicator}`}>
                  <td>{r.year}</td><td>{t(`observed.${r.indicator}`)}</td><td>{format.persons(r.observed)}</td><td>{format.persons(r.model)}</td><td>{lever(r.lever)}</td><td>{leverValue(r.lever, r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {outcome.result.vital.length > 0 && (
            <table className="fit__table" data-testid="fit-vital">
              <caption>{t('fit.gapTitle')}</caption>
              <thead><tr><th scope="col">{t('observed.year')}</th><th scope="col">{t('fit.indicator')}</th><th scope="col">{t('fit.observed')}</th><th scope="col">{t('fit.model')}</th><th scope="col">{t('fit.gap')}</th></tr></thead>
              <tbody>
                {outcome.result.vital.map((r) => (
                  <tr key={`${r.year}-${r.indicator}`}><td>{r.year}</td><td>{t(`observed.${r.indicator}`)}</td><td>{format.number(r.observed)}</td><td>{format.number(r.model)}</td><td>{format.number(r.gap)}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
