/** The scenario editor: lever cards on the left, live results on the right. */
import { useModelResults } from '../model/use-model-results';
import { ResultsPanel } from '../results/results-panel';
import { useActiveEntry, useAppState } from '../state/use-app-state';
import { LeverPanel } from './lever-panel';

export function EditorPage() {
  const { scenario } = useActiveEntry();
  const live = useAppState((state) => state.lastChange === 'live');
  const results = useModelResults(scenario.levers, scenario.norms);
  return (
    <div className="editor">
      <LeverPanel />
      <ResultsPanel results={results} live={live} />
    </div>
  );
}
