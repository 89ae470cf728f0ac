/**
 * Reading and writing the user's files. Plain Node functions of a path, tested against real folders;
 * the dialogs that choose the paths live elsewhere. Failures come back as typed results with a clear
 * message rather than as exceptions, because the renderer must explain them to the user.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { MAX_SCENARIO_BYTES, describeTooLarge, type FileError, type FileErrorCode, type OpenResult, type SaveResult } from '../../src/host/contract';

const fail = (code: FileErrorCode, message: string): FileError => ({ status: 'error', code, message });
const errnoCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Reads a scenario file as UTF-8 text (BOM removed), refusing files over `maxBytes` before reading them. */
export async function readScenarioFile(path: string, maxBytes = MAX_SCENARIO_BYTES): Promise<OpenResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('not-found', `${path} is not a file.`);
    if (info.size > maxBytes) {
      return fail('too-large', describeTooLarge(basename(path), info.size, maxBytes));
    }
    const bytes = await readFile(path);
    // Checked again: the file may have grown between stat and read.
    if (bytes.byteLength > maxBytes) return fail('too-large', describeTooLarge(basename(path), bytes.byteLength, maxBytes));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return fail('not-utf8', `${basename(path)} is not UTF-8 text, so it cannot be a scenario file.`);
    }
    return { status: 'opened', file: { path, name: basename(path), text } };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return fail('not-found', `${path} no longer exists.`);
    return fail('io', `Cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Writes text (as UTF-8) or bytes atomically: the old file stays intact unless the new one is complete. */
export async function writeFileSafely(path: string, content: string | Uint8Array): Promise<SaveResult> {
  try {
    await writeFileAtomic(path, typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength));
    return { status: 'saved', path, name: basename(path) };
  } catch (error) {
    const code = errnoCode(error);
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return fail('io', `Cannot save ${path}: ${reason}`);
  }
}
