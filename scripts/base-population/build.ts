/**
 * Pure core of `scripts/build-base-population.ts`: the reference files' text in, the 2020 base
 * population of Xiqing (`src/model/xiqing/data/base-population-2020.json`) out. No I/O here, so a test
 * can re-run it and compare with the committed JSON. This module runs the steps and assembles the JSON;
 * the steps live in the files next to it (reference-inputs, bulletin-raking, student-estimate, hukou-split).
 *
 * Every step and every assumption is explained for a reader in `docs/data-sources.md`
 * ("Base population 2020"); the constants carrying the figures and their sources are in
 * `published-figures-and-assumptions.ts`.
 */
import type { BasePopulationJson } from '../../src/model/xiqing/base-population';
import { AGES, round4, round8, sum, toNumbers, type SexKey } from './age-vectors';
import { BAND_NAMES, rakeToBulletin } from './bulletin-raking';
import { splitHukouStates } from './hukou-split';
import {
  BULLETIN_2020,
  GENERATED_BY,
  HUKOU_AGE_ASSUMPTIONS,
  OPEN_AGE,
  REFERENCE_FILES,
  REGISTER_HUKOU_2020,
  STUDENT_ASSUMPTIONS,
} from './published-figures-and-assumptions';
import { readReferenceInputs } from './reference-inputs';
import { splitStudents } from './student-estimate';

// The published figures and assumptions the build uses, for the tests and the data file's notes.
export * from './published-figures-and-assumptions';

/**
 * Builds the 2020 base population from the reference files.
 * @param read returns the text of a file of `<repo>/data/reference/` given its name
 */
export function buildBasePopulation(read: (file: string) => string): BasePopulationJson {
  // ---- 1. Inputs ---------------------------------------------------------------------------------
  const {
    census,
    residual,
    yearbookTotal,
    hukouOtherTianjin,
    hukouOutsideTianjin,
    hukouSameDistrictOtherTownship,
    familyHouseholdPopulation,
    inMigrants2010Tianjin,
    inMigrants2010Outside,
  } = readReferenceInputs(read);

  // ---- 2.–3. Bulletin raking, 85+ split ----------------------------------------------------------
  const B = BULLETIN_2020;
  const { age0, factors, raked22, i85 } = rakeToBulletin(census);
  const t = census.tianjin;

  // ---- 4.–5. Students, graduation ----------------------------------------------------------------
  const { studentGroupCounts, studentSensitivity, students, nonStudents, residents, graduationFallbackGroups } =
    splitStudents(census, raked22);

  // ---- 6. Hukou states ---------------------------------------------------------------------------
  const SH = STUDENT_ASSUMPTIONS.hukouShares;
  const H = HUKOU_AGE_ASSUMPTIONS;
  const { states, studentsByState, studentTotal, plateau, oldKnots, youngTianjinShare } = splitHukouStates({
    census,
    residual,
    hukouOtherTianjin,
    hukouOutsideTianjin,
    students,
    nonStudents,
  });
  const { local, tianjin, outside } = states;
  const inMigrants2010TianjinShare = inMigrants2010Tianjin / (inMigrants2010Tianjin + inMigrants2010Outside);

  // ---- 7. Figures the base reproduces, and the hukou reconciliation ----------------------------
  const totalOf = (s: Record<SexKey, Float64Array>, from = 0, to = OPEN_AGE): number => sum(s.male, from, to) + sum(s.female, from, to);
  const residentTotal = totalOf(residents);
  const censusLocal = B.residents - hukouOtherTianjin - hukouOutsideTianjin;
  const share = (from: number, to: number): number => totalOf(residents, from, to) / residentTotal;

  return {
    generatedBy: GENERATED_BY,
    description:
      'Xiqing District resident population on 2020-11-01 (7th census) by hukou state, sex and single age 0..100 (100 = 100+), persons; students are a subset of the states, held apart as a special population. Method and sources: docs/data-sources.md, section "Base population 2020".',
    year: 2020,
    referenceDate: '2020-11-01',
    units: 'persons',
    openAge: OPEN_AGE,
    states: ['local', 'tianjin', 'outside'],
    residents: { local: toNumbers(local), tianjin: toNumbers(tianjin), outside: toNumbers(outside) },
    students: {
      local: toNumbers(studentsByState.local),
      tianjin: toNumbers(studentsByState.tianjin),
      outside: toNumbers(studentsByState.outside),
    },
    hukou: {
      registerPopulation: REGISTER_HUKOU_2020,
      censusLocalResidents: censusLocal,
      reconciliation: REGISTER_HUKOU_2020 - censusLocal,
      yearbookFrameLocalResidents: yearbookTotal - hukouOtherTianjin - hukouOutsideTianjin,
      rule: 'hukouPopulation = sum(local residents) + reconciliation (persons); the reconciliation is held constant in projections',
    },
    figures: {
      residents: round4(residentTotal),
      maleShare: round8(totalOf({ male: residents.male, female: new Float64Array(AGES) }) / residentTotal),
      share0to14: round8(share(0, 14)),
      share15to59: round8(share(15, 59)),
      share15to64: round8(share(15, 64)),
      share60plus: round8(share(60, OPEN_AGE)),
      share65plus: round8(share(65, OPEN_AGE)),
      tianjin: round4(totalOf(tianjin)),
      outside: round4(totalOf(outside)),
      local: round4(totalOf(local)),
      students: round4(studentTotal),
    },
    method: {
      yearbookResidents: yearbookTotal,
      bulletinOverYearbook: B.residents - yearbookTotal,
      rakingFactors: Object.fromEntries(
        BAND_NAMES.map((name, b) => [name, { male: round8(factors[b][0]), female: round8(factors[b][1]) }]),
      ),
      age0Published: age0,
      tianjinShapeOf85plus: {
        groups: t.labels.slice(i85),
        male: t.male.slice(i85),
        female: t.female.slice(i85),
      },
      graduation:
        'Sprague fifth-difference multipliers (Siegel & Swanson 2004, p. 727); 0 and 1–4 joined for the panels, age 0 kept, 1–4 rescaled; 100+ used as a sixth tail group in the panels; geometric split of any group with a negative year',
      graduationFallbackGroups: graduationFallbackGroups,
      students: {
        total: round4(studentTotal),
        byGroup: {
          male: { '15-19': round4(studentGroupCounts.male['15-19']), '20-24': round4(studentGroupCounts.male['20-24']) },
          female: { '15-19': round4(studentGroupCounts.female['15-19']), '20-24': round4(studentGroupCounts.female['20-24']) },
        },
        sensitivity: Object.fromEntries(Object.entries(studentSensitivity).map(([k, v]) => [k, round4(v)])),
        hukouShares: { ...SH },
        collectiveQuartersResidents: yearbookTotal - familyHouseholdPopulation,
      },
      hukouAges: {
        nonLocalShareUpTo44: round8(plateau),
        nonLocalShareKnots: oldKnots.map(([age, v]) => [age, round8(v)]),
        tianjinShareOfNonLocalUpTo44: round8(youngTianjinShare),
        tianjinShareOfNonLocalFrom60: H.tianjinShareOfNonLocalOld,
        inMigrants2010: { otherTianjin: inMigrants2010Tianjin, otherProvinces: inMigrants2010Outside, tianjinShare: round8(inMigrants2010TianjinShare) },
        sameDistrictOtherTownship: hukouSameDistrictOtherTownship,
      },
    },
    sources: [
      { figure: 'Xiqing, Tianjin, China residents by age group and sex, 2020', file: REFERENCE_FILES.ageSex, grade: 'A' },
      { figure: 'Xiqing yearbook totals, hukou location, family-household population, 2020', file: REFERENCE_FILES.yearbook, grade: 'A' },
      { figure: 'Xiqing 2010 in-migrants by origin (cross-check of the tianjin share)', file: REFERENCE_FILES.census2010, grade: 'A' },
      { figure: 'Xiqing net migration by cohort 2010→2020', file: REFERENCE_FILES.residual, grade: 'D' },
      { figure: 'Bulletin: residents 1,195,124, men 52.62%, age shares', file: 'reference README §1; plan key-figures', grade: 'B' },
      { figure: 'Register hukou population 465.9 k (end-2020)', file: 'plan key-figures §一(一)', grade: 'A/B' },
      { figure: 'Student estimate, student hukou split, ages of hukou states', file: 'docs/data-sources.md', grade: 'D/U' },
    ],
  };
}
