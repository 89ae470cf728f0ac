/** The right side of the editor: tiles, charts and the checklist, all from one model run. */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageSharesViewModel } from '../charts/age-shares-view-model';
import { birthsDeathsViewModel } from '../charts/births-deaths-view-model';
import { ChartPanel } from '../charts/chart-panel';
import { PyramidPanel } from '../charts/pyramid-panel';
import { residentsViewModel } from '../charts/residents-view-model';
import { serviceDemandViewModel } from '../charts/service-demand-view-model';
import { GoalSeekPanel } from '../goal-seek/goal-seek-panel';
import { useLanguage } from '../i18n/use-language';
import type { ModelResults } from '../model/model-results';
import { targetChecklist } from '@model';
import { ObservedPanel } from '../plan-data/observed-panel';
import { useActiveTargets, useObservations } from '../plan-data/plan-data-store';
import { TargetSetPicker } from '../plan-data/target-sets';
import { checklistViewModel } from './checklist-view-model';
import { HeadlineTiles } from './headline-tiles';
import { headlineViewModel } from './headline-view-model';
import { PLAN_YEAR } from './plan-targets';
import { TargetChecklist } from './target-checklist';

/** Memoised: a lever input re-renders the editor at once, but results change only in the next frame. */
export const ResultsPanel = memo(function ResultsPanel({ results, live }: { results: ModelResults; live: boolean }) {
  const { t } = useTranslation();
  const { format } = useLanguage();
  const [checkYear, setCheckYear] = useState(PLAN_YEAR);
  const ctx = useMemo(() => ({ t, format }), [t, format]);
  const { rows, services, norms, run } = results;
  const targets = useActiveTargets().targets;
  const observed = useObservations()?.file ?? null;
  const headline = useMemo(() => headlineViewModel({ rows, services, norms, targets, observed }, ctx), [rows, services, norms, targets, observed, ctx]);
  const residents = useMemo(() => residentsViewModel(rows, ctx, { targets, observed }), [rows, ctx, targets, observed]);
  const ageShares = useMemo(() => ageSharesViewModel(rows, ctx), [rows, ctx]);
  const birthsDeaths = useMemo(() => birthsDeathsViewModel(rows, ctx, observed), [rows, ctx, observed]);
  const serviceDemand = useMemo(() => serviceDemandViewModel(services, norms.childcarePlacesPer1000, ctx), [services, norms, ctx]);
  const years = useMemo(() => rows.map((r) => r.year), [rows]);
  // The end-year lever can shorten the run below the chosen year: then check the last year.
  const year = years.includes(checkYear) ? checkYear : years[years.length - 1];
  const targetRows = useMemo(() => targetChecklist(run, norms, year, targets), [run, norms, year, targets]);
  const checklist = useMemo(() => checklistViewModel(targetRows, years, year, ctx), [targetRows, years, year, ctx]);

  return (
    <div className="results">
      {headline && <HeadlineTiles vm={headline} />}
      <div className="charts">
        <ChartPanel vm={residents} live={live} className="chart-panel--wide" />
        <ChartPanel vm={ageShares} live={live} />
        <ChartPanel vm={birthsDeaths} live={live} />
        <PyramidPanel results={results} live={live} />
        <ChartPanel vm={serviceDemand} live={live} />
      </div>
      <TargetChecklist vm={checklist} onYear={setCheckYear} picker={<TargetSetPicker />} />
      <GoalSeekPanel />
      <ObservedPanel />
    </div>
  );
});
