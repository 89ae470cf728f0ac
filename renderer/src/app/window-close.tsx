/**
 * Closing the window (or quitting) with unsaved scenarios asks first, as desktop apps do.
 *
 * The page keeps its host told whether any open scenario has unsaved changes. A browser then asks with
 * its own leave-page prompt; Electron holds the close and sends 'window:close-requested', and this
 * question answers it: Save (each unsaved scenario, as the top bar's Save does; a save that does not
 * happen keeps the window open), Don't save, or Cancel. Recovery records are written on the way out
 * either way, as after a crash.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseAnswer } from '../../../src/host/contract';
import { useLanguage } from '../i18n/use-language';
import { useLibrarySession } from '../library/use-library-session';
import { scenarioName } from '../state/scenario';
import { useAppServices } from './app-context';
import { Dialog } from './dialog';

interface WindowCloseGuardProps {
  /** Save the active scenario as the top bar's Save does; resolves true once written. */
  onSave(as: boolean): Promise<boolean>;
}

export function WindowCloseGuard({ onSave }: WindowCloseGuardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { host, store } = useAppServices();
  const session = useLibrarySession();
  /** The open question: the host's request number and the scenarios with unsaved changes then. */
  const [request, setRequest] = useState<{ id: number; unsaved: string[] } | null>(null);
  const [saving, setSaving] = useState(false);

  const unsavedIds = useCallback(() => store.getState().order.filter((id) => session.isDirty(id)), [store, session]);

  // Report every change of "is anything unsaved" (an edit, a save, a close, a restore), not each edit.
  useEffect(() => {
    let reported: boolean | null = null;
    const report = () => {
      const unsaved = unsavedIds().length > 0;
      if (unsaved === reported) return;
      reported = unsaved;
      host.setUnsavedChanges(unsaved).catch(() => undefined);
    };
    report();
    const offStore = store.subscribe(report);
    const offSession = session.subscribe(report);
    return () => {
      offStore();
      offSession();
    };
  }, [host, store, session, unsavedIds]);

  const answer = useCallback((id: number, value: CloseAnswer) => {
    setRequest(null);
    host.answerCloseRequest(id, value).catch(() => undefined);
  }, [host]);

  useEffect(() => host.on('window:close-requested', (id) => {
    const unsaved = unsavedIds();
    // Saved in the meantime: nothing to ask.
    if (unsaved.length === 0) answer(id, 'close');
    else setRequest({ id, unsaved });
  }), [host, unsavedIds, answer]);

  const saveAll = async (id: number) => {
    setSaving(true);
    try {
      for (const scenarioId of unsavedIds()) {
        store.setActive(scenarioId);
        // Not saved (cancelled, refused, a conflict to decide): the window stays, with the reason on screen.
        if (!(await onSave(false))) {
          answer(id, 'stay');
          return;
        }
      }
      answer(id, 'close');
    } finally {
      setSaving(false);
    }
  };

  const copySuffix = (n: number) => t('presetDialog.copySuffix', { n });
  const names = (request?.unsaved ?? []).flatMap((id) => {
    const entry = store.getState().entries[id];
    return entry ? [scenarioName(entry.scenario, language, copySuffix)] : [];
  });

  return (
    <Dialog open={request !== null} title={t('windowClose.title')} onClose={() => request && answer(request.id, 'stay')} className="scenario-dialog">
      {request && (
        <div data-testid="window-close-dialog">
          <p>{t('windowClose.body', { count: names.length })}</p>
          <ul data-testid="window-close-names">
            {names.map((name, i) => <li key={request.unsaved[i]}>{name}</li>)}
          </ul>
          <p className="muted">{t('windowClose.discardNote')}</p>
          <div className="dialog__actions">
            <button type="button" className="button" disabled={saving} onClick={() => answer(request.id, 'stay')} data-testid="window-close-cancel">{t('windowClose.cancel')}</button>
            <button type="button" className="button button--danger" disabled={saving} onClick={() => answer(request.id, 'close')} data-testid="window-close-discard">{t('windowClose.discard')}</button>
            <button type="button" className="button button--primary" disabled={saving} onClick={() => void saveAll(request.id)} data-testid="window-close-save">
              {t('windowClose.save', { count: names.length })}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
