import {
  type ContinuationRule,
  type FitMigrationLever,
  type FitResult,
  fittedScenarioFile,
  fitToObserved,
  type LeverValues,
  type NormValues,
  type ObservationsFile,
  type ScenarioFile,
} from '@model';
/**
 * "Fit to observed" as the app does it: the model's fit of the active scenario, the fitted scenario's
 * file, and the tables the panel shows. Pure apart from running the model.
 */

/** What the user chose in the panel. */
export interface FitChoice {
  rule: 'hold' | 'mean' | 'return';
  k: number;
  returnYear: number;
  migrationLever: FitMigrationLever | 'auto';
  scaleVital: boolean;
}

export const DEFAULT_FIT_CHOICE: FitChoice = { rule: 'hold', k: 3, returnYear: 2030, migrationLever: 'auto', scaleVital: false };

export function ruleOf(choice: FitChoice): ContinuationRule {
  if (choice.rule === 'mean') return { kind: 'mean', k: Math.max(1, Math.round(choice.k)) };
  if (choice.rule === 'return') return { kind: 'return', byYear: Math.round(choice.returnYear) };
  return { kind: 'hold' };
}

export type FitOutcome =
  | { ok: true; result: Extract<FitResult, { ok: true }>; file: Omit<ScenarioFile, 'format' | 'version'> }
  | { ok: false; reason: string };

/** Fits the scenario `source` (its shown name, values) to the observations. */
export function fitScenario(
  source: { name: string; notes: string; levers: LeverValues; norms: NormValues },
  observed: Omit<ObservationsFile, 'format' | 'version'>,
  choice: FitChoice,
): FitOutcome {
  const rule = ruleOf(choice);
  const result = fitToObserved(source.levers, observed, { rule, migrationLever: choice.migrationLever, scaleVital: choice.scaleVital });
  if (!result.ok) return result;
  return { ok: true, result, file: fittedScenarioFile(source, source.norms, observed.name, result, rule) };
}
