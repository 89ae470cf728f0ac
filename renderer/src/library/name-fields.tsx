/**
 * A scenario's two names, Chinese and English, as the Rename dialog and the library's rename box ask
 * for them: two fields that clear the problem shown when edited, and the problem's message (the
 * checks are `nameProblem`'s, the words the Rename dialog's, in the default namespace).
 */
import { type Localized, MAX_NAME_LENGTH } from '@model';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameProblem } from './scenario-names';

/** The fields' state: the names as typed and the problem found by the last check. */
export interface NameFieldsState {
  name: Localized;
  problem: NameProblem | null;
  setZh(value: string): void;
  setEn(value: string): void;
  setProblem(problem: NameProblem | null): void;
}

/** Starts from `start`; a one-language name leaves the English field empty (it then takes the Chinese name). */
export function useNameFields(start: Localized): NameFieldsState {
  const [zh, setZh] = useState(start.zh);
  const [en, setEn] = useState(start.en === start.zh ? '' : start.en);
  const [problem, setProblem] = useState<NameProblem | null>(null);
  return {
    name: { zh, en },
    problem,
    setProblem,
    setZh: (value) => {
      setZh(value);
      setProblem(null);
    },
    setEn: (value) => {
      setEn(value);
      setProblem(null);
    },
  };
}

interface NameFieldsProps {
  state: NameFieldsState;
  /** The class of each field's box and of the message (the dialog's or the library row's). */
  fieldClass: string;
  errorClass: string;
  /** Test ids: `${testId}-zh`, `${testId}-en`, `${testId}-error`. */
  testId: string;
  autoFocus?: boolean;
}

export function NameFields({ state, fieldClass, errorClass, testId, autoFocus = false }: NameFieldsProps) {
  const { t } = useTranslation();
  const zhId = useId();
  const enId = useId();
  const errorId = useId();
  const { name, problem } = state;
  const invalid = problem !== null;
  const described = invalid ? errorId : undefined;
  return (
    <>
      <div className={fieldClass}>
        <label htmlFor={zhId}>{t('renameDialog.zh')}</label>
        <input
          id={zhId}
          type="text"
          lang="zh-CN"
          value={name.zh}
          maxLength={MAX_NAME_LENGTH}
          aria-invalid={invalid}
          aria-describedby={described}
          // Opened on purpose (the library's rename box): the cursor belongs in it.
          autoFocus={autoFocus}
          onChange={(event) => state.setZh(event.target.value)}
          data-testid={`${testId}-zh`}
        />
      </div>
      <div className={fieldClass}>
        <label htmlFor={enId}>{t('renameDialog.en')}</label>
        <input
          id={enId}
          type="text"
          lang="en"
          value={name.en}
          placeholder={t('renameDialog.enPlaceholder')}
          maxLength={MAX_NAME_LENGTH}
          aria-invalid={invalid}
          aria-describedby={described}
          onChange={(event) => state.setEn(event.target.value)}
          data-testid={`${testId}-en`}
        />
      </div>
      {problem && (
        <p id={errorId} className={errorClass} role="alert" data-testid={`${testId}-error`} data-problem={problem}>
          {t(`renameDialog.problems.${problem}`, { max: MAX_NAME_LENGTH, name: name.zh.trim() })}
        </p>
      )}
    </>
  );
}
