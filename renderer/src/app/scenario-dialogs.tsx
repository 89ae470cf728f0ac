/**
 * The top bar's questions about the active scenario: its new name (both languages, checked before
 * anything is renamed), and what to do with unsaved changes when it is closed (save, discard, cancel).
 */
import type { Localized } from '@model';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NameFields, useNameFields } from '../library/name-fields';
import { nameProblem } from '../library/scenario-names';
import { Dialog } from './dialog';

interface RenameProps {
  open: boolean;
  /** The name as it is, in both languages (the dialog starts from it). */
  current: Localized;
  /** Names of other library entries (only when the scenario is in the library), and its own stored name. */
  taken: readonly string[];
  own?: string;
  /** Whether the scenario is in the library (its file is renamed too). */
  inLibrary: boolean;
  busy: boolean;
  onRename(name: Localized): Promise<boolean>;
  onClose(): void;
}

export function RenameScenarioDialog(props: RenameProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} title={t('renameDialog.title')} onClose={props.onClose} className="scenario-dialog">
      {/* Mounted on each opening, so it starts from the scenario's name as it is then. */}
      {props.open && <RenameForm {...props} />}
    </Dialog>
  );
}

function RenameForm({ current, taken, own, inLibrary, busy, onRename, onClose }: RenameProps) {
  const { t } = useTranslation();
  const fields = useNameFields(current);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = nameProblem(fields.name, taken, own);
    fields.setProblem(found);
    if (found) return;
    void onRename(fields.name).then((ok) => ok && onClose());
  };

  return (
    <form onSubmit={submit} data-testid="rename-dialog" noValidate>
      <p className="muted">{inLibrary ? t('renameDialog.inLibrary') : t('renameDialog.notInLibrary')}</p>
      <NameFields state={fields} fieldClass="scenario-dialog__field" errorClass="scenario-dialog__error" testId="rename" />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>{t('renameDialog.cancel')}</button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="rename-ok">{t('renameDialog.ok')}</button>
      </div>
    </form>
  );
}

interface CloseProps {
  /** The name of the scenario being closed, in the interface language; null when no question is open. */
  name: string | null;
  busy: boolean;
  onChoice(choice: 'save' | 'discard' | 'cancel'): void;
}

/** Asked only when the scenario has unsaved changes; saving first is the safe default. */
export function CloseScenarioDialog({ name, busy, onChoice }: CloseProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={name !== null} title={t('closeDialog.title', { name: name ?? '' })} onClose={() => onChoice('cancel')} className="scenario-dialog">
      <div data-testid="close-dialog">
        <p>{t('closeDialog.body', { name: name ?? '' })}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onChoice('cancel')} data-testid="close-cancel">{t('closeDialog.cancel')}</button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => onChoice('discard')} data-testid="close-discard">{t('closeDialog.discard')}</button>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => onChoice('save')} data-testid="close-save">{t('closeDialog.save')}</button>
        </div>
      </div>
    </Dialog>
  );
}
