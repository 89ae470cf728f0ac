/** The scenario editor: lever cards on the left, live results on the right. */
import { useEffect } from 'react';
import { useModelResults } from '../model/use-model-results';
import { markResultsRendered } from '../testing/instrumentation';
import { ResultsPanel } from '../results/results-panel';
import { useActiveEntry, useAppState } from '../state/use-app-state';
import { LeverPanel } from './lever-panel';

export function EditorPage() {
  const { scenario } = useActiveEntry();
  const live = useAppState((state) => state.lastChange === 'live');
  const results = useModelResults(scenario.levers, scenario.norms);
  // After every chart's update (bench:ui): react-chartjs-2 updates charts in effects, and a parent's
  // effects run after its children's. A lever input is a discrete event, for which React runs the
  // effects at the end of the same commit, so the move is still drawn before the frame is painted.
  useEffect(() => markResultsRendered(results.startedAt, results.elapsedMs, performance.now()), [results]);
  return (
    <div className="editor">
      <LeverPanel />
      <ResultsPanel results={results} live={live} />
    </div>
  );
}
