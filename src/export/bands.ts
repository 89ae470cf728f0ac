/**
 * Uncertainty in the exports: each scenario's percentiles and target probabilities come from the
 * model's fast probabilistic runs (`runFastProbabilistic`, docs/uncertainty.md) with the default seed,
 * so an export shows the same numbers as the CLI's `--uncertainty` and the app's bands. Nothing here
 * computes a percentile; it only asks the model once per comparison and export and reads the answer.
 */
import { DEFAULT_SEED, PLAN_TARGET_SET, runFastProbabilistic, type Comparison, type PlanTarget, type ProbabilisticResult, type TargetSet } from '@model';

/** The charts that carry bands (the editor's: residents, hukou, ageing and the two service lines). */
export const BAND_INDICATORS: readonly string[] = ['residents', 'hukouPopulation', 'age60plusShare', 'age65plusShare', 'childcarePlacesByNorm', 'careBeds'];

/** The targets whose probabilities an export reports: every target of the active sets. */
export const exportTargets = (sets: readonly TargetSet[] | undefined): PlanTarget[] => (sets ?? [PLAN_TARGET_SET]).flatMap((s) => s.targets);

interface Cached {
  runs: number;
  sets: readonly TargetSet[] | undefined;
  results: ProbabilisticResult[];
}

// A deck asks for the bands of the same comparison several times (chart slides, findings, the sheet).
const cache = new WeakMap<Comparison, Cached>();

/**
 * Each scenario's probabilistic result (`runs` draws, default seed), in comparison order; the target
 * probabilities are those of the active sets.
 */
export function scenarioUncertainty(comparison: Comparison, runs: number, sets?: readonly TargetSet[]): ProbabilisticResult[] {
  const hit = cache.get(comparison);
  if (hit && hit.runs === runs && hit.sets === sets) return hit.results;
  const targets = exportTargets(sets);
  const results = comparison.scenarios.map((s) => runFastProbabilistic({ values: { levers: s.levers, norms: s.norms }, runs, seed: DEFAULT_SEED, targets }));
  cache.set(comparison, { runs, sets, results });
  return results;
}
