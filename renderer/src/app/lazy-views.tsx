/**
 * The views other than the editor, loaded when first opened so the first screen (the editor) starts
 * without their code, and fetched in the background once the editor has drawn (preloadViews), so a
 * later click seldom waits. While one loads, its place shows a status line (ViewLoading), never a
 * frozen page.
 */
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';

const loaders = {
  library: () => import('../library/library-page'),
  compare: () => import('../compare/compare-page'),
  areas: () => import('../areas/areas-page'),
  walkthrough: () => import('../walkthrough/walkthrough-view'),
  method: () => import('../method/method-page'),
};

export const LibraryPage = lazy(() => loaders.library().then((m) => ({ default: m.LibraryPage })));
export const ComparePage = lazy(() => loaders.compare().then((m) => ({ default: m.ComparePage })));
export const AreasPage = lazy(() => loaders.areas().then((m) => ({ default: m.AreasPage })));
export const WalkthroughView = lazy(() => loaders.walkthrough().then((m) => ({ default: m.WalkthroughView })));
export const MethodPage = lazy(() => loaders.method().then((m) => ({ default: m.MethodPage })));

/** Fetches and evaluates every view's code, one after another, without rendering anything. */
export async function preloadViews(): Promise<void> {
  for (const load of Object.values(loaders)) await load().catch(() => undefined);
}

/** In a view's place while its code loads. */
export function ViewLoading() {
  const { t } = useTranslation();
  return <p className="view-loading" role="status" data-testid="view-loading">{t('app.loadingView')}</p>;
}
