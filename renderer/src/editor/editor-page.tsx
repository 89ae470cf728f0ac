/** The scenario editor: lever cards on the left, live results on the right. */
import { useLayoutEffect } from 'react';
import { useModelResults } from '../model/use-model-results';
import { markResultsRendered } from '../testing/instrumentation';
import { ResultsPanel } from '../results/results-panel';
import { useActiveEntry, useAppState } from '../state/use-app-state';
import { LeverPanel } from './lever-panel';

export function EditorPage() {
  const { scenario } = useActiveEntry();
  const live = useAppState((state) => state.lastChange === 'live');
  const results = useModelResults(scenario.levers, scenario.norms);
  // After every chart's layout effect (children's run first): the lever move is drawn (bench:ui).
  useLayoutEffect(() => markResultsRendered(results.startedAt, results.elapsedMs, performance.now()), [results]);
  return (
    <div className="editor">
      <LeverPanel />
      <ResultsPanel results={results} live={live} />
    </div>
  );
}
