/**
 * The library's presence in every view: the offer to restore unsaved work at start-up, the question
 * when a save would overwrite a changed entry, the message bar (with Undo after a deletion), and
 * opening a scenario file dropped anywhere on the window.
 *
 * Everything here is fixed or modal, so it takes no place in the app's layout.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Toast } from '../app/toast-area';
import { Dialog } from '../app/dialog';
import { useLanguage } from '../i18n/use-language';
import { splitBilingual } from '@model';
import { formatTime, messageText } from './library-messages';
import { useLibrarySession, useLibraryState } from './use-library-session';
import { localized } from '../../../src/format';
import './library.css';

/** How long a confirmation stays on screen, ms. */
const INFO_NOTICE_MS = 8000;

interface LibraryRuntimeProps {
  /** Called when a scenario was opened (by a drop or a restore): show the editor. */
  onOpened(): void;
}

export function LibraryRuntime({ onOpened }: LibraryRuntimeProps) {
  const session = useLibrarySession();
  useEffect(() => {
    void session.checkRecovery();
  }, [session]);
  // Unsaved work is written on the way out too (the host finishes what it can).
  useEffect(() => {
    const flush = () => session.flushAutosave();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [session]);
  return (
    <>
      <RecoveryDialog onRestored={onOpened} />
      <ConflictDialog />
      <DropTarget onOpened={onOpened} />
      <LibraryNoticeBar />
    </>
  );
}

function RecoveryDialog({ onRestored }: { onRestored(): void }) {
  const { t } = useTranslation('library');
  const { language } = useLanguage();
  const session = useLibrarySession();
  const records = useLibraryState((s) => s.recovery);
  const busy = useLibraryState((s) => s.busy);
  return (
    <Dialog open={records !== null} title={t('recovery.title')} onClose={() => session.postponeRecovery()} className="library-dialog recovery-dialog">
      <p className="dialog__intro">{t('recovery.intro', { count: records?.length ?? 0 })}</p>
      <ul className="recovery-list" data-testid="recovery-list">
        {(records ?? []).map((record) => (
          <li key={record.id} className={record.name === null ? 'recovery-list__item recovery-list__item--unreadable' : 'recovery-list__item'}>
            <span className="recovery-list__name">{record.name === null ? t('recovery.unnamed') : localized(splitBilingual(record.name), language)}</span>
            <span className="muted">{t('recovery.savedAt', { time: formatTime(record.savedAt, language) })}</span>
            {record.name === null && <span className="recovery-list__note">{t('recovery.unreadable')}</span>}
          </li>
        ))}
      </ul>
      <p className="muted">{t('recovery.later')}</p>
      <div className="dialog__actions library-dialog__actions--safe-first">
        <button
          type="button"
          className="button library-button--primary"
          disabled={busy}
          onClick={() => void session.restoreRecovery().then(onRestored)}
          data-testid="recovery-restore"
        >
          {t('recovery.restore')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void session.discardRecovery()} data-testid="recovery-discard">
          {t('recovery.discard')}
        </button>
      </div>
    </Dialog>
  );
}

function ConflictDialog() {
  const { t } = useTranslation('library');
  const { language } = useLanguage();
  const session = useLibrarySession();
  const conflict = useLibraryState((s) => s.conflict);
  const busy = useLibraryState((s) => s.busy);
  const changed = conflict?.reason === 'changed';
  return (
    <Dialog open={conflict !== null} title={changed ? t('conflict.changedTitle') : t('conflict.missingTitle')} onClose={() => void session.resolveConflict('cancel')} className="library-dialog">
      {conflict && (
        <div data-testid="conflict-dialog" data-reason={conflict.reason}>
          <p>
            {changed
              ? t('conflict.changed', { name: conflict.name, time: conflict.modified ? formatTime(conflict.modified, language) : '' })
              : t('conflict.missing', { name: conflict.name })}
          </p>
          <p className="muted">{t('conflict.kept')}</p>
          <div className="dialog__actions">
            <button type="button" className="button" disabled={busy} onClick={() => void session.resolveConflict('cancel')} data-testid="conflict-cancel">
              {t('conflict.cancel')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void session.resolveConflict('copy')} data-testid="conflict-copy">
              {t('conflict.saveCopy', { name: conflict.copyName })}
            </button>
            {changed && (
              <button type="button" className="button library-button--danger" disabled={busy} onClick={() => void session.resolveConflict('overwrite')} data-testid="conflict-overwrite">
                {t('conflict.overwrite')}
              </button>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** A file dragged over the window shows where it will go; dropped, it opens as a scenario. */
function DropTarget({ onOpened }: { onOpened(): void }) {
  const { t } = useTranslation('library');
  const session = useLibrarySession();
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const opened = useRef(onOpened);
  useEffect(() => {
    opened.current = onOpened;
  }, [onOpened]);
  useEffect(() => {
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current += 1;
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file itself, leaving the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) void session.openDropped(file).then((ok) => ok && opened.current());
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [session]);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__box">{t('drop.release')}</div>
    </div>
  );
}

/** One message at a time in the window's toast area; errors are announced at once. */
function LibraryNoticeBar() {
  const { t } = useTranslation('library');
  const { language } = useLanguage();
  const session = useLibrarySession();
  const notice = useLibraryState((s) => s.notice);
  // A plain confirmation goes after a while; an error, or one with Undo, stays until dismissed.
  const fleeting = notice !== null && notice.tone === 'info' && !notice.undo;
  const noticeId = notice?.id;
  useEffect(() => {
    if (!fleeting || noticeId === undefined) return;
    const timer = setTimeout(() => session.dismissNotice(noticeId), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [fleeting, noticeId, session]);
  if (!notice) return null;
  const error = notice.message.error;
  return (
    <Toast>
    <div
      key={notice.id}
      className={`library-notice library-notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="library-notice"
      data-kind={error?.kind}
      title={error?.message}
    >
      <span className="library-notice__text">{messageText(notice.message, t, language)}</span>
      {notice.undo && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const undo = notice.undo;
            if (undo) void session.restoreDeleted(undo.trashId, undo.name);
          }}
          data-testid="library-undo"
        >
          {t('notices.undo')}
        </button>
      )}
      <button type="button" className="button button--small" onClick={() => session.dismissNotice()} aria-label={t('notices.dismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    </Toast>
  );
}
