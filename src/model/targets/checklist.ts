/**
 * The target checklist: a scenario's value against each target of a set in a chosen year, with where
 * it stands (met, above, below) and the gap.
 *
 * A set may hold targets for several years (a plan's 2025 and a draft 2030). For a chosen year each
 * indicator is checked against its target for that year, or else its target in the nearest year (the
 * later one on a tie), so the plan's 2025 figures can be read against any year of the run as before.
 */
import { type IndicatorId, isIndicatorId } from '../indicators/indicator-registry';
import { indicatorValue, runIndicatorValue, type ScenarioRows } from '../indicators/indicator-value';
import type { NormValues } from '../service-demand/norm-specs';
import type { Localized } from '../xiqing/levers/lever-spec';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { TargetMeasure } from './target-indicators';
import { targetStatus, type TargetKind, type TargetStatus } from './target-status';
import type { PlanTarget } from './targets-file';

/** One line of the checklist. */
export interface PlanTargetRow {
  id: string;
  indicator: string;
  label: Localized;
  /** The year the target is set for (may differ from the checked year). */
  targetYear: number;
  target: number;
  kind: TargetKind;
  /** For "about": relative tolerance. */
  tolerance?: number;
  /** The scenario's value in the checked year, in the target's unit (shares as fractions). */
  value: number;
  status: TargetStatus;
  met: boolean;
  /** value − target, in the target's unit (negative: below the target). */
  gap: number;
  unit: Localized;
  share: boolean;
  /** Where the value comes from: a projected indicator or a norm (assumption). */
  measure: TargetMeasure;
  source: string;
}

/** A value checked against one target: where it stands, whether that is met, and value − target. */
export function checkTarget(target: Pick<PlanTarget, 'target' | 'kind' | 'tolerance'>, value: number): { status: TargetStatus; met: boolean; gap: number } {
  const status = targetStatus(value, target.target, target.kind, target.tolerance);
  return { status, met: status === 'met', gap: value - target.target };
}

/** For each indicator of the set, the target that applies to `year` (same year, else the nearest; later on a tie). */
export function targetsForYear(targets: readonly PlanTarget[], year: number): PlanTarget[] {
  const chosen = new Map<string, PlanTarget>();
  for (const t of targets) {
    const current = chosen.get(t.indicator);
    const better = !current
      || Math.abs(t.year - year) < Math.abs(current.year - year)
      || (Math.abs(t.year - year) === Math.abs(current.year - year) && t.year > current.year);
    if (better) chosen.set(t.indicator, t);
  }
  // Keep the set's own order.
  return targets.filter((t) => chosen.get(t.indicator) === t);
}

/** The target for `indicator` in exactly `year`, if the set has one. */
export function targetFor(targets: readonly PlanTarget[], indicator: string, year: number): PlanTarget | undefined {
  return targets.find((t) => t.indicator === indicator && t.year === year);
}

/**
 * The checklist of a scenario in one year against a target set.
 *
 * @param run a scenario run
 * @param norms norm values
 * @param year calendar year within the run
 * @param targets the active target set's targets
 * @param rows the run's indicator and service rows under `norms`, when the caller has them (the
 *   editor): values are read from them instead of computing each target's year again (the same
 *   numbers: the rows are computed from the same run)
 * @throws RangeError if the year is not in the run
 */
export function targetChecklist(run: ScenarioRun, norms: NormValues, year: number, targets: readonly PlanTarget[], rows?: ScenarioRows): PlanTargetRow[] {
  const t = year - BASE_YEAR;
  if (!Number.isInteger(t) || t < 0 || t >= run.years.length) {
    throw new RangeError(`year ${year} is outside the run (${run.years[0]}..${run.years[run.years.length - 1]})`);
  }
  // From the caller's rows where they hold the value, else computed for the year alone.
  const measured = (field: IndicatorId): number => (rows && indicatorValue(rows, field, year)) ?? runIndicatorValue(run, norms, t, field);
  return targetsForYear(targets, year).map((p) => {
    if (p.measure.kind === 'indicator' && !isIndicatorId(p.measure.field)) throw new RangeError(`target ${p.id}: no indicator ${JSON.stringify(p.measure)}`);
    const value = p.measure.kind === 'norm' ? norms[p.measure.norm] : measured(p.measure.field as IndicatorId);
    return {
      id: p.id,
      indicator: p.indicator,
      label: p.label,
      targetYear: p.year,
      target: p.target,
      kind: p.kind,
      ...(p.tolerance === undefined ? {} : { tolerance: p.tolerance }),
      value,
      ...checkTarget(p, value),
      unit: p.unit,
      share: p.share,
      measure: p.measure,
      source: p.source,
    };
  });
}
