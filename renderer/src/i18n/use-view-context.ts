/** What every view-model needs (ViewContext), with a cached `t` (cached-t.ts), for a component. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewContext } from '../charts/chart-view-model';
import { cachedT } from './cached-t';
import { useLanguage } from './use-language';

export function useViewContext(namespace?: string): ViewContext {
  const { t } = useTranslation(namespace);
  const { format } = useLanguage();
  return useMemo(() => ({ t: cachedT(t), format }), [t, format]);
}
