/**
 * `npm run project -- a.json b.json … --export out.xlsx|out.csv|out.pptx`: read 1..6 scenario files
 * (the first is the baseline), compare them and write the export with the same builders the app uses
 * (src/export).
 */
import { readFile } from 'node:fs/promises';
import { compareScenarios, INDICATORS, type IndicatorId, type NamedScenario, parseScenario, SCENARIO_FORMAT, scenarioValues } from '@model';
import type { SensitivityRequest } from '../export/sensitivity-export.js';
import { readTargets } from './plan-data-files.js';
import type { ExportRequest } from './args.js';
import { CliError } from './errors.js';
import { readJsonFile, writeBinaryFile } from './files.js';
import type { CliStreams } from './run-project.js';

/** The app's version, from package.json. */
export async function appVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** Latest export date SOURCE_DATE_EPOCH may give, seconds: 9999-12-31T23:59:59Z (four-digit years in every format). */
export const MAX_EPOCH_SECONDS = 253_402_300_799;

/**
 * The export date: now, or SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention)
 * when it is set, so that batch runs can stamp a fixed date. A value outside 1970..9999 is ignored
 * with a warning (`warn`), since no export format can hold it.
 *
 * @throws CliError when SOURCE_DATE_EPOCH is not a number at all
 */
export function exportDate(env: Readonly<Record<string, string | undefined>>, now = new Date(), warn: (message: string) => void = () => undefined): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now;
  const seconds = Number(epoch);
  if (Number.isNaN(seconds)) throw new CliError(`SOURCE_DATE_EPOCH must be a number of seconds, got "${epoch.slice(0, 40)}"`);
  if (!(seconds >= 0 && seconds <= MAX_EPOCH_SECONDS)) {
    warn(`project: warning: SOURCE_DATE_EPOCH ${epoch.slice(0, 40)} is outside 0..${MAX_EPOCH_SECONDS} (1970 to 9999) and was ignored; the export is dated now\n`);
    return now;
  }
  return new Date(seconds * 1000);
}

/** The tornado an export asks for, its indicator checked against the registry. */
function sensitivityRequest(asked: { indicator: string; year: number }): SensitivityRequest {
  if (!(asked.indicator in INDICATORS)) throw new CliError(`--sensitivity: unknown indicator "${asked.indicator}"`, [`known: ${Object.keys(INDICATORS).slice(0, 12).join(', ')}, …`]);
  return { indicator: asked.indicator as IndicatorId, year: asked.year };
}

/** Reads and validates one scenario file. */
async function readScenario(file: string): Promise<NamedScenario> {
  const data = await readJsonFile(file);
  const parsed = parseScenario(data);
  if (!parsed.ok) {
    if (parsed.error.kind === 'invalid') throw new CliError(`${file} is not a valid ${SCENARIO_FORMAT} file`, parsed.error.issues);
    throw new CliError(`${file} is not a scenario file, so it cannot be exported`, [parsed.error.message]);
  }
  const { levers, norms } = scenarioValues(parsed.scenario);
  return { name: parsed.scenario.name, description: parsed.scenario.description, levers, norms };
}

/**
 * Runs an export request: every file is read and checked before anything is written.
 *
 * @throws CliError for unreadable or invalid files and an unwritable output
 */
export async function exportScenarios(
  request: ExportRequest,
  streams: CliStreams,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<void> {
  const scenarios: NamedScenario[] = [];
  for (const file of request.files) scenarios.push(await readScenario(file));
  const targets = request.targetsFile === undefined ? undefined : await readTargets(request.targetsFile);
  if (request.sensitivity) sensitivityRequest(request.sensitivity);
  const comparison = compareScenarios(scenarios);
  comparison.scenarios.forEach((s, i) => {
    const caps = s.run.projection.caps;
    if (caps > 0) {
      streams.stderr.write(
        `project: warning: ${request.files[i]}: net emigration exceeded the population in ${caps} ${caps === 1 ? 'cell' : 'cells'} and was capped there\n`,
      );
    }
  });
  // Loaded here, not at start-up: exceljs and pptxgenjs are not needed to project a single file.
  const { buildExport } = await import('../export/index.js');
  const bytes = await buildExport(request.format, comparison, {
    lang: request.lang,
    appVersion: await appVersion(),
    date: exportDate(env, new Date(), (message) => streams.stderr.write(message)),
    ...(request.uncertaintyRuns ? { uncertaintyRuns: request.uncertaintyRuns } : {}),
    ...(targets ? { targets: [targets] } : {}),
    ...(request.sensitivity ? { sensitivity: sensitivityRequest(request.sensitivity) } : {}),
  });
  await writeBinaryFile(request.path, bytes);
}
