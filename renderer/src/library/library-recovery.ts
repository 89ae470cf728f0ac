// The recovery offer at start-up: finds unsaved work of an earlier run and restores or discards it.
import type { RecoveryEntry } from '../../../src/host/contract';
import { parseScenarioText } from '@model';
import { splitBilingual } from '@model';
import type { Preset } from '../presets/preset-list';
import type { SessionCore } from './library-session-core';
import { UNSAVED_PREFIX, type LibraryLink, type LibrarySession } from './library-session-types';
import { canonicalText } from './scenario-text';
import { OBSERVED_RECOVERY_PREFIX } from '../plan-data/observed-recovery';

/** The recovery actions of a session; `presets` are the shipped ones (an unchanged one holds no work). */
export function createRecovery(
  core: SessionCore,
  presets: readonly Preset[],
): Pick<LibrarySession, 'checkRecovery' | 'restoreRecovery' | 'discardRecovery' | 'postponeRecovery'> {
  const { host, store, track, set, notify, openText, publishLinks, busy } = core;
  const presetTexts = new Set(presets.map((preset) => canonicalText(preset.file)));
  let recoveryChecked = false;

  /**
   * Whether a recovery record holds no work: the same as the shipped preset or the library file it
   * came from (a clear that an exit overtook). Such a record is dropped instead of offered.
   */
  const holdsNoWork = async (record: RecoveryEntry): Promise<boolean> => {
    if (!parseScenarioText(record.text).ok) return false;
    if (record.id.startsWith(UNSAVED_PREFIX)) return presetTexts.has(record.text);
    const read = await host.readLibraryScenario(record.id).catch(() => null);
    if (!read || read.status !== 'opened') return false;
    const file = parseScenarioText(read.text);
    return file.ok && canonicalText(file.scenario) === record.text;
  };

  return {
    async checkRecovery() {
      if (recoveryChecked) return;
      recoveryChecked = true;
      // The observed table keeps its own record (offered by its panel), not a scenario.
      const records = (await host.listRecovery().catch(() => [] as RecoveryEntry[])).filter((r) => !r.id.startsWith(OBSERVED_RECOVERY_PREFIX));
      const offered: RecoveryEntry[] = [];
      for (const record of records) {
        if (await holdsNoWork(record)) void host.clearRecovery(record.id).catch(() => undefined);
        else offered.push(record);
      }
      if (offered.length > 0) set({ recovery: offered });
    },

    restoreRecovery: () =>
      busy(async () => {
        const records = core.getState().recovery ?? [];
        const kept: RecoveryEntry[] = [];
        let restored = 0;
        // Oldest first, so the most recent work ends up as the active scenario.
        for (const record of [...records].reverse()) {
          const parsed = parseScenarioText(record.text);
          if (!parsed.ok) {
            kept.push(record);
            continue;
          }
          let link: LibraryLink | null = null;
          let baseline: string | null = null;
          if (!record.id.startsWith(UNSAVED_PREFIX)) {
            const read = await host.readLibraryScenario(record.id).catch(() => null);
            if (read && read.status === 'opened') {
              const libraryFile = parseScenarioText(read.text);
              if (libraryFile.ok) {
                link = { libraryId: read.entry.id, modified: read.entry.modified, name: read.entry.name };
                baseline = canonicalText(libraryFile.scenario);
              }
            }
          }
          const id = openText(record.text, null);
          if (!id) continue;
          if (!link) {
            // Work that was never saved keeps both languages of its name, as it was shown.
            store.setDetails(id, { name: splitBilingual(parsed.scenario.name), description: splitBilingual(parsed.scenario.description) });
          }
          const t = track(id);
          t.link = link;
          t.baseline = baseline;
          t.recoveryId = record.id;
          t.written = record.text;
          restored++;
        }
        publishLinks();
        set({ recovery: kept.length > 0 ? kept : null });
        notify(kept.length > 0 ? 'error' : 'info', { key: kept.length > 0 ? 'notices.restoredSome' : 'notices.recovered', params: { count: restored, kept: kept.length } });
        core.autosave.schedule();
      }),

    discardRecovery: () =>
      busy(async () => {
        const records = core.getState().recovery ?? [];
        await Promise.all(records.map((r) => host.clearRecovery(r.id).catch(() => undefined)));
        set({ recovery: null });
        notify('info', { key: 'notices.discarded', params: { count: records.length } });
      }),

    postponeRecovery: () => set({ recovery: null }),
  };
}
