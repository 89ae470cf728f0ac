/**
 * Distributing the district projection over towns and streets (docs/areas.md).
 *
 * 1. A base run of the district without anything placed in an area (the South Station lever at 0, no
 *    planned additions) is shared out: each area keeps its 2020 share, moved each year by its 2010→2020
 *    growth differential against the district, the differential decaying geometrically.
 * 2. Each area's broad age structure (0–14, 15–59, 60+) is the district's, tilted by the area's own 2020
 *    structure and raked so that the areas still add up to the district in every age group; within a
 *    group an area's single ages follow the district's.
 * 3. What is placed in an area (the South Station district in its host, planned additions in theirs) is
 *    the difference between a district run with it and the base run, added to that area alone.
 * 4. Students (the district's special population) are added to the area that hosts them.
 *
 * The areas add up to the full district run (levers and all planned additions) in every year, sex and
 * single age; floating-point remainders of step 3 go to the receiving areas.
 */
import type { BySex } from '../engine/types';
import type { LeverValues } from '../xiqing/levers/lever-values';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import { populationByAge } from '../xiqing/scenario/indicators';
import type { RunOptions, ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { AreasFile } from './areas-file';
import { rake } from './ipf';

/** Runs the district model; `runXiqing` in the app, CLI and tests. */
export type DistrictRunner = (levers: LeverValues, options?: RunOptions) => ScenarioRun;

/** Broad age groups the areas' own structure is given in: first and last single age of each. */
export const BROAD_GROUPS = [
  { id: 'age0to14', from: 0, to: 14 },
  { id: 'age15to59', from: 15, to: 59 },
  { id: 'age60plus', from: 60, to: AGE_COUNT - 1 },
] as const;

/** The areas' populations, year by year. */
export interface AreaPopulations {
  /** Calendar years, as the district run's. */
  years: number[];
  /** Per area (file order), per year index: residents by sex and single age 0..100 (students included), persons. */
  byArea: BySex<Float64Array>[][];
  /** Per year index: the district's residents by sex and age (the full run), persons. */
  district: BySex<Float64Array>[];
  /** The full district run (levers and planned additions). */
  run: ScenarioRun;
}

const newBySex = (): BySex<Float64Array> => ({ male: new Float64Array(AGE_COUNT), female: new Float64Array(AGE_COUNT) });

function studentsByAge(run: ScenarioRun): BySex<Float64Array> {
  const out = newBySex();
  for (const s of run.students) {
    for (let x = 0; x < AGE_COUNT; x++) {
      out.male[x] += s.male[x];
      out.female[x] += s.female[x];
    }
  }
  return out;
}

const total = (p: BySex<Float64Array>): number => {
  let s = 0;
  for (let x = 0; x < AGE_COUNT; x++) s += p.male[x] + p.female[x];
  return s;
};

/** Planned additions of one area as `extraArrivals` (persons by arrival year), summed per year. */
function additionsOf(file: AreasFile, code: string): Record<number, number> {
  const out: Record<number, number> = {};
  for (const r of file.plannedAdditions) if (r.area === code && r.persons > 0) out[r.year] = (out[r.year] ?? 0) + r.persons;
  return out;
}

/**
 * Each area's share of the base non-student population per year index: 2020 shares moved by the
 * decaying growth differentials (docs/areas.md §3).
 */
export function sharePath(file: AreasFile, studentTotal: number, yearCount: number): Float64Array[] {
  const n = file.areas.length;
  const base2020 = file.areas.map((a) => Math.max(0, a.residents2020 - (a.hostsStudents ? studentTotal : 0)));
  const sum2020 = base2020.reduce((s, v) => s + v, 0);
  const d = file.district;
  const districtRate = d.residents2010 > 0 && d.residents2020 > 0 ? Math.log(d.residents2020 / d.residents2010) / 10 : 0;
  const differential = file.areas.map((a) =>
    a.residents2010 !== undefined && a.residents2010 > 0 && a.residents2020 > 0 ? Math.log(a.residents2020 / a.residents2010) / 10 - districtRate : 0,
  );
  const decay = file.method.differentialDecayPerYear;
  const shares: Float64Array[] = [];
  let current = Float64Array.from(base2020, (v) => (sum2020 > 0 ? v / sum2020 : 1 / n));
  shares.push(current);
  for (let t = 1; t < yearCount; t++) {
    const next = new Float64Array(n);
    let s = 0;
    const k = Math.pow(decay, t);
    for (let i = 0; i < n; i++) {
      next[i] = current[i] * Math.exp(differential[i] * k);
      s += next[i];
    }
    for (let i = 0; i < n; i++) next[i] = s > 0 ? next[i] / s : 0;
    shares.push(next);
    current = next;
  }
  return shares;
}

function groupTotals(p: BySex<Float64Array>): number[] {
  return BROAD_GROUPS.map((g) => {
    let s = 0;
    for (let x = g.from; x <= g.to; x++) s += p.male[x] + p.female[x];
    return s;
  });
}

/**
 * Splits one year's base non-student population over the areas: area totals `N_a`, broad age groups
 * raked to the district's group totals, single ages within a group as the district's.
 */
function splitYear(file: AreasFile, pop: BySex<Float64Array>, shares: Float64Array, districtShares2020: number[]): BySex<Float64Array>[] {
  const n = file.areas.length;
  const G = BROAD_GROUPS.length;
  const all = total(pop);
  const groups = groupTotals(pop);
  const rowTargets = Float64Array.from(shares, (s) => s * all);
  const seed = new Float64Array(n * G);
  file.areas.forEach((a, i) => {
    const own = a.ageShares2020;
    let norm = 0;
    for (let k = 0; k < G; k++) {
      const tilt = own && districtShares2020[k] > 0 ? own[BROAD_GROUPS[k].id] / districtShares2020[k] : 1;
      seed[i * G + k] = (all > 0 ? groups[k] / all : 0) * tilt;
      norm += seed[i * G + k];
    }
    for (let k = 0; k < G; k++) seed[i * G + k] = norm > 0 ? (seed[i * G + k] / norm) * rowTargets[i] : 0;
  });
  const fitted = rake(seed, n, G, rowTargets, groups);
  return file.areas.map((_, i) => {
    const out = newBySex();
    BROAD_GROUPS.forEach((g, k) => {
      const f = groups[k] > 0 ? fitted[i * G + k] / groups[k] : 0;
      for (let x = g.from; x <= g.to; x++) {
        out.male[x] = pop.male[x] * f;
        out.female[x] = pop.female[x] * f;
      }
    });
    return out;
  });
}

function minusInto(a: BySex<Float64Array>, b: BySex<Float64Array>): BySex<Float64Array> {
  const out = newBySex();
  for (let x = 0; x < AGE_COUNT; x++) {
    out.male[x] = a.male[x] - b.male[x];
    out.female[x] = a.female[x] - b.female[x];
  }
  return out;
}

/**
 * Projects every area of `file` under `levers`.
 *
 * @param file a validated areas file
 * @param levers the scenario's lever values
 * @param runDistrict the district model (`runXiqing`)
 */
export function projectAreas(file: AreasFile, levers: LeverValues, runDistrict: DistrictRunner): AreaPopulations {
  const n = file.areas.length;
  const allAdditions: Record<number, number> = {};
  for (const r of file.plannedAdditions) if (r.persons > 0) allAdditions[r.year] = (allAdditions[r.year] ?? 0) + r.persons;
  const full = runDistrict(levers, { extraArrivals: allAdditions });
  const baseLevers: LeverValues = { ...levers, southStationPopulation: 0 };
  const base = runDistrict(baseLevers);
  const years = full.years;
  const Y = years.length;
  const students = studentsByAge(base);
  const studentTotal = total(students);
  const baseNonStudent = years.map((_, t) => minusInto(populationByAge(base, t), students));
  const district = years.map((_, t) => populationByAge(full, t));

  // Receiving areas: the South Station host (when the lever places anyone) and every area with additions.
  const receivers: { index: number; delta: BySex<Float64Array>[] }[] = [];
  file.areas.forEach((a, i) => {
    const extra = additionsOf(file, a.code);
    const hasExtra = Object.keys(extra).length > 0;
    const hostsSouthStation = a.hostsSouthStation === true && levers.southStationPopulation > 0;
    if (!hasExtra && !hostsSouthStation) return;
    const withIt = runDistrict(hostsSouthStation ? levers : baseLevers, { extraArrivals: extra });
    receivers.push({ index: i, delta: years.map((_, t) => minusInto(populationByAge(withIt, t), populationByAge(base, t))) });
  });

  const districtShares2020 = (() => {
    const g = groupTotals(baseNonStudent[0]);
    const all = g.reduce((s, v) => s + v, 0);
    return g.map((v) => (all > 0 ? v / all : 0));
  })();
  const shares = sharePath(file, studentTotal, Y);
  const host = file.areas.findIndex((a) => a.hostsStudents === true);

  const byArea: BySex<Float64Array>[][] = file.areas.map(() => []);
  for (let t = 0; t < Y; t++) {
    const split = splitYear(file, baseNonStudent[t], shares[t], districtShares2020);
    for (const r of receivers) {
      const d = r.delta[t];
      for (let x = 0; x < AGE_COUNT; x++) {
        split[r.index].male[x] += d.male[x];
        split[r.index].female[x] += d.female[x];
      }
    }
    if (host >= 0) {
      for (let x = 0; x < AGE_COUNT; x++) {
        split[host].male[x] += students.male[x];
        split[host].female[x] += students.female[x];
      }
    }
    settleRemainders(split, district[t], receivers.map((r) => r.index));
    for (let i = 0; i < n; i++) byArea[i].push(split[i]);
  }
  return { years, byArea, district, run: full };
}

/**
 * Makes the areas add up to the district exactly in every cell: the remainder (floating-point noise
 * of differencing runs, ~1e-10 of a cell) goes to the receiving areas in proportion to their cell, or
 * to all areas when nothing was placed.
 */
function settleRemainders(split: BySex<Float64Array>[], district: BySex<Float64Array>, receivers: number[]): void {
  const targets = receivers.length > 0 ? receivers : split.map((_, i) => i);
  for (const sex of ['male', 'female'] as const) {
    for (let x = 0; x < AGE_COUNT; x++) {
      let sum = 0;
      for (const p of split) sum += p[sex][x];
      const rest = district[sex][x] - sum;
      if (rest === 0) continue;
      let weight = 0;
      for (const i of targets) weight += Math.max(0, split[i][sex][x]);
      for (const i of targets) split[i][sex][x] += weight > 0 ? (rest * Math.max(0, split[i][sex][x])) / weight : rest / targets.length;
    }
  }
}
