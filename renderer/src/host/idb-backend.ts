/**
 * The library's storage in a plain browser: one IndexedDB object store of text files keyed by
 * "area/name". Raw IndexedDB (no wrapper library): a dozen lines of promise glue cover what the
 * library needs. Every write and move is one transaction, so it lands whole or not at all — the
 * browser's equivalent of an atomic rename. Tested through the Chromium end-to-end run; the logic
 * above it is tested in Node with the memory backend, which has the same contract.
 */
import { TargetExistsError, nextModified, utf8Size, type Area, type LibraryBackend, type StoredFile } from '../../../src/host/library/backend';

export const DB_NAME = 'xiqing-population-simulator';
const DB_VERSION = 1;
const STORE = 'files';

interface Row extends StoredFile { key: string; area: Area; text: string }

const keyOf = (area: Area, name: string) => `${area}/${name}`;
const fileOf = ({ name, modified, size }: Row): StoredFile => ({ name, modified, size });

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(STORE, { keyPath: 'key' }).createIndex('area', 'area');
  };
  return settle(request);
}

/** The library in IndexedDB as a {@link LibraryBackend}; the database is opened (and created) on first use. */
export function createIndexedDbBackend(factory: IDBFactory, now: () => Date = () => new Date()): LibraryBackend {
  // Opened on first use, so creating the host never touches storage (and a failure surfaces as an `io` error).
  let db: Promise<IDBDatabase> | undefined;
  const transaction = async (mode: IDBTransactionMode) => {
    db ??= openDatabase(factory);
    db.catch(() => { db = undefined; });
    const tx = (await db).transaction(STORE, mode);
    return { tx, store: tx.objectStore(STORE) };
  };

  return {
    location: () => null,
    async list(area) {
      const { store } = await transaction('readonly');
      const rows = await settle(store.index('area').getAll(area)) as Row[];
      return rows.filter((row) => /\.json$/i.test(row.name)).map(fileOf);
    },
    async read(area, name, maxBytes) {
      const { store } = await transaction('readonly');
      const row = await settle(store.get(keyOf(area, name))) as Row | undefined;
      if (!row) return { status: 'not-found' };
      if (row.size > maxBytes) return { status: 'too-large', size: row.size };
      return { status: 'ok', text: row.text.replace(/^\uFEFF/, ''), file: fileOf(row) };
    },
    async write(area, name, text) {
      const { tx, store } = await transaction('readwrite');
      const previous = await settle(store.get(keyOf(area, name))) as Row | undefined;
      const row: Row = { key: keyOf(area, name), area, name, text, modified: nextModified(now(), previous?.modified), size: utf8Size(text) };
      store.put(row);
      await done(tx);
      return fileOf(row);
    },
    async move(from, fromName, to, toName) {
      const { tx, store } = await transaction('readwrite');
      const [row, target] = await Promise.all([settle(store.get(keyOf(from, fromName))), settle(store.get(keyOf(to, toName)))]) as [Row | undefined, Row | undefined];
      if (!row) {
        tx.abort();
        throw Object.assign(new Error(`${fromName} does not exist`), { code: 'ENOENT' });
      }
      if (target) {
        tx.abort();
        throw new TargetExistsError(`${toName} already exists`);
      }
      store.delete(row.key);
      store.put({ ...row, key: keyOf(to, toName), area: to, name: toName });
      await done(tx);
    },
    async remove(area, name) {
      const { tx, store } = await transaction('readwrite');
      store.delete(keyOf(area, name));
      await done(tx);
    },
  };
}
