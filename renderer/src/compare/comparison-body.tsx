// The sections of a computed comparison: charts, headline table, pyramids and what differs.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Comparison, headlineTable } from '@model';
import { CompareAreaGaps } from '../areas/compare-area-gaps';
import type { ViewContext } from '../charts/chart-view-model';
import type { ExportScenario } from '../export';
import { useLanguage } from '../i18n/use-language';
import { CompareChart } from './compare-chart';
import { CHART_INDICATORS } from './compare-indicators';
import { Legend } from './compare-legend';
import { ComparePyramids } from './compare-pyramids';
import { HeadlineTableView, WhatDiffersTable } from './compare-tables';
import { CompareProbabilities } from '../uncertainty/compare-probabilities';
import { compareSeriesViewModel, type ComparedScenario } from './series-view-model';
import { headlineTableViewModel } from './table-view-model';
import { whatDiffersViewModel } from './what-differs-view-model';
import { useActiveTargets, useObservations } from '../plan-data/plan-data-store';

/** A computed comparison and how to show it. */
export interface ComparisonBodyProps {
  comparison: Comparison;
  scenarios: ComparedScenario[];
  ctx: ViewContext;
  /** The scenarios for exports, `exported[i]` is `scenarios[i]`. */
  exported: readonly ExportScenario[];
}

/** Every section of the page below the chips, for a computed comparison. */
export function ComparisonBody({ comparison, scenarios, ctx, exported }: ComparisonBodyProps) {
  const { t } = useTranslation('compare');
  const { language } = useLanguage();
  const observed = useObservations()?.file ?? null;
  const activeSet = useActiveTargets();
  const sets = useMemo(() => [activeSet], [activeSet]);
  const table = useMemo(() => headlineTableViewModel(headlineTable(comparison), scenarios, ctx, sets, observed), [comparison, scenarios, ctx, sets, observed]);
  const charts = useMemo(() => CHART_INDICATORS.map((indicator) => compareSeriesViewModel(comparison, indicator, scenarios, ctx, observed, sets)), [comparison, scenarios, ctx, observed, sets]);
  // One legend entry per kind of reference mark (e.g. the plan's targets), whichever charts draw it.
  const markers = useMemo(() => {
    const seen = new Map<string, { key: string; label: string; color: string }>();
    for (const s of charts.flatMap((vm) => vm.series.filter((series) => series.kind === 'marker'))) seen.set(s.label, { key: s.label, label: s.label, color: s.color });
    return [...seen.values()];
  }, [charts]);
  const differs = useMemo(() => whatDiffersViewModel(comparison.scenarios, language), [comparison, language]);
  return (
    <>
      <section className="compare__section" aria-labelledby="compare-charts-title">
        <div className="compare__section-head">
          <h3 id="compare-charts-title" className="compare__section-title">{t('charts.title')}</h3>
          <Legend scenarios={scenarios} markers={markers} />
        </div>
        <div className="compare-charts">
          {charts.map((vm) => <CompareChart key={vm.key} vm={vm} />)}
        </div>
      </section>
      <section className="compare__section" aria-labelledby="compare-table-title">
        <h3 id="compare-table-title" className="compare__section-title">{t('table.title')}</h3>
        <HeadlineTableView vm={table} />
      </section>
      <CompareProbabilities comparison={comparison} scenarios={scenarios} targets={activeSet.targets} />
      <ComparePyramids comparison={comparison} scenarios={scenarios} ctx={ctx} exported={exported} />
      <CompareAreaGaps comparison={comparison} scenarios={scenarios} />
      <section className="compare__section" aria-labelledby="compare-differs-title">
        <h3 id="compare-differs-title" className="compare__section-title">{t('differs.title')}</h3>
        <WhatDiffersTable rows={differs} scenarios={scenarios} />
      </section>
    </>
  );
}
