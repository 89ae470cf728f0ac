/**
 * "What differs": the levers (and service norms) whose values differ between compared scenarios, with
 * each scenario's value and the spec that says what the value means (label, unit, format, source).
 */
import { DEFAULT_NORMS, NORM_IDS, NORM_SPECS, type NormId, type NormSpec, type NormValues } from '../service-demand';
import type { LeverSpec } from '../xiqing/levers/lever-spec';
import { LEVER_IDS, LEVER_SPECS, type LeverId } from '../xiqing/levers/lever-specs';
import { DEFAULT_LEVERS, type LeverValue, type LeverValues } from '../xiqing/levers/lever-values';
import { samePathValue } from '../xiqing/levers/year-path';

/** A lever that differs. */
export interface DifferingLever {
  kind: 'lever';
  id: LeverId;
  spec: LeverSpec<LeverId>;
  /** Each scenario's value in the spec's stored unit (shares as fractions), baseline first; path levers may hold per-year paths. */
  values: LeverValue[];
  /** The default value, same unit. */
  defaultValue: LeverValue;
  /** Whether the scenarios disagree (false: they agree with each other but not with the default). */
  differsBetweenScenarios: boolean;
}

/** A service norm that differs. */
export interface DifferingNorm {
  kind: 'norm';
  id: NormId;
  spec: NormSpec<NormId>;
  values: number[];
  defaultValue: number;
  differsBetweenScenarios: boolean;
}

export type DifferingSetting = DifferingLever | DifferingNorm;

/** What {@link whatDiffers} needs of a scenario (a `NamedScenario` or a `ScenarioResult`). */
export interface ScenarioSettings {
  levers: LeverValues;
  norms?: NormValues;
}

/** Options of {@link whatDiffers}. */
export interface WhatDiffersOptions {
  /**
   * Also list settings on which the scenarios agree but which differ from the default (what an
   * assumptions table needs, and the only useful list for a single scenario). Default false.
   */
  includeChangedFromDefault?: boolean;
}

/**
 * Every lever, then every norm, whose value differs between any of the scenarios (in display order).
 * Norms are compared only if at least one scenario carries norms; a scenario without them uses the defaults.
 */
export function whatDiffers(scenarios: readonly ScenarioSettings[], options: WhatDiffersOptions = {}): DifferingSetting[] {
  const withDefaults = options.includeChangedFromDefault ?? false;
  const out: DifferingSetting[] = [];
  const differs = (values: LeverValue[], defaultValue: LeverValue): { keep: boolean; between: boolean } => {
    const between = values.some((v) => !samePathValue(v, values[0]));
    return { keep: between || (withDefaults && values.some((v) => !samePathValue(v, defaultValue))), between };
  };
  for (const id of LEVER_IDS) {
    const values = scenarios.map((s) => s.levers[id]);
    const { keep, between } = differs(values, DEFAULT_LEVERS[id]);
    if (keep) out.push({ kind: 'lever', id, spec: LEVER_SPECS[id], values, defaultValue: DEFAULT_LEVERS[id], differsBetweenScenarios: between });
  }
  if (scenarios.some((s) => s.norms !== undefined)) {
    for (const id of NORM_IDS) {
      const values = scenarios.map((s) => (s.norms ?? DEFAULT_NORMS)[id]);
      const { keep, between } = differs(values, DEFAULT_NORMS[id]);
      if (keep) out.push({ kind: 'norm', id, spec: NORM_SPECS[id], values, defaultValue: DEFAULT_NORMS[id], differsBetweenScenarios: between });
    }
  }
  return out;
}
