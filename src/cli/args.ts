/** Command-line arguments of `npm run project`. */
import { parseArgs } from 'node:util';
import { CliError } from './errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';

/** What the user asked for. */
export type ProjectArgs =
  | { help: true }
  | { help: false; file: string; format: OutputFormat; out: string | undefined };

export const USAGE_HINT = 'Run "npm run project -- --help" for usage.';

/** Usage text; `formats` lists the input file kinds the CLI reads. */
export function usage(formats: readonly { format: string; title: string }[]): string {
  return [
    'Usage: npm run project -- <file.json> [--format json|csv] [--out FILE]',
    '',
    'Projects the population described by an inputs or scenario file and prints the result.',
    '',
    'Options:',
    '  --format json|csv  output format (default json)',
    '                     inputs files:   json {"years", "population", "births", "deaths"}; csv year,sex,age,population',
    '                     scenario files: json {"scenario", "years": [indicators by year]}; csv one row per year',
    '  --out FILE         write the result to FILE (folders are created) instead of stdout',
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
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
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
  if (positionals.length > 1) {
    throw new CliError(`expected one input file, got ${positionals.length}: ${positionals.join(' ')}`, [], USAGE_HINT);
  }
  const format = values.format ?? 'json';
  if (!isOutputFormat(format)) {
    const known = OUTPUT_FORMATS.join(' or ');
    throw new CliError(`--format must be ${known}, got "${format}"`, [], USAGE_HINT);
  }
  if (values.out === '') throw new CliError('--out needs a file name', [], USAGE_HINT);
  return { help: false, file: positionals[0], format, out: values.out };
}

function isOutputFormat(name: string): name is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(name);
}
