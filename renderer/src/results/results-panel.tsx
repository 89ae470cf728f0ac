/** The right side of the editor: tiles, charts and the checklist, all from one model run. */
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
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
const Tornado = memo(TornadoPanel);
const Checklist = memo(TargetChecklist);
// Memoised for the checklist's deferred render, which brings them the same view-models.
const Chart = memo(ChartPanel);
const Pyramid = memo(PyramidPanel);
/** One element for every render: the picker reads its own store and needs no re-render from here. */
const picker = <TargetSetPicker />;

/** Memoised: a lever input re-renders the editor at once, but results change only in the next frame. */
export const ResultsPanel = memo(function ResultsPanel({ results, live }: { results: ModelResults; live: boolean }) {
  const ctx = useViewContext();
  const belowTheFold = useAfterFirstPaint();
  const [checkYear, setCheckYear] = useState(PLAN_YEAR);
  const [showBands, setShowBands] = useBandsSetting();
  const { rows, services, norms, levers } = results;
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
  // The same array while the years are the same (they change only with the end-year lever), so the
  // memoised panels given them are not re-rendered by a new model run.
  const yearsKey = rows.map((r) => r.year).join();
  const years = useMemo(() => (yearsKey === '' ? [] : yearsKey.split(',').map(Number)), [yearsKey]);
  // The checklist, below the charts, follows a moment later: a lever move renders the tiles and the
  // charts first, then (React's deferred render, dropped if another move comes first) the checklist.
  const later = useDeferredValue(results);
  const laterYearsKey = later.rows.map((r) => r.year).join();
  const laterYears = useMemo(() => (laterYearsKey === '' ? [] : laterYearsKey.split(',').map(Number)), [laterYearsKey]);
  // The end-year lever can shorten the run below the chosen year: then check the last year.
  const year = laterYears.includes(checkYear) ? checkYear : laterYears[laterYears.length - 1];
  // The checklist reads the rows the tiles and charts read (the same run), computing nothing again.
  const targetRows = useMemo(
    () => targetChecklist(later.run, later.norms, year, targets, { rows: later.rows, services: later.services }),
    [later, year, targets],
  );
  const checklist = useMemo(() => checklistViewModel(targetRows, laterYears, year, ctx), [targetRows, laterYears, year, ctx]);

  return (
    <div className="results">
      <BandsSwitch on={showBands} onChange={setShowBands} state={bands} />
      {headline && <HeadlineTiles vm={headline} />}
      <div className="charts">
        <Chart vm={residents} live={live} className="chart-panel--wide" />
        <Chart vm={ageShares} live={live} />
        <Chart vm={birthsDeaths} live={live} />
        <Pyramid results={results} live={live} />
        <Chart vm={serviceDemand} live={live} />
      </div>
      {/* Below the fold: after the first paint, so the page's start shows the charts first. */}
      {belowTheFold && (
        <>
          <Checklist vm={checklist} onYear={setCheckYear} picker={picker} />
          <Tornado years={years} />
          <GoalSeek />
          <Observed />
        </>
      )}
    </div>
  );
});
