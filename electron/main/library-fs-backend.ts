/**
 * The library's storage in Electron: plain folders. The library area is the user's library folder
 * (changeable in settings, read at each call), the trash its `.deleted` subfolder (same disk, so a
 * delete is a rename), the recovery area a folder under userData. Writes are atomic via
 * write-file-atomic (temp file + fsync + rename); its orphaned temp files (`x.json.123456`, left only
 * if the process dies mid-write) do not end in .json, are never listed, and are deleted by the first
 * listing after they are a minute old (the library lists its folders when it opens).
 */
import { lstat, mkdir, readdir, rename, stat, statfs, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { nextModified, TargetExistsError, utf8Size, type Area, type LibraryBackend, type StoredFile } from '../../src/host/library/backend';
import { withFolderLock } from './library-lock';
import { atomicWrite, readTextFile, type WriteFile } from './scenario-files';

/** write-file-atomic's temporary files: the target's name, a dot and a 32-bit number. */
const TEMP_FILE = /\.json\.\d{1,10}$/i;
/** A temporary file this old belongs to a write that was interrupted (a write takes milliseconds). */
export const ORPHAN_AGE_MS = 60_000;

/** Name of the trash folder inside the library folder (hidden on macOS and Linux). */
export const TRASH_FOLDER = '.deleted';

export interface FsBackendOptions {
  /** The library folder in use (settings may change it between calls). */
  libraryFolder: () => string;
  recoveryFolder: string;
  /** Replaced only by tests, to make a write fail or stop halfway. */
  writeFile?: WriteFile;
  /** Where to report a lock lost while held. */
  log?: (message: string) => void;
  /** Free bytes on the disk holding `folder`; replaced only by tests (a real full disk cannot be made on demand). */
  freeBytes?: (folder: string) => Promise<number>;
}

/** Writes are refused when fewer bytes than this would be left free: a full disk breaks the OS and other programs too. */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

/** Free bytes for unprivileged users on the disk holding `folder`. */
export async function diskFreeBytes(folder: string): Promise<number> {
  const info = await statfs(folder);
  return info.bavail * info.bsize;
}

/** Thrown when a write would leave the disk nearly full; nothing is written. */
export class DiskNearlyFullError extends Error {
  override readonly name = 'DiskNearlyFullError';
}

/** Refuses anything but a single plain name: the service checks ids too, this is the last line. */
function assertPlainName(name: string): void {
  if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) throw new Error(`refused file name "${name}"`);
}

const exists = (path: string) => lstat(path).then(() => true, (error: NodeJS.ErrnoException) => {
  if (error.code === 'ENOENT') return false;
  throw error;
});

/**
 * Deletes the temporary files of interrupted writes (a process killed between writing and renaming)
 * once they are older than ORPHAN_AGE_MS, so they do not pile up; younger ones may be another
 * process's write in progress. Best effort: a file that cannot be removed is left for next time.
 */
async function removeOrphans(folder: string, names: string[], now = Date.now()): Promise<void> {
  await Promise.all(names.map(async (name) => {
    const path = join(folder, name);
    const info = await lstat(path).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs > ORPHAN_AGE_MS) await unlink(path).catch(() => undefined);
  }));
}

/** The library's folders on disk as a {@link LibraryBackend}. */
export function createFsBackend(options: FsBackendOptions): LibraryBackend {
  const write = options.writeFile ?? atomicWrite;
  const folderOf = (area: Area) => area === 'library' ? options.libraryFolder()
    : area === 'trash' ? join(options.libraryFolder(), TRASH_FOLDER) : options.recoveryFolder;
  const pathOf = (area: Area, name: string) => {
    assertPlainName(name);
    return join(folderOf(area), name);
  };
  const describe = async (path: string, name: string): Promise<StoredFile> => {
    const info = await stat(path);
    return { name, modified: new Date(info.mtimeMs).toISOString(), size: info.size };
  };

  return {
    location: () => options.libraryFolder(),
    // The library folder may be shared with other processes (windows, computers): lock it per change.
    exclusive: (task) => withFolderLock(options.libraryFolder(), task, { log: options.log }),
    async list(area) {
      const folder = folderOf(area);
      const dirents = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      await removeOrphans(folder, dirents.filter((d) => d.isFile() && TEMP_FILE.test(d.name)).map((d) => d.name));
      const names = dirents.filter((d) => d.isFile() && /\.json$/i.test(d.name) && !d.name.startsWith('.')).map((d) => d.name);
      // A file removed between readdir and stat is simply not listed.
      const files = await Promise.all(names.map((name) => describe(join(folder, name), name).catch(() => null)));
      return files.filter((f): f is StoredFile => f !== null);
    },
    read: (area, name, maxBytes) => readTextFile(pathOf(area, name), maxBytes),
    async write(area, name, text) {
      const path = pathOf(area, name);
      await mkdir(folderOf(area), { recursive: true });
      const free = await (options.freeBytes ?? diskFreeBytes)(folderOf(area)).catch(() => Infinity);
      if (free - 2 * utf8Size(text) < MIN_FREE_BYTES) {
        const mb = (bytes: number) => `${Math.max(0, Math.floor(bytes / (1024 * 1024)))} MB`;
        throw new DiskNearlyFullError(`the disk holding ${folderOf(area)} is nearly full (${mb(free)} free; at least ${mb(MIN_FREE_BYTES)} must stay free), so nothing was written. Free some space and save again`);
      }
      const previous = await describe(path, name).catch(() => undefined);
      await write(path, text);
      const written = await describe(path, name);
      // Two saves within one millisecond (or on a coarse-clock file system) would get the same mtime,
      // and an expectedModified check could then mistake them for one: move the new mtime past the old.
      if (previous && Date.parse(written.modified) <= Date.parse(previous.modified)) {
        const later = new Date(nextModified(new Date(), previous.modified));
        await utimes(path, later, later);
        return describe(path, name);
      }
      return written;
    },
    async move(from, fromName, to, toName) {
      const source = pathOf(from, fromName);
      const target = pathOf(to, toName);
      await mkdir(folderOf(to), { recursive: true });
      // rename() would silently replace an existing target; the library never wants that.
      if (await exists(target)) throw new TargetExistsError(`${toName} already exists`);
      await rename(source, target);
    },
    async remove(area, name) {
      await unlink(pathOf(area, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
  };
}
