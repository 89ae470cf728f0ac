/**
 * The library list's own rename box: the entry's two names (Chinese, English) in two fields, checked
 * as the top bar's Rename dialog checks them, with the same messages, before anything is renamed.
 */
import { joinBilingual, MAX_NAME_LENGTH, splitBilingual } from '@model';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../../src/host/contract';
import { nameProblem, tidyName, type NameProblem } from './scenario-names';
import { useLibrarySession, useLibraryState } from './use-library-session';

export function LibraryRenameForm({ entry, onDone }: { entry: LibraryEntry; onDone(): void }) {
  // The field labels and the problems are the Rename dialog's own (default namespace).
  const { t } = useTranslation();
  const { t: tl } = useTranslation('library');
  const session = useLibrarySession();
  const taken = useLibraryState((s) => s.listing?.entries.map((e) => e.name).join('\n') ?? '');
  const start = splitBilingual(entry.name);
  const [zh, setZh] = useState(start.zh);
  // A one-language name leaves the English field empty (it then takes the Chinese name).
  const [en, setEn] = useState(start.en === start.zh ? '' : start.en);
  const [problem, setProblem] = useState<NameProblem | null>(null);
  const zhId = useId();
  const enId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = { zh, en };
    const found = nameProblem(name, taken ? taken.split('\n') : [], entry.name);
    setProblem(found);
    if (found) return;
    const stored = joinBilingual(tidyName(name));
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
  const invalid = problem !== null;
  const described = invalid ? errorId : undefined;

  return (
    <form className="library-rename" onSubmit={submit} onKeyDown={escape} noValidate data-testid="library-rename-form">
      <div className="library-rename__field">
        <label htmlFor={zhId}>{t('renameDialog.zh')}</label>
        <input
          id={zhId}
          type="text"
          lang="zh-CN"
          value={zh}
          maxLength={MAX_NAME_LENGTH}
          aria-invalid={invalid}
          aria-describedby={described}
          // The rename box is opened on purpose; the cursor belongs in it.
          autoFocus
          onChange={(event) => {
            setZh(event.target.value);
            setProblem(null);
          }}
          data-testid="library-rename-zh"
        />
      </div>
      <div className="library-rename__field">
        <label htmlFor={enId}>{t('renameDialog.en')}</label>
        <input
          id={enId}
          type="text"
          lang="en"
          value={en}
          placeholder={t('renameDialog.enPlaceholder')}
          maxLength={MAX_NAME_LENGTH}
          aria-invalid={invalid}
          aria-describedby={described}
          onChange={(event) => {
            setEn(event.target.value);
            setProblem(null);
          }}
          data-testid="library-rename-en"
        />
      </div>
      {problem && (
        <p id={errorId} className="library-rename__error" role="alert" data-testid="library-rename-error" data-problem={problem}>
          {t(`renameDialog.problems.${problem}`, { max: MAX_NAME_LENGTH, name: zh.trim() })}
        </p>
      )}
      <div className="library-rename__actions">
        <button type="submit" className="button button--small" data-testid="library-rename-ok">{tl('mine.renameOk')}</button>
        <button type="button" className="button button--small" onClick={onDone}>{tl('mine.renameCancel')}</button>
      </div>
    </form>
  );
}
