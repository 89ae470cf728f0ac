/**
 * Reference markers a comparison draws beside the scenarios' lines and values: today the plan's 2025
 * targets (the same `PLAN_TARGETS` the editor's tiles and checklist use), later other target sets and
 * observed figures. Every chart, table and export asks this one function what to draw, so a new target
 * set or an observed series shows up everywhere at once.
 */
import type { Localized } from '../xiqing/levers/lever-spec';
import { checkTarget, PLAN_TARGET_SET, type PlanTarget, type TargetSet } from '../service-demand/plan-targets';
import type { TargetKind, TargetStatus } from '../targets/target-status';
import type { IndicatorId } from '../indicators/indicator-registry';

/** How a scenario's value stands against a target: met, or outside it on one side (by the target's kind). */
export type MarkerStatus = TargetStatus;

/** The comparison sign of a target kind, for text: about ≈, at least ≥, at most ≤. */
export type MarkerComparison = '≈' | '≥' | '≤';
const SIGN: Readonly<Record<TargetKind, MarkerComparison>> = { about: '≈', atLeast: '≥', atMost: '≤' };

/** One reference point on an indicator: a target (a value to reach in a year). */
export interface TargetMarker {
  /** 'target' today; observed figures will be 'observed'. */
  kind: 'target';
  /** Unique within the markers of an indicator, e.g. "plan:residents". */
  id: string;
  indicator: IndicatorId;
  /** Calendar year the value applies to. */
  year: number;
  /** In the indicator's model unit (persons, fractions 0..1 …). */
  value: number;
  /** The target's kind as a sign (≈ about, ≥ at least, ≤ at most). */
  comparison: MarkerComparison;
  /** For "about": relative tolerance (0.01 = ±1%). */
  tolerance?: number;
  /** Name of the set the marker belongs to, e.g. the plan. */
  set: Localized;
  /** The source's own wording. */
  source: Localized;
  /** The target as the model defines it (for {@link markerStatus}). */
  target: PlanTarget;
}

/** The plan's set is named in both languages; a user's set by its own name. */
const PLAN_SET_NAME: Localized = { zh: '“十四五”规划目标', en: 'Plan target (2021–2025)' };
const setName = (set: TargetSet): Localized => (set === PLAN_TARGET_SET ? PLAN_SET_NAME : { zh: set.name, en: set.name });
const setId = (set: TargetSet): string => (set === PLAN_TARGET_SET ? 'plan' : set.name);

/**
 * The markers to draw for `indicator`: every target of the active sets that measures this indicator
 * (targets on norms are assumptions, not indicators, and are never drawn on a chart), in year order.
 *
 * @param sets the active target sets (the plan's by default)
 * @param years only markers in these years (e.g. the years a chart or table shows); all when omitted
 */
export function comparisonMarkers(indicator: IndicatorId, sets: readonly TargetSet[] = [PLAN_TARGET_SET], years?: readonly number[]): TargetMarker[] {
  const markers: TargetMarker[] = [];
  for (const set of sets) {
    for (const target of set.targets) {
      if (target.measure.kind !== 'indicator' || target.measure.field !== indicator) continue;
      if (years && !years.includes(target.year)) continue;
      markers.push({
        kind: 'target',
        id: `${setId(set)}:${target.id}`,
        indicator,
        year: target.year,
        value: target.target,
        comparison: SIGN[target.kind],
        ...(target.tolerance === undefined ? {} : { tolerance: target.tolerance }),
        set: setName(set),
        source: { zh: target.source, en: target.source },
        target,
      });
    }
  }
  return markers.sort((a, b) => a.year - b.year);
}

/** The marker for `indicator` in `year`, if any (the first of the active sets). */
export function markerFor(indicator: IndicatorId, year: number, sets: readonly TargetSet[] = [PLAN_TARGET_SET]): TargetMarker | undefined {
  return comparisonMarkers(indicator, sets, [year])[0];
}

/** Where `value` stands against a marker, by the model's own rule (`checkTarget`: an overshoot of "at least" is met). */
export function markerStatus(marker: TargetMarker, value: number): { status: MarkerStatus; gap: number } {
  const { status, gap } = checkTarget(marker.target, value);
  return { status, gap };
}
