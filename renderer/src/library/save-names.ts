/**
 * Names for saving into the library, in the interface language: a scenario not yet in the library is
 * saved under the name it shows (numbered if an entry has it already); a copy is "name 副本" /
 * "name (copy)", numbered likewise.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import type { Host } from '../host/host';
import { asLanguage } from '../i18n/i18n';
import type { AppStore } from '../state/app-store';
import { scenarioName } from '../state/scenario';
import { librarySessionFor } from './library-session';
import type { LibrarySession, SaveNames } from './library-session-types';
import { uniqueName } from './scenario-text';

/** `t` of the library namespace. */
export function saveNames(session: LibrarySession, store: AppStore, t: TFunction, language: 'zh-CN' | 'en'): SaveNames {
  const { entries, activeId } = store.getState();
  const scenario = entries[activeId].scenario;
  const taken = session.getState().listing?.entries.map((e) => e.name) ?? [];
  const numbered = (base: string, n: number) => t('names.numbered', { name: base, n });
  const shown = scenarioName(scenario, language, (n) => t('names.copySuffix', { n }));
  const linked = session.getState().links[activeId];
  return {
    newName: uniqueName(shown, taken, numbered),
    copyName: uniqueName(t('names.copy', { name: linked?.name ?? shown }), taken, numbered),
  };
}

/**
 * File › Save for a scenario that came from the library: it is saved back into its entry (with the
 * overwrite guard). Returns false when the active scenario is not a library scenario, so the caller
 * saves it as a file instead.
 */
export function saveToLibraryIfLinked(host: Host, store: AppStore, i18n: I18n): boolean {
  const session = librarySessionFor(host, store);
  if (!session.getState().links[store.getState().activeId]) return false;
  const t = i18n.getFixedT(null, 'library');
  void session.saveActive(saveNames(session, store, t, asLanguage(i18n.language)));
  return true;
}
