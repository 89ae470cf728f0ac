/**
 * Reference markers a comparison draws beside the scenarios' lines and values: today the plan's 2025
 * targets (the same `PLAN_TARGETS` the editor's tiles and checklist use), later other target sets and
 * observed figures. Every chart, table and export asks this one function what to draw, so a new target
 * set or an observed series shows up everywhere at once.
 */
import type { Localized } from '../xiqing/levers/lever-spec';
import { checkTarget, PLAN_TARGETS, type Comparison as TargetComparison, type PlanTarget } from '../service-demand/plan-targets';
import type { IndicatorId } from '../indicators/indicator-registry';

/** How a scenario's value stands against a target: within it, or outside it on one side. */
export type MarkerStatus = 'met' | 'above' | 'below';

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
  comparison: TargetComparison;
  /** For '≈': relative tolerance (0.01 = ±1%). */
  tolerance?: number;
  /** Name of the set the marker belongs to, e.g. the plan. */
  set: Localized;
  /** The source's own wording. */
  source: Localized;
  /** The target as the model defines it (for {@link markerStatus}). */
  target: PlanTarget;
}

/** A named set of targets (the plan's, or one loaded later). */
export interface TargetSet {
  id: string;
  name: Localized;
  targets: readonly PlanTarget[];
}

/** The plan's targets: the active set unless a caller passes others. */
export const PLAN_TARGET_SET: TargetSet = {
  id: 'plan',
  name: { zh: '“十四五”规划目标', en: 'Plan target (2021–2025)' },
  targets: PLAN_TARGETS,
};

/**
 * The markers to draw for `indicator`: every target of the active sets that measures this indicator
 * (targets on norms are assumptions, not indicators, and are never drawn on a chart), in year order.
 *
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
        id: `${set.id}:${target.id}`,
        indicator,
        year: target.year,
        value: target.target,
        comparison: target.comparison,
        ...(target.tolerance === undefined ? {} : { tolerance: target.tolerance }),
        set: set.name,
        source: target.source,
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

/** Where `value` stands against a marker, by the model's own rule (`checkTarget`). */
export function markerStatus(marker: TargetMarker, value: number): { status: MarkerStatus; gap: number } {
  const { met, gap } = checkTarget(marker.target, value);
  return { status: met ? 'met' : gap < 0 ? 'below' : 'above', gap };
}
