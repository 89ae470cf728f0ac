/**
 * Uncertainty bands that follow the editor's values: while the switch is on, every change of the
 * values asks the band host for a new run (superseding the last); the bands shown are those of the
 * values on screen, or none while a newer run is under way (never bands of other values).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LeverValues, NormValues, ProbabilisticResult } from '@model';
import { markBandsShown } from '../testing/instrumentation';
import { APP_RUNS, APP_SEED } from './band-request';
import { createBandHost, type BandHost } from './band-host';

export interface BandsState {
  /** The result for the values on screen, or null (switch off, still computing, or failed). */
  result: ProbabilisticResult | null;
  /** A run for the current values is under way. */
  computing: boolean;
  error: string | null;
}

export function useBands(enabled: boolean, levers: LeverValues, norms: NormValues): BandsState {
  const host = useRef<BandHost | null>(null);
  const [state, setState] = useState<{ for: unknown; result: ProbabilisticResult | null; error: string | null }>({ for: null, result: null, error: null });
  // Asked in the commit that shows the new values (a layout effect, not after the paint): the worker
  // starts on them a frame sooner, and the request supersedes the last at once.
  useLayoutEffect(() => {
    if (!enabled) return;
    const h = (host.current ??= createBandHost());
    const key = { levers, norms };
    const askedAt = performance.now();
    h.request({ levers, norms }, APP_RUNS, APP_SEED, (reply) => {
      setState(reply.ok ? { for: key, result: reply.result, error: null } : { for: key, result: null, error: reply.error });
      if (reply.ok) markBandsShown(askedAt, reply.elapsedMs);
    });
  }, [enabled, levers, norms]);
  useEffect(
    () => () => {
      host.current?.dispose();
      host.current = null;
    },
    [],
  );
  if (!enabled) return { result: null, computing: false, error: null };
  const current = state.for as { levers: LeverValues; norms: NormValues } | null;
  // Until the reply for these values arrives, the last reply belongs to other values: show none.
  if (!current || current.levers !== levers || current.norms !== norms) return { result: null, computing: true, error: null };
  return { result: state.result, computing: state.result === null && state.error === null, error: state.error };
}
