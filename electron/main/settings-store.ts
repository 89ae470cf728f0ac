/**
 * The settings file under userData. Plain Node (no Electron), so it is tested against a real folder.
 * Writes are atomic (temp file + rename via write-file-atomic) and serialized, so a crash or a failed
 * write leaves the previous file whole; a damaged file is kept aside for inspection, never deleted.
 */
import { readFile, rename } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import type { Settings } from '../../src/host/contract';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/host/schemas';

export interface SettingsStore {
  /** The current settings (in memory; always valid). */
  get(): Settings;
  /** Applies a change, then writes it; rejects if the write fails (memory keeps the change). */
  update(patch: Partial<Settings>): Promise<Settings>;
  /** Resolves when every write started so far has finished (call before quitting). */
  flush(): Promise<void>;
}

export interface SettingsStoreDeps {
  /** Replaced only by tests, to make a write fail halfway. */
  writeFile?: (path: string, text: string) => Promise<void>;
  log?: (message: string) => void;
  now?: () => Date;
}

const atomicWrite = (path: string, text: string) => writeFileAtomic(path, text, { encoding: 'utf8' });

/** Reads the file; returns defaults when it is missing, and moves a damaged one aside. */
async function load(filePath: string, log: (m: string) => void, now: () => Date): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`settings: cannot read ${filePath}: ${String(error)}; using defaults`);
    return { ...DEFAULT_SETTINGS };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const aside = `${filePath}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(filePath, aside).catch((error: unknown) => log(`settings: cannot move damaged file aside: ${String(error)}`));
    log(`settings: ${filePath} was damaged; kept as ${aside}, using defaults`);
    return { ...DEFAULT_SETTINGS };
  }
  // Field by field: a bad or unknown field falls back to its default without losing the others.
  return settingsSchema.parse(data);
}

export async function openSettingsStore(filePath: string, deps: SettingsStoreDeps = {}): Promise<SettingsStore> {
  const write = deps.writeFile ?? atomicWrite;
  const log = deps.log ?? ((message: string) => console.warn(message));
  let current = await load(filePath, log, deps.now ?? (() => new Date()));
  // Writes run one after another so an older snapshot can never land after a newer one.
  let queue: Promise<void> = Promise.resolve();

  return {
    get: () => current,
    update(patch) {
      current = settingsSchema.parse({ ...current, ...patch });
      const text = `${JSON.stringify(current, null, 2)}\n`;
      const done = queue.then(() => write(filePath, text));
      queue = done.catch(() => undefined);
      return done.then(() => current);
    },
    flush: () => queue,
  };
}
