/** A cached `t` (cached-t.ts) for components that re-render on every lever move, and the ViewContext of view-models. */
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ViewContext } from '../charts/chart-view-model';
import { cachedT } from './cached-t';
import { useLanguage } from './use-language';

export function useViewContext(namespace?: string): ViewContext {
  const { t } = useTranslation(namespace);
  const { format } = useLanguage();
  return useMemo(() => ({ t: cachedT(t), format }), [t, format]);
}

/** `useTranslation(namespace).t`, answering repeated calls from a cache. */
export function useCachedT(namespace?: string): TFunction {
  const { t } = useTranslation(namespace);
  return useMemo(() => cachedT(t), [t]);
}
