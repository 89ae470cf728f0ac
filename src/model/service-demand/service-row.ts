/**
 * The service-demand row of one year: what a scenario implies the district must provide (childcare,
 * kindergartens, schools, elderly care, health management) plus schooling and urbanisation. The
 * fields' kinds, units and labels are entries of the indicator registry.
 */
/**
 * One year's service demand. Counts of people, places, classes and facilities are plain numbers
 * (people and places may be fractional: they are expected values; classes and facilities are whole,
 * rounded up); shares are fractions 0..1. Every field is finite and ≥ 0. Each field's kind, labels and
 * unit are in the indicator registry (src/model/indicators), which must list every field.
 */
export interface ServiceRow {
  /** Calendar year. */
  year: number;

  // Childcare (托育), ages 0–2
  /** Residents aged 0–2, persons. */
  under3: number;
  /** Places needed by the per-1,000-residents norm: residents × norm / 1,000, places. */
  childcarePlacesByNorm: number;
  /** Places wanted by families: under-3s × demand rate, places. */
  childcarePlacesByDemand: number;
  /** Places available: 2020 places + places added per year × years since 2020, places. */
  childcareSupply: number;
  /** Places available per 1,000 residents (the plan's indicator), places per 1,000 residents. */
  childcareSupplyPer1000: number;
  /** Places still missing to reach the norm: max(0, by norm − supply), places. */
  childcareGap: number;
  /** Places still missing to meet families' demand: max(0, by demand − supply), places. */
  childcareGapByDemand: number;

  // Preschool (学前教育), ages 3–5
  /** Residents aged 3–5, persons. */
  age3to5: number;
  /** Kindergarten places: ages 3–5 × enrolment norm, places. */
  preschoolPlaces: number;
  /** Classes: per age band (3, 4, 5) places ÷ class size, each rounded up, summed; classes. */
  preschoolClasses: number;
  /** Kindergartens: places ÷ maximum children per kindergarten, rounded up; kindergartens. */
  kindergartens: number;
  /** Places available: 2020 enrolment × 2020 ages 3–5 + places added per year × years since 2020, places. */
  preschoolSupply: number;
  /** Places still missing: max(0, places − supply), places. */
  preschoolGap: number;
  /** Gross enrolment the available places allow: min(1, supply ÷ ages 3–5), fraction. */
  preschoolAttainableEnrolment: number;

  // Compulsory education
  /** Residents aged 6–11, persons. */
  age6to11: number;
  /** Primary places (compulsory: every resident child aged 6–11), places. */
  primaryPlaces: number;
  /** Primary classes: places ÷ class size, rounded up; classes. */
  primaryClasses: number;
  /** Residents aged 12–14, persons. */
  age12to14: number;
  /** Junior secondary places (every resident child aged 12–14), places. */
  juniorPlaces: number;
  /** Junior secondary classes: places ÷ class size, rounded up; classes. */
  juniorClasses: number;
  /** Share of children aged 6–14 whose hukou is not in Xiqing (tianjin + outside states), fraction. */
  nonLocalPupilShare: number;

  // Elderly
  /** Residents aged 60+, persons. */
  age60plus: number;
  /** Residents aged 65+, persons. */
  age65plus: number;
  /** Residents aged 80+, persons. */
  age80plus: number;
  /**
   * People 60+ unable to care for themselves (the census definition; the group that needs long-term
   * care and nursing beds): Σ age-specific prevalence × residents, persons.
   */
  careDependentElderly: number;
  /** Disabled or semi-disabled people 60+ in the broad survey sense (mild limitations included), persons. Overlaps the above. */
  disabledElderly: number;
  /** People 60+ with dementia, persons. Overlaps both disability groups: never added to them. */
  dementiaElderly: number;
  /** Institutional care beds: 60+ × beds per 1,000 / 1,000, beds. */
  careBeds: number;
  /** Nursing-type beds: care beds × nursing share, beds. */
  nursingBeds: number;
  /** Day-care centres: 60+ ÷ catchment, rounded up; centres. */
  dayCareCentres: number;
  /** Users of community meal services: 60+ × use rate, persons. */
  mealServiceUsers: number;
  /** People 65+ under health management: 65+ × management rate, persons. */
  healthManagedElderly: number;
  /** Family doctors the caseload needs: managed 65+ ÷ caseload per doctor, rounded up; doctors. */
  familyDoctors: number;

  // Schooling and urbanisation
  /** Mean years of schooling of residents aged 16–59 (cohort attribute), years. */
  meanSchoolingYears16to59: number;
  /** Share of residents aged 16–59 with college education or above, fraction. */
  collegeShare16to59: number;
  /** Urban share of residents, fraction. */
  urbanisation: number;
  /** Urban residents, persons. */
  urbanResidents: number;
  /** Rural residents, persons. */
  ruralResidents: number;
}

/** A numeric field of a service row other than the year. */
export type ServiceField = Exclude<keyof ServiceRow, 'year'>;
