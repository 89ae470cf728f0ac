// The pyramids section of the Compare page: baseline and one partner on one axis, one year slider.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type BySex, residentsByAgeByYear, type ScenarioResult } from '@model';
import { ChartPanel } from '../charts/chart-panel';
import { YearSlider } from '../charts/year-slider';
import { ChartExportContext } from '../export';
import { useCompareState, useCompareStore } from './compare-context';
import type { ComparisonBodyProps } from './comparison-body';
import { pyramidPartner } from './compare-store';
import { comparePyramidViewModels } from './pyramids-view-model';

const byAgeCache = new WeakMap<ScenarioResult, readonly BySex<Float64Array>[]>();
/** Residents by sex and single age for every year of a run: the sums its service rows were computed from (read-only). */
function byAgeOf(result: ScenarioResult): readonly BySex<Float64Array>[] {
  let byAge = byAgeCache.get(result);
  if (!byAge) {
    byAge = residentsByAgeByYear(result.run).slice(0, result.rows.length);
    byAgeCache.set(result, byAge);
  }
  return byAge;
}

/** The baseline's pyramid beside a partner's (chosen when there are more than two), for one year. */
export function ComparePyramids({ comparison, scenarios, ctx, exported }: ComparisonBodyProps) {
  const { t } = useTranslation('compare');
  const compare = useCompareStore();
  const state = useCompareState();
  const sliderId = useId();
  const partnerId = useId();
  const partner = pyramidPartner(state);
  const partnerIndex = Math.max(1, scenarios.findIndex((s) => s.key === partner?.key));
  const shown = scenarios.length > 1 ? [0, partnerIndex] : [0];
  const years = comparison.years;
  const index = years.includes(state.pyramidYear) ? years.indexOf(state.pyramidYear) : years.length - 1;
  const year = years[index];
  const vms = useMemo(() => {
    const sides = shown.map((i) => ({
      ...scenarios[i],
      byAge: byAgeOf(comparison.scenarios[i]).slice(0, years.length),
    }));
    return comparePyramidViewModels(sides, years, index, ctx);
    // `shown` is derived from partnerIndex and the number of scenarios.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shown is a new array each render; its inputs are listed instead
  }, [comparison, scenarios, partnerIndex, years, index, ctx]);

  return (
    <section className="compare__section" aria-labelledby="compare-pyramids-title">
      <div className="compare__section-head">
        <h3 id="compare-pyramids-title" className="compare__section-title">{t('pyramid.title')}</h3>
        <div className="compare-pyramids__controls">
          {scenarios.length > 2 && (
            <>
              <label htmlFor={partnerId}>{t('pyramid.compareWith')}</label>
              <select id={partnerId} value={scenarios[partnerIndex].key} onChange={(event) => compare.setPyramidKey(event.target.value)} data-testid="pyramid-partner">
                {scenarios.slice(1).map((s) => <option key={s.key} value={s.key}>{s.name}</option>)}
              </select>
            </>
          )}
          <label htmlFor={sliderId}>{t('pyramid.year')}</label>
          <YearSlider id={sliderId} years={years} year={year} onYear={(chosen) => compare.setPyramidYear(chosen)} testId="pyramid-year" />
          <output htmlFor={sliderId} className="compare-pyramids__year">{year}</output>
        </div>
      </div>
      <div className="compare-pyramids">
        {vms.map((vm, i) => (
          // Each pyramid shows one scenario: its image's caption names that one.
          <ChartExportContext.Provider key={vm.key} value={{ scenarios: exported.slice(shown[i], shown[i] + 1) }}>
            <ChartPanel vm={vm} live className="compare-pyramid" exportYear={year} />
          </ChartExportContext.Provider>
        ))}
      </div>
      <p className="muted compare__note">{t('pyramid.sharedAxis')}</p>
    </section>
  );
}
