/**
 * What one probabilistic run computes. The full report (every indicator and service column, with the
 * cohort schooling model) costs several times a projection; the app's bands and tiles need only the
 * headline indicators and the services on its charts, so {@link headlineEvaluator} computes those
 * alone. A test holds its service values equal to the full service rows.
 */
import { scenarioReport } from '../scenario-report';
import { PLAN_TARGETS, type PlanTarget } from '../services/plan-targets';
import { urbanisationAt } from '../services/urbanisation';
import { runXiqing } from '../xiqing/model';
import { indicatorRows } from '../xiqing/scenario/indicators';
import type { Evaluator, OutputRows } from './probabilistic-run';

/** Every report column (indicators and services). */
export const fullEvaluator: Evaluator = (values) => scenarioReport(values).rows;

/** The fields {@link headlineEvaluator} gives: the charts' and tiles' indicators and services. */
export const HEADLINE_FIELDS = [
  'residents', 'hukouPopulation', 'local', 'tianjin', 'outside', 'births', 'deaths', 'e0', 'tfr',
  'age0to14Share', 'age15to64Share', 'age60plusShare', 'age65plusShare', 'age80plusShare', 'oldAgeDependency',
  'age0to2', 'age3to5', 'age60plus', 'age65plus',
  'childcarePlacesByNorm', 'childcareSupply', 'childcareSupplyPer1000', 'careBeds', 'nursingBeds',
  'preschoolAttainableEnrolment', 'urbanisation',
] as const;

/**
 * Indicator rows plus the services on the app's charts and tiles (childcare places by the norm and
 * available, care beds, preschool enrolment the available places allow, urbanisation), by the
 * formulas of services/demand.ts.
 */
export const headlineEvaluator: Evaluator = (values): OutputRows => {
  const run = runXiqing(values.levers);
  const rows = indicatorRows(run);
  const n = values.norms;
  const base3to5 = rows[0].age3to5;
  return rows.map((r, t) => {
    const childcareSupply = n.childcareSupply2020 + n.childcarePlacesAddedPerYear * t;
    const careBeds = (r.age60plus * n.careBedsPer1000Elderly) / 1000;
    const preschoolSupply = n.preschoolEnrolment2020 * base3to5 + n.preschoolPlacesAddedPerYear * t;
    return {
      ...(r as unknown as Record<string, number>),
      childcarePlacesByNorm: (r.residents * n.childcarePlacesPer1000) / 1000,
      childcareSupply,
      childcareSupplyPer1000: r.residents > 0 ? (childcareSupply / r.residents) * 1000 : 0,
      careBeds,
      nursingBeds: careBeds * n.nursingBedShare,
      preschoolAttainableEnrolment: r.age3to5 > 0 ? Math.min(1, preschoolSupply / r.age3to5) : 1,
      urbanisation: urbanisationAt(run, n, t).urbanisation,
    };
  });
};

/** The plan targets {@link headlineEvaluator} can check (all but those needing the schooling model). */
export const HEADLINE_TARGETS: readonly PlanTarget[] = PLAN_TARGETS.filter(
  (p) => p.measure.kind === 'norm' || (HEADLINE_FIELDS as readonly string[]).includes(p.measure.field),
);
