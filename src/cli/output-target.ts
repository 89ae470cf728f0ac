/**
 * Where the CLI's output goes when `--out` or `--export` names a path. A regular file (or a new one) is
 * replaced atomically; anything else that already exists is never renamed over: a character device
 * (/dev/stdout, /dev/null, a terminal) and a named pipe with a reader are written through, every
 * other kind (folder, socket, block device, a pipe nobody reads) is refused with a plain reason.
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** What stands at the output path, and so how to write there. */
export type OutputTarget =
  | { kind: 'file' }
  | { kind: 'device' }
  | { kind: 'fifo' }
  | { kind: 'refused'; reason: string };

/** Classifies the path (symbolic links followed). A path that does not exist yet is a new file. */
export async function outputTarget(path: string): Promise<OutputTarget> {
  let info;
  try {
    info = await stat(path);
  } catch {
    // Missing, or unreachable (ENOTDIR, EACCES …): the atomic write reports the exact reason.
    return { kind: 'file' };
  }
  if (info.isFile()) return { kind: 'file' };
  if (info.isCharacterDevice()) return { kind: 'device' };
  if (info.isFIFO()) return { kind: 'fifo' };
  if (info.isDirectory()) return { kind: 'refused', reason: 'it is a folder, not a file' };
  if (info.isSocket()) return { kind: 'refused', reason: 'it is a socket, not a regular file' };
  if (info.isBlockDevice()) return { kind: 'refused', reason: 'it is a block device (a disk), not a regular file' };
  return { kind: 'refused', reason: 'it exists and is not a regular file' };
}

/** Thrown when a named pipe has no reader: writing would wait for one for ever. */
export class NoReaderError extends Error {
  override readonly name = 'NoReaderError';
}

/**
 * Writes `bytes` through an existing device or named pipe, without creating, truncating or renaming
 * anything. A pipe is first opened without blocking, which fails at once when nothing reads from it.
 */
export async function writeThrough(path: string, bytes: Uint8Array, kind: 'device' | 'fifo'): Promise<void> {
  let probe: FileHandle | undefined;
  if (kind === 'fifo') {
    try {
      probe = await open(path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new NoReaderError('it is a named pipe (FIFO) that nothing is reading from');
      throw error;
    }
  }
  // The probe keeps the reader's end alive while the blocking handle opens, so this open cannot hang.
  const handle = await open(path, constants.O_WRONLY).finally(() => probe?.close());
  try {
    await handle.writeFile(bytes);
  } finally {
    await handle.close();
  }
}
