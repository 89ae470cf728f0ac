/**
 * Observed figures as extra output columns beside a scenario's rows (`observedResidents`, …): the
 * observed value in the row's year, or null where the observations give none.
 */
import { OBSERVED_FIELDS, type ObservationsFile, type ObservedField } from './observations-file';

/** The output column of an observed figure: `observedResidents`, `observedHukouPopulation`, … */
export const observedColumn = (field: ObservedField): string => `observed${field[0].toUpperCase()}${field.slice(1)}`;

/** Every observed column, in field order. */
export const OBSERVED_COLUMNS: readonly string[] = OBSERVED_FIELDS.map(observedColumn);

/** Rows with the observed columns joined by year (null where nothing was observed). */
export function withObservedColumns<R extends { year: number }>(
  rows: readonly R[],
  observed: Pick<ObservationsFile, 'observations'>,
): (R & Record<string, number | null>)[] {
  return rows.map((row) => {
    const o = observed.observations.find((x) => x.year === row.year);
    const extra: Record<string, number | null> = {};
    for (const f of OBSERVED_FIELDS) extra[observedColumn(f)] = o?.[f] ?? null;
    return { ...row, ...extra };
  });
}
