/**
 * Service demand per year: the projected population (residents incl. students, by sex and single age)
 * turned into places, classes, beds, caseloads and facilities by the norms (norm-specs.ts), plus the
 * schooling and urbanisation paths. Pure arithmetic; each formula is written out in `ServiceRow`'s
 * field comments and checked by hand in test/model/service-demand.
 */
import type { BySex } from '../engine/types';
import { LOCAL } from '../xiqing/hukou-states';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import { populationByAge } from '../xiqing/scenario/indicators';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import { ageGroupOf, personsIn, populationWithStatus } from './norm-population';
import { DEFAULT_NORMS, NORM_SPECS, type NormId, type NormValues } from './norm-specs';
import type { NormStatus } from './norms/norm-spec-common';
import { prevalenceByAge } from './prevalence';
import { schoolingPath } from './schooling';
import type { ServiceRow } from './service-row';
import { residentsAt, urbanisationAt } from './urbanisation';

/**
 * Whole units needed for `x` (classes, kindergartens, centres, doctors): rounded up, with a tolerance
 * of 1e-9 so that floating-point noise (e.g. 90.0000000001 children) does not add a class.
 */
export function wholeUnits(x: number): number {
  return Math.max(0, Math.ceil(x - 1e-9));
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

/**
 * The service-demand row of year index `t` (0 = 2020).
 *
 * @param run a scenario run (`runXiqing(levers)`)
 * @param norms norm values (`DEFAULT_NORMS` for the defaults)
 * @param t year index into `run.years`
 */
export function serviceDemand(run: ScenarioRun, norms: NormValues, t: number): ServiceRow {
  if (!(t >= 0 && t < run.years.length && Number.isInteger(t))) throw new RangeError(`year index ${t} is outside the run (0..${run.years.length - 1})`);
  const p = populationByAge(run, t);
  const residents = residentsAt(run, t);
  const yearsSince2020 = t;
  // Each norm is applied to the population its spec names (`appliesTo`): residents or Xiqing-hukou
  // residents, in an age group.
  const byStatus: Partial<Record<NormStatus, BySex<Float64Array>>> = { resident: p };
  const withStatus = (status: NormStatus) => (byStatus[status] ??= populationWithStatus(run, t, status));
  const base = (id: NormId): number => {
    const group = ageGroupOf(id, NORM_SPECS[id].appliesTo);
    return personsIn(withStatus(group.status), group);
  };
  /** Expected cases: the norm's prevalence by age (doubling every `doublingYears`) over its population. */
  const cases = (id: NormId, share: number, doublingYears: number): number => {
    const group = ageGroupOf(id, NORM_SPECS[id].appliesTo);
    const pop = withStatus(group.status);
    const prevalence = prevalenceByAge(share, doublingYears);
    let sum = 0;
    for (let x = group.fromAge; x <= Math.min(group.toAge, AGE_COUNT - 1); x++) sum += prevalence[x] * (pop.male[x] + pop.female[x]);
    return sum;
  };

  // Childcare: the plan's norm is per 1,000 residents; families' demand is a share of under-3s.
  const under3 = sumAges(p, 0, 2);
  const childcarePlacesByNorm = (base('childcarePlacesPer1000') * norms.childcarePlacesPer1000) / 1000;
  const childcarePlacesByDemand = base('childcareDemandRate') * norms.childcareDemandRate;
  const childcareSupply = norms.childcareSupply2020 + norms.childcarePlacesAddedPerYear * yearsSince2020;

  // Preschool: places for ages 3–5 by the enrolment norm; classes per age band, since class sizes differ.
  const byAge = (x: number): number => p.male[x] + p.female[x];
  const enrol = norms.preschoolEnrolment;
  const age3to5 = byAge(3) + byAge(4) + byAge(5);
  const preschoolPlaces = base('preschoolEnrolment') * enrol;
  const preschoolClasses =
    wholeUnits((byAge(3) * enrol) / norms.kindergartenClassSizeAge3) +
    wholeUnits((byAge(4) * enrol) / norms.kindergartenClassSizeAge4) +
    wholeUnits((byAge(5) * enrol) / norms.kindergartenClassSizeAge5);
  // Today's kindergarten places: the 2020 gross enrolment applied to the 2020 ages 3–5.
  const group2020 = ageGroupOf('preschoolEnrolment2020', NORM_SPECS.preschoolEnrolment2020.appliesTo);
  const preschoolSupply =
    norms.preschoolEnrolment2020 * personsIn(t === 0 ? withStatus(group2020.status) : populationWithStatus(run, 0, group2020.status), group2020) +
    norms.preschoolPlacesAddedPerYear * yearsSince2020;

  // Compulsory education: every resident child is a pupil.
  const age6to11 = sumAges(p, 6, 11);
  const age12to14 = sumAges(p, 12, 14);
  const age6to14 = age6to11 + age12to14;

  // Elderly.
  const age60plus = sumAges(p, 60, 100);
  const age65plus = sumAges(p, 65, 100);
  const careBeds = (base('careBedsPer1000Elderly') * norms.careBedsPer1000Elderly) / 1000;
  const healthManagedElderly = base('healthManagementRate') * norms.healthManagementRate;

  const schooling = schoolingPath(run, norms).years[t];
  const urban = urbanisationAt(run, norms, t);

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
    primaryClasses: wholeUnits(base('primaryClassSize') / norms.primaryClassSize),
    age12to14,
    juniorPlaces: age12to14,
    juniorClasses: wholeUnits(base('juniorClassSize') / norms.juniorClassSize),
    nonLocalPupilShare: age6to14 > 0 ? Math.min(1, nonLocalAges(run, t, 6, 14) / age6to14) : 0,
    age60plus,
    age65plus,
    age80plus: sumAges(p, 80, 100),
    // Three separate groups that overlap (a person with dementia is often also unable to care for
    // themselves): each is its own figure and they are never added into one demand.
    careDependentElderly: cases('careDependentShare60plus', norms.careDependentShare60plus, norms.disabilityDoublingYears),
    disabledElderly: cases('disabledShare60plus', norms.disabledShare60plus, norms.disabilityDoublingYears),
    dementiaElderly: cases('dementiaShare60plus', norms.dementiaShare60plus, norms.dementiaDoublingYears),
    careBeds,
    nursingBeds: careBeds * norms.nursingBedShare,
    dayCareCentres: wholeUnits(base('elderlyPerDayCareCentre') / norms.elderlyPerDayCareCentre),
    mealServiceUsers: base('mealServiceRate') * norms.mealServiceRate,
    healthManagedElderly,
    familyDoctors: wholeUnits(healthManagedElderly / norms.elderlyPerFamilyDoctor),
    meanSchoolingYears16to59: schooling.meanYears16to59,
    collegeShare16to59: schooling.collegeShare16to59,
    urbanisation: urban.urbanisation,
    urbanResidents: urban.urban,
    ruralResidents: urban.rural,
  };
}

/** Service rows for every year of the run (2020..endYear). */
export function serviceRows(run: ScenarioRun, norms: NormValues = DEFAULT_NORMS): ServiceRow[] {
  return run.years.map((_, t) => serviceDemand(run, norms, t));
}
