/**
 * The shipped example observations: Xiqing's published year-end figures after the census, each with
 * its source and grade (data/xiqing-year-end.observations.json; data/reference/README.md §8). They are
 * what a fit uses; they never set the trend preset.
 */
import data from './data/xiqing-year-end.observations.json';
import { parseObservations, type ObservationsFile } from './observations-file';

function load(): ObservationsFile {
  const parsed = parseObservations(data);
  if (!parsed.ok) throw new Error(`the shipped observations file is invalid: ${parsed.error.message}`);
  return parsed.file;
}

/** Xiqing's published year-end figures (validated once). */
export const XIQING_OBSERVATIONS: ObservationsFile = load();
