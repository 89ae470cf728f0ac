/**
 * Reading and writing the user's files. Plain Node functions of a path, tested against real folders;
 * the dialogs that choose the paths live elsewhere. Failures come back as typed results with a clear
 * message rather than as exceptions, because the renderer must explain them to the user.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { MAX_SCENARIO_BYTES, type HostError, type OpenResult, type SaveResult } from '../../src/host/contract';
import type { ReadOutcome } from '../../src/host/library/backend';
import { openedIfAccepted, type TextCheck } from '../../src/host/checked-text';
import { decodeFileText } from '../../src/host/file-text';
import { checkScenarioText, hostError, ioError, notUtf8Error, tooLargeError } from '../../src/host/scenario-check';

const errnoCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/**
 * Reads a file as UTF-8 text (BOM removed), refusing files over `maxBytes` before reading them.
 * A missing file (or a folder) is `not-found`; other I/O failures are thrown.
 */
export async function readTextFile(path: string, maxBytes: number): Promise<ReadOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { status: 'not-found' };
    if (info.size > maxBytes) return { status: 'too-large', size: info.size };
    const bytes = await readFile(path);
    // Checked again: the file may have grown between stat and read.
    if (bytes.byteLength > maxBytes) return { status: 'too-large', size: bytes.byteLength };
    const decoded = decodeFileText(bytes);
    if (!decoded.ok) return decoded.encoding ? { status: 'not-utf8', encoding: decoded.encoding } : { status: 'not-utf8' };
    return { status: 'ok', text: decoded.text, file: { name: basename(path), modified: new Date(info.mtimeMs).toISOString(), size: bytes.byteLength } };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return { status: 'not-found' };
    throw error;
  }
}

/**
 * Opens a file from anywhere: read it (size limit, UTF-8), then `check`, the model's loader for its
 * kind. Its text comes back only if the loader accepts it. Scenario and walkthrough files alike.
 */
export async function openCheckedFileAt(path: string, check: TextCheck, maxBytes = MAX_SCENARIO_BYTES): Promise<OpenResult> {
  const name = basename(path);
  try {
    const read = await readTextFile(path, maxBytes);
    switch (read.status) {
      case 'not-found': return hostError('not-found', `${path} no longer exists.`);
      case 'too-large': return tooLargeError(name, read.size, maxBytes);
      case 'not-utf8': return notUtf8Error(name, read.encoding);
      case 'ok': return openedIfAccepted(check, read.text, path, name);
    }
  } catch (error) {
    return ioError(`Cannot read ${path}`, error);
  }
}

/** Opens a scenario file from anywhere: read, then the model's loader. Its text comes back only if it is a scenario. */
export function openScenarioAt(path: string, maxBytes = MAX_SCENARIO_BYTES): Promise<OpenResult> {
  return openCheckedFileAt(path, checkScenarioText, maxBytes);
}

/**
 * Why an existing file must not be overwritten by a save: it is no longer a file of this kind that
 * `check` accepts (a newer version saved over it, or another program). Null when it is one, or is absent.
 */
export async function refuseOverwrite(path: string, check: TextCheck, maxBytes = MAX_SCENARIO_BYTES): Promise<HostError | null> {
  const opened = await openCheckedFileAt(path, check, maxBytes);
  if (opened.status !== 'error' || opened.kind === 'not-found') return null;
  return { ...opened, message: `${basename(path)} was not overwritten: ${opened.message}` };
}

/** The atomic writer; tests replace it to fail or stop a write halfway. */
export type WriteFile = (path: string, content: string | Buffer) => Promise<void>;
export const atomicWrite: WriteFile = (path, content) => writeFileAtomic(path, content);

/** Writes text (as UTF-8) or bytes atomically: the old file stays intact unless the new one is complete. */
export async function writeFileSafely(path: string, content: string | Uint8Array, write: WriteFile = atomicWrite): Promise<SaveResult> {
  try {
    await write(path, typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength));
    return { status: 'saved', path, name: basename(path) };
  } catch (error) {
    return ioError(`Cannot save ${path}`, error);
  }
}
