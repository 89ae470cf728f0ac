/**
 * The recovery area: the renderer autosaves unsaved edits here (one record per scenario id) and
 * clears a record once the scenario is saved or discarded, so records found at start-up are work a
 * crash would otherwise have lost. Operations run in call order, so a clear issued after a write can
 * never be overtaken by it (which would offer stale work after the next start).
 */
import { MAX_SCENARIO_BYTES, type RecoveryEntry, type RecoveryWriteResult } from '../contract';
import { safeFileStem } from '../safe-file-name';
import { checkScenarioText, ioError } from '../scenario-check';
import type { LibraryBackend } from './backend';
import { serialQueue } from './library-entry';

const FORMAT = 'xiqing-population-recovery';
/**
 * Most records kept: the recovery area holds unsaved work per scenario, and a page that autosaves under
 * ever new ids must not fill the disk. Past this, the oldest records (by when they were saved) go.
 */
export const MAX_RECOVERY_RECORDS = 50;
/** A record is the text plus a little JSON; escaping can at most double the text. */
const MAX_RECORD_BYTES = 2 * MAX_SCENARIO_BYTES + 64 * 1024;

/** A 53-bit string hash (cyrb53): ids are arbitrary text, file names must be short and safe. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The record's file name: a readable prefix (for someone looking in the folder) and a hash of the whole id. */
export function recoveryFileName(id: string): string {
  return `${[...safeFileStem(id, 'untitled')].slice(0, 40).join('')}-${hash(id)}.json`;
}

interface RecoveryRecord { format: typeof FORMAT; id: string; savedAt: string; text: string }

function parseRecord(text: string): RecoveryRecord | null {
  try {
    const data = JSON.parse(text) as Partial<RecoveryRecord> | null;
    const ok = data?.format === FORMAT && typeof data.id === 'string' && typeof data.savedAt === 'string' && typeof data.text === 'string';
    return ok ? (data as RecoveryRecord) : null;
  } catch {
    return null;
  }
}

/** A record as the list shows it: the scenario name when its text is a valid scenario, else null. */
function toRecoveryEntry({ id, savedAt, text }: RecoveryRecord): RecoveryEntry {
  const checked = checkScenarioText(text, id);
  return { id, savedAt, name: checked.ok ? checked.scenario.name : null, text };
}

/**
 * The recovery area over `backend`; `now` stamps each record (tests fix it); `log` is told of records
 * that are skipped because they cannot be read.
 */
export function createRecovery(backend: LibraryBackend, now: () => Date = () => new Date(), log: (message: string) => void = () => undefined) {
  const queue = serialQueue();
  const store = (record: RecoveryRecord) => backend.write('recovery', recoveryFileName(record.id), JSON.stringify(record));
  const readRecord = async (fileName: string): Promise<RecoveryRecord | null> => {
    const read = await backend.read('recovery', fileName, MAX_RECORD_BYTES).catch(() => null);
    return read?.status === 'ok' ? parseRecord(read.text) : null;
  };

  /**
   * Drops the oldest records beyond MAX_RECOVERY_RECORDS, never `keep` (the one just written). Files
   * that are not readable records count as oldest. Only reads the records when over the cap.
   */
  const capRecords = async (keep: string) => {
    const files = await backend.list('recovery');
    if (files.length <= MAX_RECOVERY_RECORDS) return;
    const dated = await Promise.all(files.map(async (file) => ({ name: file.name, savedAt: (await readRecord(file.name))?.savedAt ?? '' })));
    dated.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.name.localeCompare(b.name));
    const excess = dated.filter((record) => record.name !== keep).slice(0, files.length - MAX_RECOVERY_RECORDS);
    for (const { name } of excess) {
      await backend.remove('recovery', name);
      log(`recovery: dropped ${name}, the oldest of more than ${MAX_RECOVERY_RECORDS} records`);
    }
  };

  return {
    /**
     * Keeps `text` (any text: unsaved work need not be a valid scenario yet) as the recovery record of
     * `id`; beyond MAX_RECOVERY_RECORDS records the oldest are dropped.
     */
    write(id: string, text: string): Promise<RecoveryWriteResult> {
      return queue(async (): Promise<RecoveryWriteResult> => {
        const savedAt = now().toISOString();
        await store({ format: FORMAT, id, savedAt, text });
        await capRecords(recoveryFileName(id)).catch((error: unknown) => log(`recovery: cannot drop old records: ${String(error)}`));
        return { status: 'saved', savedAt };
      }).catch((error: unknown) => ioError('Cannot keep unsaved work for recovery', error));
    },

    /**
     * Every record, newest first. A record that cannot be read or listed is skipped (left where it is
     * until the cap drops it, and reported to `log`), never thrown: one bad record must not hide the others.
     */
    list(): Promise<RecoveryEntry[]> {
      return queue(async () => {
        const files = await backend.list('recovery').catch(() => []);
        const entries: RecoveryEntry[] = [];
        await Promise.all(files.map(async (file) => {
          try {
            const record = await readRecord(file.name);
            if (record) entries.push(toRecoveryEntry(record));
            else log(`recovery: skipped ${file.name}: not a readable recovery record`);
          } catch (error) {
            log(`recovery: skipped ${file.name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400));
          }
        }));
        return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      });
    },

    /** Drops the record of `id` (after a save, or when the user discards the work); a missing one is fine. */
    clear(id: string): Promise<void> {
      return queue(() => backend.remove('recovery', recoveryFileName(id)));
    },

    /** Follows a rename: the record of `from` becomes the record of `to`. */
    move(from: string, to: string): Promise<void> {
      return queue(async () => {
        const record = await readRecord(recoveryFileName(from));
        if (!record || record.id !== from) return;
        await store({ ...record, id: to });
        await backend.remove('recovery', recoveryFileName(from));
      });
    },
  };
}

export type Recovery = ReturnType<typeof createRecovery>;
