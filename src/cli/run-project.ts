/** `npm run project`: read an inputs file, project it, print or write the result; or export scenarios. */
import { PLAN_TARGET_SET } from '@model';
import { fixed } from '../format/index.js';
import { parseProjectArgs, usage, USAGE_HINT } from './args.js';
import { CliError, EXIT_INTERNAL, EXIT_INVALID, EXIT_OK } from './errors.js';
import { exportScenarios } from './export-scenarios.js';
import { FILE_KINDS, findFileKind } from './file-kinds.js';
import { readJsonFile, writeTextFile } from './files.js';
import { areasText } from './areas-output.js';
import { fitCommand, readObservations, readTargets, renderWithObserved } from './plan-data-files.js';
import { checklistFor, checklistText, solveText } from './targets-and-solve.js';
import { sensitivityText, uncertaintyText } from './uncertainty-cli.js';

/** Where the CLI prints (process.stdout/stderr, or a capture in tests). */
export interface CliStreams {
  stdout: { write: (text: string) => unknown };
  stderr: { write: (text: string) => unknown };
}

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 50;
/** Longest line of an error message, characters: a value echoed from a file never floods the terminal. */
const MAX_LINE = 2000;

/** `text` cut to MAX_LINE characters, saying how much was left out. */
function capLine(text: string): string {
  return text.length <= MAX_LINE ? text : `${text.slice(0, MAX_LINE)}… (${fixed('en', text.length - MAX_LINE)} more characters)`;
}

/**
 * Runs the command with `argv` (the arguments after the script name).
 *
 * @param env environment variables (SOURCE_DATE_EPOCH fixes the export date)
 * @returns the exit code: 0 success, 2 bad usage or invalid input, 1 unexpected failure
 */
export async function runProjectCli(
  argv: readonly string[],
  streams: CliStreams,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<number> {
  try {
    const args = parseProjectArgs(argv);
    if (args.help) {
      streams.stdout.write(usage(FILE_KINDS));
      return EXIT_OK;
    }
    if ('export' in args) {
      await exportScenarios(args.export, streams, env);
      return EXIT_OK;
    }
    const data = await readJsonFile(args.file);
    const kind = findFileKind(data);
    if (!kind.ok) throw new CliError(`${args.file} cannot be projected`, kind.errors, USAGE_HINT);
    const projected = kind.value.project(data);
    if (!projected.ok) {
      throw new CliError(`${args.file} is not a valid ${kind.value.format} file`, projected.errors);
    }
    const { caps, overflow } = projected.value;
    if (overflow) throw new CliError(`${args.file} cannot be projected`, [overflow]);
    if (caps > 0) {
      streams.stderr.write(
        `project: warning: net emigration exceeded the population in ${caps} ${caps === 1 ? 'cell' : 'cells'} and was capped there\n`,
      );
    }
    let text: string;
    const scenarioOnly = args.uncertainty ?? args.sensitivity;
    if (scenarioOnly !== undefined && !projected.value.scenario) {
      throw new CliError(`--uncertainty and --sensitivity need a scenario file; ${args.file} is a ${kind.value.format} file`);
    }
    if (args.uncertainty !== undefined) text = uncertaintyText(projected.value.scenario!, args.uncertainty, args.format);
    else if (args.sensitivity !== undefined) text = sensitivityText(projected.value.scenario!, args.sensitivity, args.format);
    else if (args.areas !== undefined) {
      const scenario = projected.value.scenario;
      if (!scenario) throw new CliError(`--areas needs a scenario file; ${args.file} is a ${kind.value.format} file`);
      text = await areasText(scenario, args.areas.file, args.format);
    } else if (args.targets !== undefined || args.solve !== undefined || args.observed !== undefined || args.fit !== undefined) {
      const scenario = projected.value.scenario;
      if (!scenario) throw new CliError(`--targets, --solve, --observed and --fit need a scenario file; ${args.file} is a ${kind.value.format} file`);
      const json = args.formatGiven && args.format === 'json';
      if (args.observed !== undefined) {
        text = renderWithObserved(scenario, await readObservations(args.observed), args.format);
      } else if (args.fit !== undefined) {
        text = await fitCommand(scenario, args.fit, args.format, streams.stderr);
      } else if (args.targets !== undefined) {
        const set = args.targetsFile === undefined ? undefined : await readTargets(args.targetsFile);
        const rows = checklistFor(scenario.values, args.targets, set?.targets);
        const name = set ? `${scenario.name} — ${set.name}` : scenario.name;
        text = json
          ? JSON.stringify({ scenario: scenario.name, targetSet: set?.name ?? PLAN_TARGET_SET.name, year: args.targets, targets: rows }, null, 1) + '\n'
          : checklistText(name, args.targets, rows);
      } else {
        const solved = solveText(scenario.values, args.solve!.lever, args.solve!.for, args.solve!.year);
        text = json ? JSON.stringify(solved.json, null, 1) + '\n' : solved.text;
      }
    } else text = projected.value.render(args.format);
    if (args.out === undefined) streams.stdout.write(text);
    else await writeTextFile(args.out, text);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      streams.stderr.write(formatCliError(error));
      return EXIT_INVALID;
    }
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(`${capLine(`project: internal error: ${message}`)}\n`);
    return EXIT_INTERNAL;
  }
}

/** `project: summary` and the problems as a list, at most MAX_PROBLEMS_SHOWN of them. */
export function formatCliError(error: CliError): string {
  const shown = error.problems.slice(0, MAX_PROBLEMS_SHOWN);
  const hidden = error.problems.length - shown.length;
  const lines = [
    capLine(`project: ${error.summary}${shown.length > 0 ? ':' : ''}`),
    ...shown.map((problem) => capLine(`  - ${problem}`)),
    ...(hidden > 0 ? [`  … and ${hidden} more ${hidden === 1 ? 'problem' : 'problems'}`] : []),
    ...(error.hint ? [error.hint] : []),
  ];
  return `${lines.join('\n')}\n`;
}
