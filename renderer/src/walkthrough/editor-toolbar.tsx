/** The walkthrough editor's top bar: file name, present and file buttons, the notice line and the resolution errors. */
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../app/app-context';
import type { WalkthroughFileActions } from './use-walkthrough-file-actions';
import type { WalkthroughNotice } from './walkthrough-files';
import { useWalkthrough } from './walkthrough-store';

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  /** Number of steps in the walkthrough. */
  stepCount: number;
  /** Index of the selected step. */
  selected: number;
  /** Errors that stop the walkthrough from resolving (presenting is disabled while there are any). */
  errors: readonly string[];
  /** The current notice, if any. */
  notice: WalkthroughNotice | null;
  /** Open, save and close. */
  files: WalkthroughFileActions;
  /** Starts presenting at the given step. */
  onPresent(index: number): void;
}

/** Heading with the file name, the action buttons, the notice and the error list. */
export function EditorToolbar({ stepCount, selected, errors, notice, files, onPresent }: EditorToolbarProps) {
  const { t } = useTranslation('walkthrough');
  const { host } = useAppServices();
  const dirty = useWalkthrough((s) => s.dirty);
  const fileName = useWalkthrough((s) => s.fileName);
  const { confirmClose } = files;
  return (
    <>
      <div className="wt-editor__bar">
        <h2 className="wt-editor__heading">
          {t('editor.heading')}
          <span className="wt-editor__file">{fileName ?? t('editor.unsavedFile')}{dirty ? ` · ${t('editor.modified')}` : ''}</span>
        </h2>
        <div className="wt-editor__actions">
          <button type="button" className="button wt-editor__present" onClick={() => onPresent(0)} disabled={!stepCount || errors.length > 0} data-testid="walkthrough-present-start">
            ▶ {t('editor.present')}
          </button>
          <button type="button" className="button" onClick={() => onPresent(selected)} disabled={!stepCount || errors.length > 0} data-testid="walkthrough-present-selected">
            {t('editor.presentFromSelected', { n: selected + 1 })}
          </button>
          <button type="button" className="button" onClick={() => void host.openPresenter().catch(() => undefined)}>{t('present.presenter')}</button>
          <span className="wt-editor__sep" aria-hidden="true" />
          <button type="button" className="button" onClick={() => void files.open()} data-testid="walkthrough-open">{t('editor.open')}</button>
          <button type="button" className="button" onClick={() => void files.save(false)} data-testid="walkthrough-save">{t('editor.save')}</button>
          <button type="button" className="button" onClick={() => void files.save(true)} data-testid="walkthrough-save-as">{t('editor.saveAs')}</button>
          <button type="button" className="button" onClick={files.close} data-testid="walkthrough-close">{confirmClose ? t('editor.closeAnyway') : t('editor.close')}</button>
          {confirmClose && <button type="button" className="button" onClick={files.cancelClose}>{t('editor.cancel')}</button>}
        </div>
      </div>
      {(notice || confirmClose) && (
        <p className={`wt-editor__notice wt-editor__notice--${confirmClose ? 'error' : notice?.kind}`} role={confirmClose || notice?.kind === 'error' ? 'alert' : 'status'} data-testid="walkthrough-notice">
          {confirmClose ? t('editor.unsavedWarning') : notice?.text}
        </p>
      )}
      {errors.length > 0 && (
        <div className="wt-editor__errors" role="alert">
          <p>{t('editor.errors')}</p>
          <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
    </>
  );
}
