/**
 * The populations norms are applied to, read from each norm spec's `appliesTo`: the demand
 * computation takes its age groups (and whether residents or only Xiqing-hukou residents count)
 * from the spec, so the docs, the app and the numbers cannot disagree about whom a norm covers.
 */
import type { BySex } from '../engine/types';
import { LOCAL } from '../xiqing/hukou-states';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import { populationByAge } from '../xiqing/scenario/indicators';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { Localized } from '../xiqing/levers/lever-spec';
import type { NormBase, NormStatus } from './norms/norm-spec-common';

/** An age-group base (the only kind the computation can count). */
export type AgeGroupBase = Extract<NormBase, { kind: 'ageGroup' }>;

/**
 * Persons by sex and single age 0..100 in year index `t` with the given status: every resident
 * (students included), or the residents holding Xiqing hukou (the `local` state plus the students
 * registered in Xiqing).
 */
export function populationWithStatus(run: ScenarioRun, t: number, status: NormStatus): BySex<Float64Array> {
  if (status === 'resident') return populationByAge(run, t);
  const pop = run.projection.population[t];
  const male = new Float64Array(AGE_COUNT);
  const female = new Float64Array(AGE_COUNT);
  const students = run.students[LOCAL];
  for (let x = 0; x < AGE_COUNT; x++) {
    male[x] = pop[LOCAL * 2 * AGE_COUNT + x] + (students?.male[x] ?? 0);
    female[x] = pop[(LOCAL * 2 + 1) * AGE_COUNT + x] + (students?.female[x] ?? 0);
  }
  return { male, female };
}

/** The base of a norm that must be an age group; throws (a programming error) for any other kind. */
export function ageGroupOf(id: string, base: NormBase): AgeGroupBase {
  if (base.kind !== 'ageGroup') throw new Error(`norm ${id} does not apply to an age group of residents`);
  return base;
}

/** Persons of an age-group base in a population by sex and single age (ages inclusive, capped at 100). */
export function personsIn(pop: BySex<ArrayLike<number>>, base: AgeGroupBase): number {
  let s = 0;
  for (let x = base.fromAge; x <= Math.min(base.toAge, AGE_COUNT - 1); x++) s += pop.male[x] + pop.female[x];
  return s;
}

/** The age group of a base in words: "60+", "0–2", "all ages". */
function agesText(base: AgeGroupBase, language: 'zh' | 'en'): string {
  const top = AGE_COUNT - 1;
  if (base.fromAge === 0 && base.toAge >= top) return language === 'zh' ? '全部' : 'all ages';
  if (base.toAge >= top) return language === 'zh' ? `${base.fromAge}岁及以上` : `${base.fromAge}+`;
  if (base.fromAge === base.toAge) return language === 'zh' ? `${base.fromAge}岁` : `${base.fromAge}`;
  return language === 'zh' ? `${base.fromAge}—${base.toAge}岁` : `${base.fromAge}–${base.toAge}`;
}

/** Whom a norm applies to, in both languages: "residents 60+", "Xiqing-hukou residents 0–2", or the spec's own words. */
export function describeNormBase(base: NormBase): Localized {
  if (base.kind === 'other') return base.what;
  const hukou = base.status === 'xiqingHukou';
  return {
    zh: `${hukou ? '本区户籍常住人口' : '常住人口'}（${agesText(base, 'zh')}）`,
    en: `${hukou ? 'Xiqing-hukou residents' : 'residents'}, ${agesText(base, 'en')}`,
  };
}
