/**
 * Save and Save as of the active scenario, as the top bar, Ctrl+S / Ctrl+Shift+S, the host's File menu
 * and the close prompt do them: a library scenario is saved back into its entry (with the overwrite
 * guard); any other, and every Save as, goes to a file through the host. Resolves true once written.
 */
import type { i18n as I18n } from 'i18next';
import type { Host } from '../host/host';
import { asLanguage } from '../i18n/i18n';
import { librarySessionFor } from '../library/library-session';
import { saveToLibraryIfLinked } from '../library/save-names';
import type { AppStore } from '../state/app-store';
import { scenarioName } from '../state/scenario';
import { saveScenario, type Notice } from './scenario-files';

export async function saveActiveScenario(host: Host, store: AppStore, i18n: I18n, as: boolean, onNotice: (notice: Notice) => void): Promise<boolean> {
  const linked = as ? null : saveToLibraryIfLinked(host, store, i18n);
  if (linked) return linked;
  const t = i18n.getFixedT(null, 'translation');
  const { entries, activeId } = store.getState();
  const suggestedName = scenarioName(entries[activeId].scenario, asLanguage(i18n.language), (n) => t('presetDialog.copySuffix', { n }));
  const notice = await saveScenario(host, store, t, { as, suggestedName }).catch(() => null);
  if (notice) onNotice(notice);
  if (notice?.kind !== 'info') return false;
  librarySessionFor(host, store).markSavedToFile(activeId);
  return true;
}
