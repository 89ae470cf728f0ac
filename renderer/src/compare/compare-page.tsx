// The Compare page: the chosen scenarios, computed together, laid out for export and reading.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMPARED_SCENARIOS } from '@model';
import type { ViewContext } from '../charts/chart-view-model';
import { ChartExportContext, openExportDialog, type ExportScenario } from '../export';
import { useLanguage } from '../i18n/use-language';
import { useViewContext } from '../i18n/use-view-context';
import { useAppState } from '../state/use-app-state';
import { useCompareState } from './compare-context';
import { sourceName, sourceValues } from './compare-names';
import { ComparisonBody } from './comparison-body';
import { ScenarioChips } from './scenario-chips';
import type { ComparedScenario } from './series-view-model';
import { useComparison, type CompareInput } from './use-comparison';
import './compare.css';

/**
 * Compare: a baseline and up to five more scenarios (presets, library scenarios, scenarios open in
 * the editor), each in its own colour everywhere on the page: the headline table with differences
 * from the baseline, overlaid charts per indicator, two pyramids on one axis with one year slider, and
 * the settings that differ. All numbers come from the model's compare module.
 */
export function ComparePage() {
  const { t } = useTranslation('compare');
  const { language } = useLanguage();
  const state = useCompareState();
  const entries = useAppState((s) => s.entries);
  const ctx: ViewContext = useViewContext('compare');
  const copySuffix = useMemo(() => (n: number) => t('copySuffix', { n }), [t]);

  const inputs = useMemo(
    () => state.items.flatMap((item): CompareInput[] => {
      const values = sourceValues(item.source, entries);
      return values ? [{ key: item.key, colour: item.colour, values }] : [];
    }),
    [state.items, entries],
  );
  const { inputs: computedFor, comparison } = useComparison(inputs);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const item of state.items) map.set(item.key, sourceName(item.source, entries, language, copySuffix));
    return map;
  }, [state.items, entries, language, copySuffix]);
  const scenarios: ComparedScenario[] = useMemo(
    () => computedFor.map((input) => ({ key: input.key, colour: input.colour, name: names.get(input.key) ?? '' })),
    [computedFor, names],
  );
  // What an export of this comparison covers (and what chart images name in their captions).
  const exported: ExportScenario[] = useMemo(
    () => computedFor.map((input) => ({ name: names.get(input.key) ?? '', levers: input.values.levers, norms: input.values.norms, colour: input.colour })),
    [computedFor, names],
  );
  const exportScope = useMemo(() => ({ scenarios: exported }), [exported]);

  return (
    <div className="compare" data-testid="compare">
      <div className="compare__inner">
        <header className="compare__head">
          <h2>{t('title')}</h2>
          <p className="muted">{t('intro', { max: MAX_COMPARED_SCENARIOS - 1 })}</p>
          <button
            type="button"
            className="button compare__export"
            disabled={exported.length === 0}
            onClick={() => openExportDialog({ scenarios: exported })}
            data-testid="compare-export"
          >
            {t('export')}
          </button>
        </header>
        <ScenarioChips items={state.items} names={names} />
        {comparison && scenarios.length > 0 ? (
          <ChartExportContext.Provider value={exportScope}>
            <ComparisonBody comparison={comparison} scenarios={scenarios} ctx={ctx} exported={exported} />
          </ChartExportContext.Provider>
        ) : (
          <p className="compare__empty">{t('empty')}</p>
        )}
      </div>
    </div>
  );
}
