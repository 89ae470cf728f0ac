/**
 * Loaders for the external reference runs in `<repo>/data/reference/validation/` (see its
 * README). The files are kept in the repository (copied from the project's shared reference set, with their
 * sources in `data/reference/README.md`); paths are resolved from this file, never absolute. Files are parsed
 * once per test worker and cached.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BySex } from '../../src/model/engine/types';

/** `<repo>/data/reference/validation`. */
export const VALIDATION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/reference/validation');

const cache = new Map<string, unknown>();

/** Parsed JSON of one file of the validation folder. */
export function readValidationJson<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(resolve(VALIDATION_DIR, file), 'utf8')));
  return cache.get(file) as T;
}

/** Both sexes' vectors as typed arrays. */
export function toBySex(v: BySex<number[]>): BySex<Float64Array> {
  return { male: Float64Array.from(v.male), female: Float64Array.from(v.female) };
}

/** Births or deaths of one year. */
export interface SexTotals {
  both: number;
  female: number;
  male: number;
}

/** Inputs of the UN run for the step starting in one year. */
export interface CanadaYearInputs {
  srb: number;
  asfr: number[];
  Sx: BySex<number[]>;
  mig: BySex<number[]>;
  mig_assumption: 'end' | 'even';
}

/** `wpp2019_canada_1x1_1950_2020.json`: inputs keyed by the step's start year 1950..2019, expected outputs keyed by year. */
export interface Canada1x1 {
  ages: number[];
  base_year: number;
  base_pop: BySex<number[]>;
  inputs: Record<string, CanadaYearInputs>;
  /** End-of-step populations, keyed 1951..2020. */
  expected_pop: Record<string, BySex<number[]>>;
  /** Births in the step starting in the key year (1950..2019). */
  expected_births: Record<string, SexTotals>;
  /** Deaths in the step starting in the key year (1950..2019). */
  expected_deaths_total: Record<string, SexTotals>;
}

/** `wpp2019_canada_1x1_even_1950_1955.json`: the same inputs (1950..1954) projected with "even" migration. */
export interface CanadaEven {
  expected_pop: Record<string, BySex<number[]>>;
  expected_births: Record<string, SexTotals>;
}

/** One sex of a single-year UN life table (radix 100,000). */
export interface UnLifeTable {
  nMx: number[];
  nAx: number[];
  nqx: number[];
  lx: number[];
  ndx: number[];
  nLx: number[];
  Sx: number[];
  Tx: number[];
  ex: number[];
}

/** `wpp2019_canada_lt_1950.json`. */
export interface CanadaLt1950 {
  ages: number[];
  life_table: BySex<UnLifeTable>;
}

/** `wpp2019_canada_lt_mx_ax_1950_2019.json`: mortality of the step starting in the key year. */
export interface CanadaMxAx {
  ages: number[];
  years: Record<string, BySex<{ nMx: number[]; nAx: number[]; e0: number }>>;
}

/** Preston et al. Box 3.1 in `small_references.json`. */
export interface AustriaBox31 {
  age: number[];
  population: number[];
  deaths: number[];
  nax: (number | null)[];
  expected_lx: number[];
  expected_ndx: number[];
  expected_nLx: number[];
  expected_Tx: number[];
  expected_ex: number[];
  expected_nqx: number[];
}

export const canada1x1 = (): Canada1x1 => readValidationJson<Canada1x1>('wpp2019_canada_1x1_1950_2020.json');
export const canadaEven = (): CanadaEven => readValidationJson<CanadaEven>('wpp2019_canada_1x1_even_1950_1955.json');
export const canadaLt1950 = (): CanadaLt1950 => readValidationJson<CanadaLt1950>('wpp2019_canada_lt_1950.json');
export const canadaMxAx = (): CanadaMxAx => readValidationJson<CanadaMxAx>('wpp2019_canada_lt_mx_ax_1950_2019.json');
export const austriaBox31 = (): AustriaBox31 =>
  readValidationJson<{ preston_box_3_1_austria_1992_males: AustriaBox31 }>('small_references.json').preston_box_3_1_austria_1992_males;
