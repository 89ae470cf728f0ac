/**
 * Service norms as specs: the provision standards, prevalence figures and schooling levels that turn a
 * projected population into service demand. Each norm has exactly the shape of a lever spec
 * (`LeverSpec`), so the app can draw a norm card, the scenario validator can check a value and the
 * Method & sources page can list its source the same way it does for levers.
 *
 * Defaults and trust grades follow `data/reference/README.md` §6 and the plan's figures
 * (`data/plan/key-figures.md`); every value without a source at hand is graded 'U' and says so.
 * Shares are stored as fractions 0..1 (shown as %), counts in persons or places.
 */
import {
  EARLY_YEARS_AND_SCHOOL_NORM_IDS,
  EARLY_YEARS_AND_SCHOOL_NORM_SPECS,
} from './norms/early-years-and-schools-norms';
import {
  ELDERLY_CARE_AND_HEALTH_NORM_IDS,
  ELDERLY_CARE_AND_HEALTH_NORM_SPECS,
} from './norms/elderly-care-and-health-norms';
import {
  SCHOOLING_AND_URBANISATION_NORM_IDS,
  SCHOOLING_AND_URBANISATION_NORM_SPECS,
} from './norms/schooling-and-urbanisation-norms';
import type { NormSpec } from './norms/norm-spec-common';

export type { NormSpec } from './norms/norm-spec-common';

/** Every norm id, in display order (childcare, preschool, schools, elderly, schooling, urbanisation). */
export const NORM_IDS = [
  ...EARLY_YEARS_AND_SCHOOL_NORM_IDS,
  ...ELDERLY_CARE_AND_HEALTH_NORM_IDS,
  ...SCHOOLING_AND_URBANISATION_NORM_IDS,
] as const;

/** Identifier of a norm. */
export type NormId = (typeof NORM_IDS)[number];

/** A value for every norm, in each spec's stored unit (shares as fractions 0..1). */
export type NormValues = Readonly<Record<NormId, number>>;

/** The norm specs, keyed by id, in the same order as `NORM_IDS`. */
export const NORM_SPECS: { readonly [K in NormId]: NormSpec<K> } = {
  ...EARLY_YEARS_AND_SCHOOL_NORM_SPECS,
  ...ELDERLY_CARE_AND_HEALTH_NORM_SPECS,
  ...SCHOOLING_AND_URBANISATION_NORM_SPECS,
};

/** The default value of every norm. */
export const DEFAULT_NORMS: NormValues = Object.fromEntries(NORM_IDS.map((id) => [id, NORM_SPECS[id].default])) as Record<NormId, number>;
