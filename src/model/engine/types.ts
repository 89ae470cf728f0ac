/**
 * Types of the cohort-component engine.
 *
 * Conventions follow the UN Population Division's CCMPP run (see
 * `data/reference/validation/README.md`): single-year ages 0..openAge, the last index is the
 * open group (openAge+), one step is one year, survival ratios in the UN index convention.
 *
 * Units: populations and migrant counts in persons; ASFR in births per woman per year;
 * SRB in male births per female birth; survival ratios are dimensionless (0..1).
 */

/** A value for each sex. */
export interface BySex<T> {
  male: T;
  female: T;
}

/** The two sexes in the order the engine stores them (0 = male, 1 = female). */
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * When net migrants enter within a step.
 * - `end`: all net migrants are added to the end-of-step population; they neither bear children nor die in the step.
 * - `even`: half at the start (exposed to survival), half at the end before births are computed.
 */
export type MigrationTiming = 'end' | 'even';

/** Age-specific vectors have length `openAge + 1`; index `openAge` is the open age group. */
export type AgeVector = Float64Array;

/** Rates of one state (sub-population) for one step t → t+1. */
export interface StepRates {
  /** Births per woman per year by age at the start of the step (ages 0 and openAge bear none). */
  asfr: AgeVector;
  /** Sex ratio at birth: male births per female birth (e.g. 1.058). */
  srb: number;
  /** Survival ratios, UN index convention: S[0] = L0/l0, S[x] = Lx/L(x−1), S[open] = T(open)/T(open−1). */
  survival: BySex<AgeVector>;
  /** Net migrant counts by age index (age at the end of the step) and sex, persons in the step. */
  netMigrants: BySex<AgeVector>;
  /**
   * Optional emigration as a rate on the stock, taken off the net migrants inside the step's pass (no
   * separate pass over the population): at age index 1 ≤ x < open the net migrants become
   * netMigrants[x] − rate·intensity[x]·P(x−1), at the open group
   * netMigrants[open] − rate·intensity[open]·(P(open−1) + P(open)), P being the start-of-step
   * population of the same state and sex (those who would be x at the end); age 0 has none. The
   * persons leaving are reported in {@link ProjectionResult.outflow}.
   */
  outflow?: StepOutflow;
}

/** Emigration of one state as a rate on its start-of-step population (see {@link StepRates.outflow}). */
export interface StepOutflow {
  /** Level, a fraction a year (finite, ≥ 0). */
  rate: number;
  /** Relative intensity by age index (finite, ≥ 0), the same for both sexes. */
  intensity: AgeVector;
}

/**
 * A transfer between states applied once per step, after survival, births and end-of-step migration:
 * `rate[sex][x]` is the share (0..1) of the source state's end-of-step population at age x that moves
 * to the destination state. Transfers never change the total population.
 */
export interface StateTransfer {
  from: number;
  to: number;
  rate: BySex<AgeVector>;
}

/** Everything one step of a multi-state projection needs. */
export interface MultiStateStepInputs {
  /** One entry per state. */
  rates: readonly StepRates[];
  /** Hukou settlement and other status changes; may be empty. */
  transfers: readonly StateTransfer[];
}

/** Results of a projection, one entry per year from the start year to the start year + steps. */
export interface ProjectionResult {
  /** First year (the base population's year). */
  startYear: number;
  /** Number of annual steps. */
  steps: number;
  /** Open age (e.g. 100). */
  openAge: number;
  /** Number of states. */
  states: number;
  /**
   * Population, persons, flattened: `population[t][(state * 2 + sexIndex) * (openAge + 1) + age]`
   * for t = 0..steps (t = 0 is the base).
   */
  population: Float64Array[];
  /**
   * Births in step t → t+1 by state and sex: `births[t][state * 2 + sexIndex]`, persons. Counted in
   * the state the newborns join (`birthState`, by default the mother's), so each state's balance
   * P(t+1) = P(t) + B − D + M + transfers in − transfers out holds.
   */
  births: Float64Array[];
  /**
   * Deaths in step t → t+1 by state and sex: `deaths[t][state * 2 + sexIndex]`, persons (deaths of the
   * start population, of first-half migrants under "even", and of the step's newborns).
   */
  deaths: Float64Array[];
  /** Net migrants in step t → t+1 by state and sex, persons (the counts actually added, after caps). */
  netMigration: Float64Array[];
  /**
   * Emigrants of step t → t+1 by state and sex given as rates ({@link StepRates.outflow}):
   * `outflow[t][state * 2 + sexIndex]`, persons before caps (already part of `netMigration`). Zero for
   * states without an outflow; absent in results not made by the engine.
   */
  outflow?: Float64Array[];
  /** Persons moved between states in step t → t+1: `transfers[t][from * states + to]`. */
  transfers: Float64Array[];
  /** How many times a negative population was capped to keep counts non-negative. */
  caps: number;
}
