/**
 * The kinds of input file the CLI reads, keyed by the file's `format` field. To add a kind (e.g.
 * `"xiqing-population-scenario"`), add an entry to FILE_KINDS; nothing else changes.
 */
import { project } from '../model/engine/project.js';
import type { ProjectionResult } from '../model/engine/types.js';
import { INPUTS_FILE_FORMAT, parseInputsFile, toProjectionInputs, type ParseResult } from '../model/inputs-file/index.js';

/** One kind of input file. */
export interface FileKind {
  /** Value of the file's `format` field. */
  format: string;
  /** A few words for --help and error messages. */
  title: string;
  /**
   * Validates the parsed JSON and projects it. Invalid content is returned as plain-word problems;
   * throwing is reserved for bugs.
   */
  project: (data: unknown) => ParseResult<ProjectionResult>;
}

const explicitInputs: FileKind = {
  format: INPUTS_FILE_FORMAT,
  title: 'explicit projection inputs, year by year (docs/inputs-format.md)',
  project: (data) => {
    const parsed = parseInputsFile(data);
    return parsed.ok ? { ok: true, value: project(toProjectionInputs(parsed.value)) } : parsed;
  },
};

export const FILE_KINDS: readonly FileKind[] = [explicitInputs];

/** The kind named by the file's `format` field, or why there is none. */
export function findFileKind(data: unknown, kinds: readonly FileKind[] = FILE_KINDS): ParseResult<FileKind> {
  const supported = `supported formats: ${kinds.map((k) => `"${k.format}"`).join(', ')}`;
  const format = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { format?: unknown }).format : undefined;
  if (typeof format !== 'string') {
    return { ok: false, errors: [`the file has no "format" field naming its kind (${supported})`] };
  }
  const kind = kinds.find((k) => k.format === format);
  return kind ? { ok: true, value: kind } : { ok: false, errors: [`format "${format}" is not supported (${supported})`] };
}
