/** A small hand-made valid explicit-inputs file (open age 3, years 2000..2002) for the format tests. */

const vec = (...values: number[]) => values;

/** A fresh copy each call, so tests may mutate it. Typed loosely: tests break it on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function smallInputsFile(): any {
  return {
    format: 'population-projection-inputs',
    version: 1,
    startYear: 2000,
    steps: 3,
    openAge: 3,
    migrationTiming: 'end',
    basePopulation: { male: vec(100, 90, 80, 40), female: vec(95, 92, 85, 60) },
    years: {
      '2000': {
        asfr: vec(0, 0.6, 0.4, 0),
        srb: 1.05,
        survival: { male: vec(0.99, 0.98, 0.95, 0.5), female: vec(0.995, 0.99, 0.97, 0.6) },
        netMigrants: { male: vec(1, 2, -3, 0), female: vec(0, 1, 1, -1) },
      },
      '2001': {
        asfr: vec(0, 0.5, 0.5, 0),
        srb: 1.06,
        mx: { male: vec(0.01, 0.02, 0.05, 0.5), female: vec(0.008, 0.01, 0.03, 0.4) },
        netMigrants: { male: vec(0, 0, 0, 0), female: vec(0, 0, 0, 0) },
      },
      '2002': {
        asfr: vec(0, 0.5, 0.4, 0),
        srb: 1.05,
        mx: { male: vec(0.01, 0.02, 0.05, 0.5), female: vec(0.008, 0.01, 0.03, 0.4) },
        ax: { male: vec(0.1, 0.5, 0.5, 2), female: vec(0.12, 0.5, 0.5, 2.5) },
        netMigrants: { male: vec(0.5, 0, 0, 0), female: vec(0, 0, 0, 0.25) },
      },
    },
  };
}
