/** Step 1 of the base-population build: reads the reference tables and checks that they agree with each other. */
import {
  fieldCount,
  readCensus2020AgeSex,
  readCohortResidual,
  readFieldColumn,
  type Census2020AgeSex,
  type CohortResidualRow,
} from './reference-tables';
import { SEXES, sum, yearbookAgeField } from './age-vectors';
import { REFERENCE_FILES } from './published-figures-and-assumptions';

/** The figures the build takes from the reference files. */
export interface ReferenceInputs {
  /** Age-sex groups of Xiqing, Tianjin and China, 2020. */
  census: Census2020AgeSex;
  /** Xiqing's net migration by cohort 2010→2020. */
  residual: CohortResidualRow[];
  /** Yearbook resident total (人口数_合计). */
  yearbookTotal: number;
  /** Residents with hukou in another Tianjin district. */
  hukouOtherTianjin: number;
  /** Residents with hukou outside Tianjin. */
  hukouOutsideTianjin: number;
  /** Residents with hukou in another township of Xiqing. */
  hukouSameDistrictOtherTownship: number;
  /** Population living in family households. */
  familyHouseholdPopulation: number;
  /** 2010 in-migrants from elsewhere in Tianjin. */
  inMigrants2010Tianjin: number;
  /** 2010 in-migrants from other provinces. */
  inMigrants2010Outside: number;
}

/**
 * Reads the reference files and checks the age-sex file against the yearbook.
 * @param read returns the text of a file of `<repo>/data/reference/` given its name
 */
export function readReferenceInputs(read: (file: string) => string): ReferenceInputs {
  const census = readCensus2020AgeSex(read(REFERENCE_FILES.ageSex));
  const yb = readFieldColumn(read(REFERENCE_FILES.yearbook), REFERENCE_FILES.yearbook, 'Xiqing');
  const c10 = readFieldColumn(read(REFERENCE_FILES.census2010), REFERENCE_FILES.census2010, 'Xiqing2010');
  const residual = readCohortResidual(read(REFERENCE_FILES.residual));
  const ybCount = (...names: string[]): number => fieldCount(yb, REFERENCE_FILES.yearbook, ...names);
  const c10Count = (...names: string[]): number => fieldCount(c10, REFERENCE_FILES.census2010, ...names);

  const x = census.xiqing;
  // The age-sex file and the yearbook table must agree cell by cell and with the yearbook totals.
  for (const sex of SEXES) {
    x.labels.forEach((label, i) => {
      const yv = ybCount(yearbookAgeField(sex, label));
      if (yv !== x[sex][i]) throw new Error(`Xiqing ${sex} ${label}: age-sex file ${x[sex][i]} ≠ yearbook ${yv}`);
    });
  }
  const yearbookMale = ybCount('人口数_男');
  const yearbookFemale = ybCount('人口数_女');
  const yearbookTotal = ybCount('人口数_合计');
  if (sum(x.male) !== yearbookMale || sum(x.female) !== yearbookFemale || yearbookMale + yearbookFemale !== yearbookTotal) {
    throw new Error('Xiqing age groups do not add up to the yearbook totals');
  }
  return {
    census,
    residual,
    yearbookTotal,
    hukouOtherTianjin: ybCount('户口登记地在外乡镇街道人口_本省其他县'),
    hukouOutsideTianjin: ybCount('户口登记地在外乡镇街道人口_省外'),
    hukouSameDistrictOtherTownship: ybCount('户口登记地在外乡镇街道人口_本县'),
    familyHouseholdPopulation: ybCount('家庭户人口数'),
    inMigrants2010Tianjin: c10Count('迁入人口（人）-本省其他县（市）、市区'),
    inMigrants2010Outside: c10Count('迁入人口（人）-外省'),
  };
}
