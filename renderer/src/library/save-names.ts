/**
 * Names for saving into the library, in both languages: a scenario not yet in the library is saved
 * under the name it shows (each language's part, numbered if an entry has it already); a copy is
 * "name 副本" / "name (copy)", numbered likewise. A copy of a preset so keeps its Chinese and English name.
 */
import type { i18n as I18n } from 'i18next';
import type { Host } from '../host/host';
import { asLanguage } from '../i18n/i18n';
import { splitBilingual } from '@model';
import type { AppStore } from '../state/app-store';
import { librarySessionFor } from './library-session';
import type { LibrarySession, SaveNames } from './library-session-types';
import { type BothLanguages, copyNames, shownNames, uniqueStoredName } from './scenario-names';

/** The library namespace's templates in each language. */
export function libraryTemplates(i18n: I18n): BothLanguages {
  const zh = i18n.getFixedT('zh-CN', 'library');
  const en = i18n.getFixedT('en', 'library');
  return { zh: (key, options) => zh(key, options), en: (key, options) => en(key, options) };
}

export function saveNames(session: LibrarySession, store: AppStore, i18n: I18n): SaveNames {
  const { entries, activeId } = store.getState();
  const scenario = entries[activeId].scenario;
  const taken = session.getState().listing?.entries.map((e) => e.name) ?? [];
  const t = libraryTemplates(i18n);
  const shown = shownNames(scenario.name, scenario.copy, t);
  const linked = session.getState().links[activeId];
  return {
    newName: uniqueStoredName(shown, taken, t),
    copyName: uniqueStoredName(copyNames(linked ? splitBilingual(linked.name) : shown, t, asLanguage(i18n.language)), taken, t),
  };
}

/**
 * Save for a scenario that came from the library: it is saved back into its entry (with the overwrite
 * guard); resolves true when written. Returns null when the active scenario is not a library scenario,
 * so the caller saves it as a file instead.
 */
export function saveToLibraryIfLinked(host: Host, store: AppStore, i18n: I18n): Promise<boolean> | null {
  const session = librarySessionFor(host, store);
  if (!session.getState().links[store.getState().activeId]) return null;
  return session.saveActive(saveNames(session, store, i18n));
}
