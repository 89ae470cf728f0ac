/** Command-line arguments of `npm run project`. */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportFormatOf, type ExportFormat } from '../export/formats.js';
import { EXPORT_LANGS, isExportLang, type ExportLang } from '../export/labels.js';
import { MAX_COMPARED_SCENARIOS } from '@model';
import { CliError } from './errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';

/** An export of 1..6 scenario files (the first is the baseline) to one CSV, XLSX or PPTX file. */
export interface ExportRequest {
  files: string[];
  /** The file to write; its extension gives the format. */
  path: string;
  format: ExportFormat;
  lang: ExportLang;
  /**
   * --uncertainty N: N probabilistic runs per scenario — the workbook's uncertainty sheet, the CSV's
   * percentile columns, the deck's bands.
   */
  uncertaintyRuns?: number;
  /** --targets-file FILE: the target set the export reads (default the plan's). */
  targetsFile?: string;
  /** --sensitivity INDICATOR [--in YEAR]: the baseline's tornado (a deck slide, a workbook sheet). */
  sensitivity?: { indicator: string; year: number };
}

/** What the user asked for: help, one file projected, or scenario files exported. */
export type ProjectArgs =
  | { help: true }
  | {
      help: false;
      file: string;
      format: OutputFormat;
      /** Whether --format was given (the checklist and goal seek print text unless asked for JSON). */
      formatGiven: boolean;
      out: string | undefined;
      /** --targets YEAR: print the plan-target checklist for that year instead of the indicators. */
      targets?: number;
      /** --targets-file FILE: the target set to check against (default: the plan's, shipped). */
      targetsFile?: string;
      /** --observed FILE: join the observed figures of an observations file as observed* columns. */
      observed?: string;
      /** --fit FILE [--save-scenario FILE]: fit the scenario to observed figures. */
      fit?: { observations: string; saveScenario?: string; after?: string };
      /** --solve LEVER --for INDICATOR=VALUE --in YEAR: goal seek instead of the indicators. */
      solve?: { lever: string; for: string; year: number };
      /** --uncertainty N [--seed S]: percentiles of N probabilistic runs and target probabilities. */
      uncertainty?: { runs: number; seed?: number };
      /** --sensitivity INDICATOR [--in YEAR]: the tornado of every lever's plausible low and high. */
      sensitivity?: { indicator: string; year: number };
      /** --areas [FILE]: indicators by town and street; `file` undefined means the shipped areas file. */
      areas?: { file?: string };
    }
  | { help: false; export: ExportRequest };

export const USAGE_HINT = 'Run "npm run project -- --help" for usage.';

/** Usage text; `formats` lists the input file kinds the CLI reads. */
export function usage(formats: readonly { format: string; title: string }[]): string {
  return [
    'Usage: npm run project -- <file.json> [--format json|csv] [--out FILE]',
    `       npm run project -- <scenario.json>... --export FILE.${EXPORT_FORMATS.join('|')} [--lang ${EXPORT_LANGS.join('|')}]`,
    '',
    'Projects the population described by an inputs or scenario file and prints the result; or',
    `exports 1 to ${MAX_COMPARED_SCENARIOS} scenario files (the first is the baseline) as a comparison workbook, table or deck.`,
    '',
    'Options:',
    '  --format json|csv  output format (default json)',
    '                     inputs files:   json {"years", "population", "births", "deaths"}; csv year,sex,age,population',
    '                     scenario files: json {"scenario", "years": [indicators by year]}; csv one row per year',
    '  --out FILE         write the result to FILE (folders are created) instead of stdout; a device or',
    '                     a named pipe being read is written through, other things that are not files refused',
    '  --targets YEAR     scenario files: print the plan-target checklist for YEAR (text; JSON with --format json)',
    '  --areas [AREAS.json]',
    '                     scenario files: indicators, demand and gaps by town and street (default: the',
    '                     shipped xiqing-areas file; docs/areas.md)',
    '  --targets-file FILE  with --targets or --export: check (or export against) the target set in FILE',
    '                     (xiqing-targets) instead of the plan\'s',
    '  --observed FILE    scenario files: add observed* columns from an observations file (xiqing-observations)',
    '  --fit FILE         scenario files: fit migration and settlement to the observations in FILE and print the',
    '                     fitted rows with a "fit" table; --save-scenario F writes the fitted scenario file;',
    '                     --after hold|mean:K|return:YEAR says how the fitted levers go on (default hold)',
    '  --solve LEVER --for INDICATOR=VALUE --in YEAR',
    '                     scenario files: find the value of LEVER that makes INDICATOR reach VALUE in YEAR',
    '  --uncertainty N [--seed S]',
    '                     scenario files: percentiles (2.5, 10, 50, 90, 97.5) of N probabilistic runs by year and',
    '                     the probability of meeting each plan target (docs/uncertainty.md); with --export: an',
    '                     uncertainty sheet (.xlsx), percentile columns (.csv) or the baseline\'s bands (.pptx)',
    '  --sensitivity INDICATOR [--in YEAR]',
    '                     scenario files: each lever at its plausible low and high, sorted by the swing of',
    '                     INDICATOR in YEAR (default 2025); with --export: a tornado slide (.pptx) or sheet (.xlsx)',
    `  --export FILE      write a comparison of the scenario files to FILE; its extension (.${EXPORT_FORMATS.join(', .')})`,
    '                     gives the format (docs/exports.md)',
    `${`  --lang ${EXPORT_LANGS.join('|')}`.padEnd(21)}language of the export's headers and labels (default zh-CN)`,
    '  -h, --help         show this help',
    '',
    'Input files (detected by their "format" field):',
    ...formats.map((f) => `  ${f.format}  ${f.title}`),
    '',
    'Exit codes: 0 success, 2 bad usage or invalid input, 1 unexpected failure.',
    'The file format is described in docs/inputs-format.md.',
    '',
  ].join('\n');
}

/**
 * Parses the arguments (without the node and script paths).
 *
 * @throws CliError on unknown options, a missing or extra file, or an unknown --format
 */
export function parseProjectArgs(argv: readonly string[]): ProjectArgs {
  const { rest, areas } = takeAreasOption(argv);
  const request = parseRest(rest);
  if (areas === undefined) return request;
  if (request.help) return request;
  if ('export' in request) throw new CliError('--areas does not apply to --export', [], USAGE_HINT);
  if (request.targets !== undefined || request.solve !== undefined || request.uncertainty !== undefined || request.sensitivity !== undefined) {
    throw new CliError('use --areas on its own, not with --targets, --solve, --uncertainty or --sensitivity', [], USAGE_HINT);
  }
  return { ...request, areas };
}

/**
 * `--areas` takes an optional file: `--areas=FILE`, or `--areas FILE` when FILE is not an option and a
 * scenario file was already named before it (so `SCENARIO --areas` alone means the shipped file).
 */
function takeAreasOption(argv: readonly string[]): { rest: string[]; areas?: { file?: string } } {
  const rest: string[] = [];
  let areas: { file?: string } | undefined;
  let positionalsSeen = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--areas' || a.startsWith('--areas=')) {
      if (areas) throw new CliError('--areas is given twice', [], USAGE_HINT);
      if (a.startsWith('--areas=')) {
        const file = a.slice('--areas='.length);
        if (file === '') throw new CliError('--areas= needs a file name', [], USAGE_HINT);
        areas = { file };
      } else if (positionalsSeen > 0 && i + 1 < argv.length && !argv[i + 1].startsWith('-')) {
        areas = { file: argv[++i] };
      } else areas = {};
      continue;
    }
    if (!a.startsWith('-')) positionalsSeen++;
    rest.push(a);
  }
  return { rest, areas };
}

function parseRest(argv: readonly string[]): ProjectArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        export: { type: 'string' },
        lang: { type: 'string' },
        targets: { type: 'string' },
        'targets-file': { type: 'string' },
        observed: { type: 'string' },
        fit: { type: 'string' },
        'save-scenario': { type: 'string' },
        after: { type: 'string' },
        solve: { type: 'string' },
        for: { type: 'string' },
        in: { type: 'string' },
        uncertainty: { type: 'string' },
        seed: { type: 'string' },
        sensitivity: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--x'"); keep its first sentence, drop its hints.
    const message = error instanceof Error ? error.message.split('. ')[0].replace(/\.$/, '') : String(error);
    throw new CliError(message, [], USAGE_HINT);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0) throw new CliError('no input file given', [], USAGE_HINT);
  if (values.export !== undefined) return { help: false, export: exportRequest(positionals, values) };
  if (values.lang !== undefined) throw new CliError('--lang applies only to --export', [], USAGE_HINT);
  if (positionals.length > 1) {
    throw new CliError(`expected one input file, got ${positionals.length}: ${positionals.join(' ')}`, [], USAGE_HINT);
  }
  const format = values.format ?? 'json';
  if (!isOutputFormat(format)) {
    const known = OUTPUT_FORMATS.join(' or ');
    throw new CliError(`--format must be ${known}, got "${format}"`, [], USAGE_HINT);
  }
  if (values.out === '') throw new CliError('--out needs a file name', [], USAGE_HINT);
  const request = { help: false as const, file: positionals[0], format, formatGiven: values.format !== undefined, out: values.out };
  if (values['targets-file'] !== undefined && values.targets === undefined) throw new CliError('--targets-file needs --targets YEAR', [], USAGE_HINT);
  if ((values['save-scenario'] !== undefined || values.after !== undefined) && values.fit === undefined) throw new CliError('--save-scenario and --after apply only to --fit', [], USAGE_HINT);
  const modes = (['targets', 'solve', 'fit', 'observed', 'uncertainty', 'sensitivity'] as const).filter((m) => values[m] !== undefined);
  if (modes.length > 1) throw new CliError(`use one of --${modes.join(', --')}, not several`, [], USAGE_HINT);
  if (values.targets !== undefined) {
    const targets = yearOption('--targets', values.targets);
    return values['targets-file'] === undefined ? { ...request, targets } : { ...request, targets, targetsFile: values['targets-file'] };
  }
  if (values.observed !== undefined) return { ...request, observed: values.observed };
  if (values.fit !== undefined) {
    const save = values['save-scenario'];
    if (save === '') throw new CliError('--save-scenario needs a file name', [], USAGE_HINT);
    return {
      ...request,
      fit: { observations: values.fit, ...(save === undefined ? {} : { saveScenario: save }), ...(values.after === undefined ? {} : { after: values.after }) },
    };
  }
  if (values.seed !== undefined && values.uncertainty === undefined) throw new CliError('--seed applies only to --uncertainty', [], USAGE_HINT);
  if (values.uncertainty !== undefined) {
    const runs = Number(values.uncertainty);
    if (!Number.isInteger(runs) || runs < 1 || runs > 100_000) {
      throw new CliError(`--uncertainty needs a number of runs from 1 to 100000, got "${values.uncertainty}"`, [], USAGE_HINT);
    }
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && (!Number.isSafeInteger(seed) || values.seed!.trim() === '')) {
      throw new CliError(`--seed needs a whole number, got "${values.seed}"`, [], USAGE_HINT);
    }
    if (values.for !== undefined || values.in !== undefined) throw new CliError('--for and --in do not apply to --uncertainty', [], USAGE_HINT);
    return { ...request, uncertainty: { runs, ...(seed === undefined ? {} : { seed }) } };
  }
  if (values.sensitivity !== undefined) {
    if (values.sensitivity === '') throw new CliError('--sensitivity needs an indicator, e.g. residents', [], USAGE_HINT);
    if (values.for !== undefined) throw new CliError('--for applies only to --solve', [], USAGE_HINT);
    return { ...request, sensitivity: { indicator: values.sensitivity, year: values.in === undefined ? 2025 : yearOption('--in', values.in) } };
  }
  if (values.solve !== undefined) {
    if (values.for === undefined || values.in === undefined) {
      throw new CliError('--solve LEVER needs --for INDICATOR=VALUE and --in YEAR', [], USAGE_HINT);
    }
    return { ...request, solve: { lever: values.solve, for: values.for, year: yearOption('--in', values.in) } };
  }
  if (values.for !== undefined || values.in !== undefined) throw new CliError('--for applies only to --solve, --in to --solve and --sensitivity', [], USAGE_HINT);
  return request;
}

function yearOption(name: string, text: string): number {
  const year = Number(text);
  if (!Number.isInteger(year) || year < 2020 || year > 2050) throw new CliError(`${name} needs a year from 2020 to 2050, got "${text}"`, [], USAGE_HINT);
  return year;
}

function isOutputFormat(name: string): name is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(name);
}

/** Checks the arguments of an export. */
function exportRequest(
  files: string[],
  values: { export?: string; lang?: string; format?: string; out?: string; uncertainty?: string; 'targets-file'?: string; sensitivity?: string; in?: string; targets?: string },
): ExportRequest {
  const path = values.export ?? '';
  if (path === '') throw new CliError('--export needs a file name', [], USAGE_HINT);
  const format = exportFormatOf(path);
  if (!format) {
    throw new CliError(`--export needs a file ending in .${EXPORT_FORMATS.join(', .')}; got "${path}"`, [], USAGE_HINT);
  }
  if (values.format !== undefined || values.out !== undefined) {
    throw new CliError('--format and --out do not apply to --export (the export file name gives the format)', [], USAGE_HINT);
  }
  if (files.length > MAX_COMPARED_SCENARIOS) {
    throw new CliError(`--export compares at most ${MAX_COMPARED_SCENARIOS} scenario files, got ${files.length}`, [], USAGE_HINT);
  }
  const lang = values.lang ?? 'zh-CN';
  if (!isExportLang(lang)) throw new CliError(`--lang must be ${EXPORT_LANGS.join(' or ')}, got "${lang}"`, [], USAGE_HINT);
  if (values.targets !== undefined) throw new CliError('--targets does not apply to --export (use --targets-file FILE to export against a target set)', [], USAGE_HINT);
  const request: ExportRequest = { files, path, format, lang };
  const targetsFile = values['targets-file'];
  if (targetsFile === '') throw new CliError('--targets-file needs a file name', [], USAGE_HINT);
  if (targetsFile !== undefined) request.targetsFile = targetsFile;
  if (values.sensitivity !== undefined) {
    if (format === 'csv') throw new CliError('--sensitivity with --export needs an .xlsx or .pptx file (a tornado sheet or slide)', [], USAGE_HINT);
    request.sensitivity = { indicator: values.sensitivity, year: values.in === undefined ? 2025 : yearOption('--in', values.in) };
  } else if (values.in !== undefined) throw new CliError('--in applies to --export only with --sensitivity', [], USAGE_HINT);
  if (values.uncertainty === undefined) return request;
  const runs = Number(values.uncertainty);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100_000) {
    throw new CliError(`--uncertainty needs a number of runs from 1 to 100000, got "${values.uncertainty}"`, [], USAGE_HINT);
  }
  return { ...request, uncertaintyRuns: runs };
}
