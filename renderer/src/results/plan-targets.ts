/**
 * The plan's targets as the model defines them (src/model/service-demand/plan-targets.ts): the tiles and
 * the checklist read targets, tolerances and the "met" rule from there, never from numbers of their own.
 */
import { PLAN_TARGETS, targetFor, type PlanTarget } from '@model';

/** The plan's horizon: the year of its targets and of the headline tiles. */
export const PLAN_YEAR = 2025;

/** The plan target with this id (e.g. "residents", "hukouPopulation"). */
export function planTarget(id: string): PlanTarget {
  const target = PLAN_TARGETS.find((p) => p.id === id);
  if (!target) throw new Error(`the model has no plan target "${id}"`);
  return target;
}

/** The active set's target for an indicator in `year`, if the set has one. */
export function activeTargetFor(targets: readonly PlanTarget[], indicator: string, year: number): PlanTarget | undefined {
  return targetFor(targets, indicator, year);
}
