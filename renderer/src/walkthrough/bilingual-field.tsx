/** A bilingual (Chinese + English) text field used by the walkthrough editor's forms. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A text in both languages, as the walkthrough file stores it. */
export type BilingualText = { zh: string; en: string };

/** Two text boxes, Chinese and English, for one bilingual field. */
export function BilingualField({ label, value, onChange, multiline, testId }: { label: string; value: BilingualText; onChange(value: BilingualText): void; multiline?: boolean; testId?: string }) {
  const { t } = useTranslation('walkthrough');
  const id = useId();
  const box = (lang: 'zh' | 'en') => {
    const common = {
      id: `${id}-${lang}`,
      value: value[lang],
      lang: lang === 'zh' ? 'zh-CN' : 'en',
      maxLength: 2000,
      'data-testid': testId ? `${testId}-${lang}` : undefined,
      onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }),
    };
    return (
      <div className="wt-field__lang" key={lang}>
        <label htmlFor={common.id} className="wt-field__lang-label">{t(`editor.lang.${lang}`)}</label>
        {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      </div>
    );
  };
  return (
    <fieldset className="wt-field">
      <legend>{label}</legend>
      {box('zh')}
      {box('en')}
    </fieldset>
  );
}
