/** Shared pieces of the norm specs: the `NormSpec` type, the common units and the assumption-source helper. */
import type { LeverSpec, Localized } from '../../xiqing/levers/lever-spec';

/**
 * A norm spec: a lever spec in the 'services' chapter. Defined with `Omit` because `LeverChapter` does
 * not (yet) include 'services'; once it does, a `NormSpec` is also a `LeverSpec`.
 */
export type NormSpec<Id extends string = string> = LeverSpec<Id> & {
  chapter: 'services';
  /** Whose numbers the norm is applied to (shown in the docs; the demand computation reads it). */
  appliesTo: NormBase;
};

/**
 * Who is counted in a norm's population: every resident (students included), or only residents
 * holding Xiqing hukou (the `local` state and students registered in Xiqing). Plan and national
 * norms for services are per resident unless they say otherwise.
 */
export type NormStatus = 'resident' | 'xiqingHukou';

/**
 * The population a norm is applied to: an age group of residents (ages inclusive, 100 = 100+), or —
 * for a norm that is not a rate on people (places added, a class size, schooling of a stream) — a
 * description of what it applies to.
 */
export type NormBase =
  | { kind: 'ageGroup'; status: NormStatus; fromAge: number; toAge: number }
  | { kind: 'other'; what: Localized };

/** A norm applied to residents aged `fromAge`..`toAge` (100 = 100+). */
export const residentsAged = (fromAge: number, toAge = 100): NormBase => ({ kind: 'ageGroup', status: 'resident', fromAge, toAge });
/** A norm applied to something other than an age group of residents. */
export const appliesToOther = (zh: string, en: string): NormBase => ({ kind: 'other', what: { zh, en } });

/** Unit of a share shown as %. */
export const pct: Localized = { zh: '%', en: '%' };
/** Unit of a yearly rate of change shown as %/year. */
export const pctPerYear: Localized = { zh: '%/年', en: '%/year' };
/** Unit of a count of places. */
export const places: Localized = { zh: '个', en: 'places' };
/** Unit of places added per year. */
export const placesPerYear: Localized = { zh: '个/年', en: 'places/year' };
/** Unit of a kindergarten class size. */
export const perClass: Localized = { zh: '人/班', en: 'children per class' };
/** Unit of a school class size. */
export const pupilsPerClass: Localized = { zh: '人/班', en: 'pupils per class' };
/** Unit of an age span in years. */
export const yearsOfAge: Localized = { zh: '岁', en: 'years of age' };
/** Unit of mean years of schooling. */
export const schoolYears: Localized = { zh: '年', en: 'years of schooling' };

/**
 * A grade-'U' source for a value without a source at hand. The default `ref` names the assembled
 * module `norm-specs.ts`, as it did before the specs were split by domain (the text is shown in the app).
 */
export const assumption = (zh: string, en: string, ref = 'src/model/service-demand/norm-specs.ts'): LeverSpec['source'] => ({
  text: { zh: `假设：${zh}`, en: `Assumption: ${en}` },
  ref,
  grade: 'U',
});
