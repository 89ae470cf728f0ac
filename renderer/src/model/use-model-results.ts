/**
 * Model results that follow the active scenario's values, recomputed at most once per animation
 * frame. The run happens in the frame callback and its render is flushed synchronously there, so the
 * charts draw the new numbers before that frame is painted.
 *
 * A run takes about 1–2 ms (bench:ui prints it), far under the 8 ms budget at which it would move to
 * a Web Worker, so it stays on the main thread.
 */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LeverValues, NormValues } from '@model';
import { markResultsRendered } from '../testing/instrumentation';
import { createFrameScheduler } from './frame-scheduler';
import { computeResults, type ModelResults } from './model-results';

export function useModelResults(levers: LeverValues, norms: NormValues): ModelResults {
  const [results, setResults] = useState(() => computeResults(levers, norms));
  const scheduler = useMemo(
    () =>
      createFrameScheduler<{ levers: LeverValues; norms: NormValues }>((input) => {
        // eslint-disable-next-line react-hooks/purity -- runs in the scheduled frame, not during render: the compiler cannot see that
        const frameStart = performance.now();
        const next = computeResults(input.levers, input.norms);
        flushSync(() => setResults(next));
        // eslint-disable-next-line react-hooks/purity -- as above: a frame callback, not render
        markResultsRendered(frameStart, next.elapsedMs, performance.now());
      }),
    [],
  );
  useEffect(() => {
    if (levers !== results.levers || norms !== results.norms) scheduler.request({ levers, norms });
  }, [levers, norms, results, scheduler]);
  useEffect(() => () => scheduler.cancel(), [scheduler]);
  return results;
}
