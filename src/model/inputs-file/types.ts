/**
 * The explicit-inputs file: every rate of a one-state cohort-component projection written out year by
 * year. Described for users in `docs/inputs-format.md`.
 */
import type { BySex, MigrationTiming } from '../engine/types.js';

/** Value of the `format` field that marks an explicit-inputs file. */
export const INPUTS_FILE_FORMAT = 'population-projection-inputs';

/** The only version of the format so far. */
export const INPUTS_FILE_VERSION = 1;

/** The values the file gives for one year's step (year → year + 1), plain JSON arrays of length openAge + 1. */
interface InputsFileYearRates {
  /** Births per woman per year by age at the start of the step. */
  asfr: number[];
  /** Male births per female birth. */
  srb: number;
  /** Net migrant counts (persons in the step, negative for net emigration) by age index at the end of the step. */
  netMigrants: BySex<number[]>;
}

/** Mortality of one year: survival ratios (UN index convention), or a life table's death rates mx with optional ax. */
export type InputsFileMortality =
  | { survival: BySex<number[]>; mx?: undefined; ax?: undefined }
  | { mx: BySex<number[]>; ax?: BySex<number[]>; survival?: undefined };

/** One entry of `years`. */
export type InputsFileYear = InputsFileYearRates & InputsFileMortality;

/** A validated explicit-inputs file. */
export interface InputsFile {
  format: typeof INPUTS_FILE_FORMAT;
  version: typeof INPUTS_FILE_VERSION;
  /** Free text for people (source, notes); ignored by the projection. */
  description?: string;
  /** Year of the base population. */
  startYear: number;
  /** Number of annual steps; the result runs to startYear + steps. */
  steps: number;
  /** Age of the open group (e.g. 100 for 100+); vectors have openAge + 1 values. */
  openAge: number;
  migrationTiming: MigrationTiming;
  /** Persons by age index at 1 January of startYear (or whatever date the base refers to). */
  basePopulation: BySex<number[]>;
  /** Keyed by the year (as a string) of each step's start: startYear .. startYear + steps − 1. */
  years: Record<string, InputsFileYear>;
}

/** Result of checking untrusted data: the typed value, or every problem found in plain words. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };
