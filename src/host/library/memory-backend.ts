/**
 * A library backend in memory: the reference for the contract of {@link LibraryBackend} in tests,
 * and the browser host's fallback when IndexedDB is unavailable (the library then lasts as long as
 * the page, and `location()` says so).
 */
import { TargetExistsError, nextModified, utf8Size, type Area, type LibraryBackend, type StoredFile } from './backend';

interface Row { text: string; file: StoredFile }

export interface MemoryBackend extends LibraryBackend {
  /** The raw rows, for tests that check nothing changed. */
  snapshot(): Record<Area, Record<string, string>>;
}

/** A fresh, empty library in memory; `now` stamps modifications (tests fix it). */
export function createMemoryBackend(options: { now?: () => Date; location?: string | null } = {}): MemoryBackend {
  const now = options.now ?? (() => new Date());
  const areas: Record<Area, Map<string, Row>> = { library: new Map(), trash: new Map(), recovery: new Map() };
  const copy = (file: StoredFile): StoredFile => ({ ...file });

  return {
    location: () => options.location ?? null,
    async list(area) {
      return [...areas[area].values()].filter((row) => /\.json$/i.test(row.file.name)).map((row) => copy(row.file));
    },
    async read(area, name, maxBytes) {
      const row = areas[area].get(name);
      if (!row) return { status: 'not-found' };
      if (row.file.size > maxBytes) return { status: 'too-large', size: row.file.size };
      return { status: 'ok', text: row.text.replace(/^\uFEFF/, ''), file: copy(row.file) };
    },
    async write(area, name, text) {
      const file = { name, modified: nextModified(now(), areas[area].get(name)?.file.modified), size: utf8Size(text) };
      areas[area].set(name, { text, file });
      return copy(file);
    },
    async move(from, fromName, to, toName) {
      const row = areas[from].get(fromName);
      if (!row) throw Object.assign(new Error(`${fromName} does not exist`), { code: 'ENOENT' });
      if (areas[to].has(toName) && !(from === to && fromName === toName)) throw new TargetExistsError(`${toName} exists`);
      areas[from].delete(fromName);
      areas[to].set(toName, { text: row.text, file: { ...row.file, name: toName } });
    },
    async remove(area, name) {
      areas[area].delete(name);
    },
    snapshot() {
      const dump = (area: Area) => Object.fromEntries([...areas[area]].map(([name, row]) => [name, row.text]));
      return { library: dump('library'), trash: dump('trash'), recovery: dump('recovery') };
    },
  };
}
