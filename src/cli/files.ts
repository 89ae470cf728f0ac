/** Reading the input file and writing the output, with errors in plain words. */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { decodeFileText, notUtf8Reason } from '../host/file-text.js';
import { jsonLimitProblem, type JsonLimits } from '@model';
import { CliError } from './errors.js';
import { locateJsonError } from './json-position.js';
import { NoReaderError, outputTarget, writeThrough } from './output-target.js';

/** Plain words for the usual file-system error codes. */
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  // mkdir -p reports a file standing where a folder of the path should be as EEXIST.
  EEXIST: 'a part of the path is a file, not a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in FS_REASONS) return FS_REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** Input files are checked against these before anything walks them (the explicit-inputs files are the largest). */
const INPUT_JSON_LIMITS: JsonLimits = { maxDepth: 64, maxValues: 20_000_000 };

/**
 * Reads and parses a JSON file: strict UTF-8 (a leading byte-order mark is ignored; UTF-16 and invalid
 * bytes are refused by the same rule the app uses), nested at most INPUT_JSON_LIMITS deep.
 *
 * @throws CliError naming the file: unreadable, not UTF-8, not JSON (with line and column), or too deep
 */
export async function readJsonFile(path: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${fsReason(error)}`);
  }
  const decoded = decodeFileText(bytes);
  if (!decoded.ok) throw new CliError(`cannot read ${path}: ${notUtf8Reason(decoded.encoding)}`);
  const text = decoded.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { reason, at } = locateJsonError(text, message);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    throw new CliError(`${path} is not valid JSON: ${reason}${where}`);
  }
  const tooBig = jsonLimitProblem(data, INPUT_JSON_LIMITS);
  if (tooBig) throw new CliError(`${path} cannot be read: ${tooBig}`);
  return data;
}

/**
 * Writes the output to `path`: a regular or new file atomically (a reader never sees half a file),
 * creating missing folders; a device or a named pipe with a reader by writing through it. Nothing that
 * exists and is not a regular file is ever replaced.
 *
 * @throws CliError naming the file when it cannot be written, or must not be
 */
async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    const target = await outputTarget(path);
    if (target.kind === 'refused') throw new CliError(`cannot write ${path}: ${target.reason}; nothing was written`);
    if (target.kind !== 'file') return await writeThrough(path, bytes, target.kind);
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = error instanceof NoReaderError ? `${error.message}; nothing was written` : fsReason(error);
    throw new CliError(`cannot write ${path}: ${reason}`);
  }
}

/** Writes `text` (UTF-8) to `path`; see {@link writeOutput}. */
export function writeTextFile(path: string, text: string): Promise<void> {
  return writeOutput(path, new TextEncoder().encode(text));
}

/** Writes `bytes` to `path`; see {@link writeOutput}. */
export function writeBinaryFile(path: string, bytes: Uint8Array): Promise<void> {
  return writeOutput(path, bytes);
}
