/**
 * The library list's own rename box: the entry's two names (Chinese, English) in two fields, checked
 * as the top bar's Rename dialog checks them, with the same messages, before anything is renamed.
 */
import { joinBilingual, splitBilingual } from '@model';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../../src/host/contract';
import { NameFields, useNameFields } from './name-fields';
import { nameProblem, tidyName } from './scenario-names';
import { useLibrarySession, useLibraryState } from './use-library-session';

export function LibraryRenameForm({ entry, onDone }: { entry: LibraryEntry; onDone(): void }) {
  const { t: tl } = useTranslation('library');
  const session = useLibrarySession();
  const taken = useLibraryState((s) => s.listing?.entries.map((e) => e.name).join('\n') ?? '');
  const fields = useNameFields(splitBilingual(entry.name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = nameProblem(fields.name, taken ? taken.split('\n') : [], entry.name);
    fields.setProblem(found);
    if (found) return;
    const stored = joinBilingual(tidyName(fields.name));
    if (stored === entry.name) {
      onDone();
      return;
    }
    void session.rename(entry.id, stored).then((ok) => ok && onDone());
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDone();
  };

  return (
    <form className="library-rename" onSubmit={submit} onKeyDown={escape} noValidate data-testid="library-rename-form">
      <NameFields state={fields} fieldClass="library-rename__field" errorClass="library-rename__error" testId="library-rename" autoFocus />
      <div className="library-rename__actions">
        <button type="submit" className="button button--small" data-testid="library-rename-ok">{tl('mine.renameOk')}</button>
        <button type="button" className="button button--small" onClick={onDone}>{tl('mine.renameCancel')}</button>
      </div>
    </form>
  );
}
