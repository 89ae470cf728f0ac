/** The interface language and its number format, for components. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../src/host/contract';
import { asLanguage } from './i18n';
import { numberFormat, type NumberFormat } from '../../../src/format';

export function useLanguage(): { language: Language; format: NumberFormat } {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage ?? i18n.language);
  const format = useMemo(() => numberFormat(language), [language]);
  return { language, format };
}
