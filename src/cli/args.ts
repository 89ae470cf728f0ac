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
      /** --solve LEVER --for INDICATOR=VALUE --in YEAR: goal seek instead of the indicators. */
      solve?: { lever: string; for: string; year: number };
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
    '  --solve LEVER --for INDICATOR=VALUE --in YEAR',
    '                     scenario files: find the value of LEVER that makes INDICATOR reach VALUE in YEAR',
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
  if (request.targets !== undefined || request.solve !== undefined) throw new CliError('use --areas on its own, not with --targets or --solve', [], USAGE_HINT);
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
        solve: { type: 'string' },
        for: { type: 'string' },
        in: { type: 'string' },
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
  if (values.targets !== undefined && values.solve !== undefined) throw new CliError('use --targets or --solve, not both', [], USAGE_HINT);
  if (values.targets !== undefined) return { ...request, targets: yearOption('--targets', values.targets) };
  if (values.solve !== undefined) {
    if (values.for === undefined || values.in === undefined) {
      throw new CliError('--solve LEVER needs --for INDICATOR=VALUE and --in YEAR', [], USAGE_HINT);
    }
    return { ...request, solve: { lever: values.solve, for: values.for, year: yearOption('--in', values.in) } };
  }
  if (values.for !== undefined || values.in !== undefined) throw new CliError('--for and --in apply only to --solve', [], USAGE_HINT);
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
  values: { export?: string; lang?: string; format?: string; out?: string },
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
  return { files, path, format, lang };
}
