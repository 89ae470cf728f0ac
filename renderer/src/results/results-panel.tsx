/** The right side of the editor: tiles, charts and the checklist, all from one model run. */
import { memo, useCallback, useMemo, useState } from 'react';
import { useAppServices } from '../app/app-context';
import { useAfterFirstPaint } from '../app/use-after-first-paint';
import { ageSharesViewModel } from '../charts/age-shares-view-model';
import { birthsDeathsViewModel } from '../charts/births-deaths-view-model';
import { ChartPanel } from '../charts/chart-panel';
import { PyramidPanel } from '../charts/pyramid-panel';
import { residentsViewModel } from '../charts/residents-view-model';
import { serviceDemandViewModel } from '../charts/service-demand-view-model';
import { GoalSeekPanel } from '../goal-seek/goal-seek-panel';
import { useViewContext } from '../i18n/use-view-context';
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
import { BandsSwitch } from '../uncertainty/bands-switch';
import { TornadoPanel } from '../uncertainty/tornado-panel';
import { useBands, type FollowValues } from '../uncertainty/use-bands';
import { useBandsSetting } from '../uncertainty/bands-setting';

// Panels that read the stores themselves: memoised so a new model run does not re-render them.
const GoalSeek = memo(GoalSeekPanel);
const Observed = memo(ObservedPanel);

/** Memoised: a lever input re-renders the editor at once, but results change only in the next frame. */
export const ResultsPanel = memo(function ResultsPanel({ results, live }: { results: ModelResults; live: boolean }) {
  const ctx = useViewContext();
  const belowTheFold = useAfterFirstPaint();
  const [checkYear, setCheckYear] = useState(PLAN_YEAR);
  const [showBands, setShowBands] = useBandsSetting();
  const { rows, services, norms, run, levers } = results;
  const { store } = useAppServices();
  // The editor's values as they change, so a band request leaves before the new line is drawn.
  const follow = useCallback<FollowValues>(
    (listener) => store.subscribe(() => {
      const { entries, activeId } = store.getState();
      listener(entries[activeId].scenario.levers, entries[activeId].scenario.norms);
    }),
    [store],
  );
  const targets = useActiveTargets().targets;
  const bands = useBands(showBands, levers, norms, targets, follow);
  const probabilities = useMemo(
    () => (!showBands ? undefined : bands.result ? Object.fromEntries(bands.result.targets.map((p) => [p.id, p.probability])) : ('pending' as const)),
    [showBands, bands.result],
  );
  const observed = useObservations()?.file ?? null;
  const headline = useMemo(
    () => headlineViewModel({ rows, services, norms, targets, observed, probabilities }, ctx),
    [rows, services, norms, targets, observed, probabilities, ctx],
  );
  const residents = useMemo(() => residentsViewModel(rows, ctx, { targets, observed, bands: bands.result }), [rows, ctx, targets, observed, bands.result]);
  const ageShares = useMemo(() => ageSharesViewModel(rows, ctx, bands.result), [rows, ctx, bands.result]);
  const birthsDeaths = useMemo(() => birthsDeathsViewModel(rows, ctx, observed), [rows, ctx, observed]);
  const serviceDemand = useMemo(
    () => serviceDemandViewModel(services, norms.childcarePlacesPer1000, ctx, bands.result),
    [services, norms, ctx, bands.result],
  );
  const years = useMemo(() => rows.map((r) => r.year), [rows]);
  // The end-year lever can shorten the run below the chosen year: then check the last year.
  const year = years.includes(checkYear) ? checkYear : years[years.length - 1];
  // The checklist reads the rows the tiles and charts read (the same run), computing nothing again.
  const targetRows = useMemo(() => targetChecklist(run, norms, year, targets, { rows, services }), [run, norms, year, targets, rows, services]);
  const checklist = useMemo(() => checklistViewModel(targetRows, years, year, ctx), [targetRows, years, year, ctx]);

  return (
    <div className="results">
      <BandsSwitch on={showBands} onChange={setShowBands} state={bands} />
      {headline && <HeadlineTiles vm={headline} />}
      <div className="charts">
        <ChartPanel vm={residents} live={live} className="chart-panel--wide" />
        <ChartPanel vm={ageShares} live={live} />
        <ChartPanel vm={birthsDeaths} live={live} />
        <PyramidPanel results={results} live={live} />
        <ChartPanel vm={serviceDemand} live={live} />
      </div>
      {/* Below the fold: after the first paint, so the page's start shows the charts first. */}
      {belowTheFold && (
        <>
          <TargetChecklist vm={checklist} onYear={setCheckYear} picker={<TargetSetPicker />} />
          <TornadoPanel levers={levers} norms={norms} years={years} />
          <GoalSeek />
          <Observed />
        </>
      )}
    </div>
  );
});
