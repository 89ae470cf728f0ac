/** `--areas [FILE]`: the scenario distributed over towns and streets, as JSON or CSV. */
import { areasToCsv, areasToJson, checkAreasFile, defaultAreasFile, xiqingAreas, type AreasFile } from '@model';
import { valueOverrides, type ScenarioValues } from '@model';
import { CliError } from './errors.js';
import { readJsonFile } from './files.js';
import type { OutputFormat } from './output-formats.js';

/** Reads and validates an areas file, or returns the shipped one. */
export async function loadAreasFile(path: string | undefined): Promise<AreasFile> {
  if (path === undefined) return defaultAreasFile();
  const checked = checkAreasFile(await readJsonFile(path));
  if (!checked.ok) throw new CliError(`${path} is not a valid xiqing-areas file`, checked.issues);
  return checked.file;
}

/** The areas output of a scenario in the requested format. */
export async function areasText(scenario: { name: string; values: ScenarioValues }, path: string | undefined, format: OutputFormat): Promise<string> {
  const file = await loadAreasFile(path);
  const result = xiqingAreas(file, scenario.values.levers, scenario.values.norms);
  return format === 'csv' ? areasToCsv(result) : areasToJson({ name: scenario.name, levers: valueOverrides(scenario.values) }, result);
}
