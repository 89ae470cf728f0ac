import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LeverValues, NormValues, PlanTarget, ProbabilisticResult } from '@model';
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

/** Tells `listener` of each change of the values (before React renders them); returns an unsubscribe. */
export type FollowValues = (listener: (levers: LeverValues, norms: NormValues) => void) => () => void;

/**
 * `targets`: the active set's, whose probabilities the result carries (a new set asks again).
 * `follow`, if given, reports value changes as they happen (the editor's store): the request then
 * goes to the worker before the deterministic line is rendered, not after.
 */
export function useBands(enabled: boolean, levers: LeverValues, norms: NormValues, targets?: readonly PlanTarget[], follow?: FollowValues): BandsState {
  const host = useRef<BandHost | null>(null);
  const [state, setState] = useState<{ for: unknown; result: ProbabilisticResult | null; error: string | null }>({ for: null, result: null, error: null });
  /** The request last sent: asking again for the same values and targets (store, then render) sends nothing. */
  const asked = useRef<{ levers: LeverValues; norms: NormValues; targets?: readonly PlanTarget[] } | null>(null);
  /** The targets on screen, for requests made from `follow` between renders. */
  const latestTargets = useRef(targets);
  const ask = useCallback((levers: LeverValues, norms: NormValues) => {
    const targets = latestTargets.current;
    if (asked.current?.levers === levers && asked.current.norms === norms && asked.current.targets === targets) return;
    const key = { levers, norms, targets };
    asked.current = key;
    const h = (host.current ??= createBandHost());
    const askedAt = performance.now();
    h.request({ levers, norms }, APP_RUNS, APP_SEED, (reply) => {
      setState(reply.ok ? { for: key, result: reply.result, error: null } : { for: key, result: null, error: reply.error });
      if (reply.ok) markBandsShown(askedAt, reply.elapsedMs);
    }, targets);
  }, []);
  // The values on screen, asked for in the commit that shows them (a layout effect, not after the
  // paint) if `follow` has not asked already; a request supersedes the last at once.
  useLayoutEffect(() => {
    latestTargets.current = targets;
    if (enabled) ask(levers, norms);
  }, [enabled, levers, norms, targets, ask]);
  useEffect(() => {
    if (!enabled) return undefined;
    const off = follow?.(ask);
    return () => {
      off?.();
      // Switched off: the next switch-on asks again, even for the same values.
      asked.current = null;
    };
  }, [enabled, follow, ask]);
  useEffect(
    () => () => {
      host.current?.dispose();
      host.current = null;
    },
    [],
  );
  if (!enabled) return { result: null, computing: false, error: null };
  const current = state.for as { levers: LeverValues; norms: NormValues; targets?: readonly PlanTarget[] } | null;
  // Until the reply for these values arrives, the last reply belongs to other values: show none.
  if (!current || current.levers !== levers || current.norms !== norms || current.targets !== targets) return { result: null, computing: true, error: null };
  return { result: state.result, computing: state.result === null && state.error === null, error: state.error };
}
