/**
 * The comparison of the chosen scenarios, from the model's compare module. Each scenario is run once
 * per set of values and kept (by the identity of its lever and norm objects, which immer keeps stable
 * while they do not change), so adding a scenario or editing one runs the model for that one only.
 */
import { compareScenarios, type Comparison, type ScenarioResult, type ScenarioValues } from '@model';

const results = new WeakMap<object, WeakMap<object, ScenarioResult>>();

/** One scenario's results, exactly as `compareScenarios` computes them. */
export function scenarioResult(values: ScenarioValues): ScenarioResult {
  let byNorms = results.get(values.levers);
  if (!byNorms) {
    byNorms = new WeakMap();
    results.set(values.levers, byNorms);
  }
  let result = byNorms.get(values.norms);
  if (!result) {
    result = compareScenarios([{ name: '', levers: values.levers, norms: values.norms }]).scenarios[0];
    byNorms.set(values.norms, result);
  }
  return result;
}

/**
 * The comparison of `values` (baseline first), the same as `compareScenarios` of them all: the years
 * are those every scenario reaches (an end-year lever may shorten one).
 */
export function compareValues(values: readonly ScenarioValues[]): Comparison {
  if (values.length === 0) throw new RangeError('a comparison needs at least one scenario');
  const scenarios = values.map(scenarioResult);
  const lastYear = Math.min(...scenarios.map((s) => s.rows[s.rows.length - 1].year));
  const years = scenarios[0].rows.map((r) => r.year).filter((y) => y <= lastYear);
  return { scenarios, years, hasServices: true };
}
