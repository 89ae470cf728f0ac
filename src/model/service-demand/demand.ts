/**
 * Service demand per year: the projected population (residents incl. students, by sex and single age)
 * turned into places, classes, beds, caseloads and facilities by the norms (norm-specs.ts), plus the
 * schooling and urbanisation paths. Pure arithmetic; each formula is written out in `ServiceRow`'s
 * field comments and checked by hand in test/model/service-demand.
 */
import type { BySex } from '../engine/types';
import { LOCAL } from '../xiqing/hukou-states';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import { type AgeGroupBase, ageGroupOf, personsIn } from './norm-population';
import { DEFAULT_NORMS, NORM_SPECS, type NormId, type NormValues } from './norm-specs';
import { prevalenceByAge } from './prevalence';
import { type RunPopulations, runPopulations } from './run-populations';
import { type SchoolingSummary, schoolingSummary } from './schooling';
import type { ServiceRow } from './service-row';
import { urbanisationOf } from './urbanisation';

/**
 * Whole units needed for `x` (classes, kindergartens, centres, doctors): rounded up, with a tolerance
 * of 1e-9 so that floating-point noise (e.g. 90.0000000001 children) does not add a class.
 */
export function wholeUnits(x: number): number {
  return Math.max(0, Math.ceil(x - 1e-9));
}

/** Persons of both sexes at age `x`. */
function bothSexes(p: BySex<Float64Array>, x: number): number {
  return p.male[x] + p.female[x];
}

function sumAges(p: BySex<Float64Array>, from: number, to: number): number {
  let s = 0;
  for (let x = from; x <= Math.min(to, AGE_COUNT - 1); x++) s += p.male[x] + p.female[x];
  return s;
}

/** Persons aged from..to in the non-local states (tianjin, outside), non-students. */
function nonLocalAges(run: ScenarioRun, t: number, from: number, to: number): number {
  const pop = run.projection.population[t];
  let s = 0;
  for (let state = 0; state < run.projection.states; state++) {
    if (state === LOCAL) continue;
    for (let sex = 0; sex < 2; sex++) for (let x = from; x <= to; x++) s += pop[(state * 2 + sex) * AGE_COUNT + x];
  }
  return s;
}

/** The norms that are rates on people: each is applied to the age group its spec names. */
const GROUP_NORMS = [
  'childcarePlacesPer1000', 'childcareDemandRate', 'preschoolEnrolment', 'preschoolEnrolment2020', 'primaryClassSize',
  'juniorClassSize', 'careBedsPer1000Elderly', 'healthManagementRate', 'elderlyPerDayCareCentre', 'mealServiceRate',
  'careDependentShare60plus', 'disabledShare60plus', 'dementiaShare60plus',
] as const satisfies readonly NormId[];
type GroupNorm = (typeof GROUP_NORMS)[number];

/** Each norm's age group, read from its spec's `appliesTo` (once per set of rows, not per year and row). */
function normGroups(): Record<GroupNorm, AgeGroupBase> {
  const groups = {} as Record<GroupNorm, AgeGroupBase>;
  for (const id of GROUP_NORMS) groups[id] = ageGroupOf(id, NORM_SPECS[id].appliesTo);
  return groups;
}

/** What every year's row of one run under one set of norms shares: computed once per {@link serviceRows} call. */
interface DemandContext {
  run: ScenarioRun;
  /** The run's populations by year (summed once per run). */
  pops: RunPopulations;
  norms: NormValues;
  /** Prevalence by single age of the three elderly groups, fractions (memoised by prevalence.ts). */
  careDependent: Float64Array;
  disabled: Float64Array;
  dementia: Float64Array;
  schooling: SchoolingSummary;
  groups: Record<GroupNorm, AgeGroupBase>;
}

function demandContext(run: ScenarioRun, norms: NormValues): DemandContext {
  return {
    run,
    pops: runPopulations(run),
    norms,
    careDependent: prevalenceByAge(norms.careDependentShare60plus, norms.disabilityDoublingYears),
    disabled: prevalenceByAge(norms.disabledShare60plus, norms.disabilityDoublingYears),
    dementia: prevalenceByAge(norms.dementiaShare60plus, norms.dementiaDoublingYears),
    schooling: schoolingSummary(run, norms),
    groups: normGroups(),
  };
}

/**
 * The service-demand row of year index `t` (0 = 2020).
 *
 * @param run a scenario run (`runXiqing(levers)`)
 * @param norms norm values (`DEFAULT_NORMS` for the defaults)
 * @param t year index into `run.years`
 */
export function serviceDemand(run: ScenarioRun, norms: NormValues, t: number): ServiceRow {
  if (!(t >= 0 && t < run.years.length && Number.isInteger(t))) throw new RangeError(`year index ${t} is outside the run (0..${run.years.length - 1})`);
  return demandRow(demandContext(run, norms), t);
}

/** Each norm is applied to the population its spec names (`appliesTo`): residents or Xiqing-hukou residents, in an age group; persons. */
function normBase(pops: RunPopulations, t: number, group: AgeGroupBase): number {
  return personsIn(pops.withStatus(t, group.status), group);
}

/** Expected cases in a norm's population: its prevalence by age (doubling with age) times the persons of each age, persons. */
function expectedCases(pops: RunPopulations, t: number, group: AgeGroupBase, prevalence: Float64Array): number {
  const pop = pops.withStatus(t, group.status);
  let sum = 0;
  for (let x = group.fromAge; x <= Math.min(group.toAge, AGE_COUNT - 1); x++) sum += prevalence[x] * (pop.male[x] + pop.female[x]);
  return sum;
}

/** The row of year index `t` (checked by the caller). */
function demandRow(ctx: DemandContext, t: number): ServiceRow {
  const { run, pops, norms, groups } = ctx;
  const p = pops.residentsByAge(t);
  const residents = pops.residents(t);
  const yearsSince2020 = t;

  // Childcare: the plan's norm is per 1,000 residents; families' demand is a share of under-3s.
  const under3 = sumAges(p, 0, 2);
  const childcarePlacesByNorm = (normBase(pops, t, groups.childcarePlacesPer1000) * norms.childcarePlacesPer1000) / 1000;
  const childcarePlacesByDemand = normBase(pops, t, groups.childcareDemandRate) * norms.childcareDemandRate;
  const childcareSupply = norms.childcareSupply2020 + norms.childcarePlacesAddedPerYear * yearsSince2020;

  // Preschool: places for ages 3–5 by the enrolment norm; classes per age band, since class sizes differ.
  const enrol = norms.preschoolEnrolment;
  const age3to5 = bothSexes(p, 3) + bothSexes(p, 4) + bothSexes(p, 5);
  const preschoolPlaces = normBase(pops, t, groups.preschoolEnrolment) * enrol;
  const preschoolClasses =
    wholeUnits((bothSexes(p, 3) * enrol) / norms.kindergartenClassSizeAge3) +
    wholeUnits((bothSexes(p, 4) * enrol) / norms.kindergartenClassSizeAge4) +
    wholeUnits((bothSexes(p, 5) * enrol) / norms.kindergartenClassSizeAge5);
  // Today's kindergarten places: the 2020 gross enrolment applied to the 2020 ages 3–5.
  const group2020 = groups.preschoolEnrolment2020;
  const preschoolSupply =
    norms.preschoolEnrolment2020 * personsIn(pops.withStatus(0, group2020.status), group2020) +
    norms.preschoolPlacesAddedPerYear * yearsSince2020;

  // Compulsory education: every resident child is a pupil.
  const age6to11 = sumAges(p, 6, 11);
  const age12to14 = sumAges(p, 12, 14);
  const age6to14 = age6to11 + age12to14;

  // Elderly.
  const age60plus = sumAges(p, 60, 100);
  const age65plus = sumAges(p, 65, 100);
  const careBeds = (normBase(pops, t, groups.careBedsPer1000Elderly) * norms.careBedsPer1000Elderly) / 1000;
  const healthManagedElderly = normBase(pops, t, groups.healthManagementRate) * norms.healthManagementRate;

  const urban = urbanisationOf(residents, pops.residents(0), norms, t);

  return {
    year: run.years[t],
    under3,
    childcarePlacesByNorm,
    childcarePlacesByDemand,
    childcareSupply,
    childcareSupplyPer1000: residents > 0 ? (childcareSupply / residents) * 1000 : 0,
    childcareGap: Math.max(0, childcarePlacesByNorm - childcareSupply),
    childcareGapByDemand: Math.max(0, childcarePlacesByDemand - childcareSupply),
    age3to5,
    preschoolPlaces,
    preschoolClasses,
    kindergartens: wholeUnits(preschoolPlaces / norms.maxChildrenPerKindergarten),
    preschoolSupply,
    preschoolGap: Math.max(0, preschoolPlaces - preschoolSupply),
    preschoolAttainableEnrolment: age3to5 > 0 ? Math.min(1, preschoolSupply / age3to5) : 1,
    age6to11,
    primaryPlaces: age6to11,
    primaryClasses: wholeUnits(normBase(pops, t, groups.primaryClassSize) / norms.primaryClassSize),
    age12to14,
    juniorPlaces: age12to14,
    juniorClasses: wholeUnits(normBase(pops, t, groups.juniorClassSize) / norms.juniorClassSize),
    nonLocalPupilShare: age6to14 > 0 ? Math.min(1, nonLocalAges(run, t, 6, 14) / age6to14) : 0,
    age60plus,
    age65plus,
    age80plus: sumAges(p, 80, 100),
    // Three separate groups that overlap (a person with dementia is often also unable to care for
    // themselves): each is its own figure and they are never added into one demand.
    careDependentElderly: expectedCases(pops, t, groups.careDependentShare60plus, ctx.careDependent),
    disabledElderly: expectedCases(pops, t, groups.disabledShare60plus, ctx.disabled),
    dementiaElderly: expectedCases(pops, t, groups.dementiaShare60plus, ctx.dementia),
    careBeds,
    nursingBeds: careBeds * norms.nursingBedShare,
    dayCareCentres: wholeUnits(normBase(pops, t, groups.elderlyPerDayCareCentre) / norms.elderlyPerDayCareCentre),
    mealServiceUsers: normBase(pops, t, groups.mealServiceRate) * norms.mealServiceRate,
    healthManagedElderly,
    familyDoctors: wholeUnits(healthManagedElderly / norms.elderlyPerFamilyDoctor),
    meanSchoolingYears16to59: ctx.schooling.meanYears16to59[t],
    collegeShare16to59: ctx.schooling.collegeShare16to59[t],
    urbanisation: urban.urbanisation,
    urbanResidents: urban.urban,
    ruralResidents: urban.rural,
  };
}

/** Service rows for every year of the run (2020..endYear). */
export function serviceRows(run: ScenarioRun, norms: NormValues = DEFAULT_NORMS): ServiceRow[] {
  const ctx = demandContext(run, norms);
  return run.years.map((_, t) => demandRow(ctx, t));
}
